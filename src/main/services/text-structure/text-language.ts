/**
 * The language of a text from the scripts it uses: kana means Japanese, Hangul Korean, Hanzi
 * Chinese (simplified or traditional by characters that differ), Latin with common English words
 * English; Greek, Cyrillic (Russian or Ukrainian), Hebrew, Arabic (or Persian) and Thai by their
 * scripts. Null when unsure; the reader uses it for fonts, line breaking, direction and OpenCC.
 */
const SAMPLE_CHARS = 200_000
const SIMPLIFIED_ONLY = new Set([
  ...'这来国个说们为时会着过学对里后么没于还发当无开见经头从动两长样现将与进实点种声话儿问机给几业间电门东听气关内却军产万体别处总场师书员华报马张难数车应计亲务记边风战许觉题统请爱让认论义术结连远资队带条变联权该领传红决达办运强区转众轻语满写识极黄脸钱党随据约妈罢际争帮银终够号试参宝讲医错铁旧叶伤准议双尔断团则谈谁备击装养杀静坚营宁顾纪围独称怀冲须妇坏紧欢状汉赶云显吗愿贵纸阵',
])
const TRADITIONAL_ONLY = new Set([
  ...'這來國個說們為時會著過學對裡後麼沒於還發當無開見經頭從動兩長樣現將與進實點種聲話兒問機給幾業間電門東聽氣關內卻軍產萬體別處總場師書員華報馬張難數車應計親務記邊風戰許覺題統請愛讓認論義術結連遠資隊帶條變聯權該領傳紅決達辦運強區轉眾輕語滿寫識極黃臉錢黨隨據約媽罷際爭幫銀終夠號試參寶講醫錯鐵舊葉傷準議雙爾斷團則談誰備擊裝養殺靜堅營寧顧紀圍獨稱懷衝須婦壞緊歡狀漢趕雲顯嗎願貴紙陣',
])

const SIMPLIFIED = 1
const TRADITIONAL = 2
/** Which form each Hanzi of U+4E00–U+9FFF belongs to, by code unit: the sample is scanned character by character. */
const HAN_FORM = new Uint8Array(0x9fff - 0x4e00 + 1)
for (const ch of SIMPLIFIED_ONLY) HAN_FORM[ch.charCodeAt(0) - 0x4e00] = SIMPLIFIED
for (const ch of TRADITIONAL_ONLY) HAN_FORM[ch.charCodeAt(0) - 0x4e00] ||= TRADITIONAL

export function guessLanguage(text: string): string | null {
  const sample =
    text.length > SAMPLE_CHARS
      ? text.slice(0, SAMPLE_CHARS / 2) + text.slice(-SAMPLE_CHARS / 2)
      : text
  let han = 0
  let kana = 0
  let hangul = 0
  let latin = 0
  let simplified = 0
  let traditional = 0
  // Other scripts, each by its Unicode block (see scriptLanguage).
  const others = new Uint32Array(OTHER_SCRIPTS.length)
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i)
    if (c >= 0x4e00 && c <= 0x9fff) {
      han++
      const form = HAN_FORM[c - 0x4e00]
      if (form === SIMPLIFIED) simplified++
      else if (form === TRADITIONAL) traditional++
    } else if (c >= 0x3040 && c <= 0x30ff) kana++
    else if (c >= 0xac00 && c <= 0xd7a3) hangul++
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++
    else if (c >= 0x370 && c <= 0xeff) {
      const script = OTHER_SCRIPTS.findIndex(({ from, to }) => c >= from && c <= to)
      if (script >= 0) others[script]!++
    }
  }
  const otherLetters = others.reduce((sum, n) => sum + n, 0)
  const letters = han + kana + hangul + latin + otherLetters
  if (letters === 0) return null
  const main = others.indexOf(Math.max(...others))
  if (others[main]! > letters * 0.5) return OTHER_SCRIPTS[main]!.language(sample)
  if (kana > letters * 0.05) return 'ja'
  if (hangul > letters * 0.2) return 'ko'
  if (han > letters * 0.3) {
    if (simplified + traditional < 20) return 'zh'
    return traditional > simplified ? 'zh-Hant' : 'zh-Hans'
  }
  if (latin > letters * 0.8) {
    const englishWords = sample.match(/\b(?:the|and|of|to|was|that|with)\b/gi)?.length ?? 0
    return englishWords > latin / 40 ? 'en' : null
  }
  return null
}

/**
 * Scripts read by one main language, or told apart by a few letters of their own: Ukrainian
 * і ї є ґ among Cyrillic, Persian پ چ ژ گ among Arabic letters.
 */
const OTHER_SCRIPTS: { from: number; to: number; language: (sample: string) => string }[] = [
  { from: 0x370, to: 0x3ff, language: () => 'el' },
  { from: 0x400, to: 0x4ff, language: (sample) => (/[іїєґІЇЄҐ]/.test(sample) ? 'uk' : 'ru') },
  { from: 0x590, to: 0x5ff, language: () => 'he' },
  { from: 0x600, to: 0x6ff, language: (sample) => (/[پچژگ]/.test(sample) ? 'fa' : 'ar') },
  { from: 0xe00, to: 0xe7f, language: () => 'th' },
]

/** Whether a language tag names Chinese, Japanese or Korean (`zh-Hans`, `ja`, `ko-KR`). */
export function isCjkLanguage(language: string | null): boolean {
  return language !== null && /^(?:zh|ja|ko)\b/u.test(language)
}
