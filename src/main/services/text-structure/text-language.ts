/**
 * The language of a text from the scripts it uses: kana means Japanese, Hangul Korean, Hanzi
 * Chinese (simplified or traditional by characters that differ), Latin by its common words
 * (English, French, German, Spanish, Italian, Portuguese); Greek, Cyrillic (Russian or Ukrainian), Hebrew, Arabic (or Persian) and Thai by their
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
  if (latin > letters * 0.8) return latinLanguage(sample, latin)
  return null
}

/** Words common in one language and rare in the others, to tell Latin-script books apart. */
const LATIN_WORDS: [string, RegExp][] = (
  [
    ['en', 'the|and|of|to|was|that|with|he|his|her|it|is'],
    ['fr', 'le|les|des|et|est|une|qui|pas|dans|avec|elle|il|du|au|ce|cette|était|sont'],
    ['de', 'der|die|und|das|ist|nicht|ein|mit|sich|auf|dem|den|war|zu|er|sie|es'],
    ['es', 'el|los|las|del|y|pero|fue|muy|estaba|había|se|lo|su|es|con'],
    ['it', 'il|gli|della|nel|sono|di|che|non|era|questo|lo|dei|è|un|per'],
    ['pt', 'os|dos|ao|uma|não|foi|muito|pela|pelo|era|do|da|em|um|é|com'],
  ] as const
).map(([language, words]) => [language, new RegExp(`(?<!\\p{L})(?:${words})(?!\\p{L})`, 'giu')])

/** Characters of the sample whose words are counted: enough to tell, and six patterns stay cheap. */
const WORD_SAMPLE_CHARS = 30_000

/** The Latin-script language whose common words the sample uses most; null when none is common. */
function latinLanguage(sample: string, latin: number): string | null {
  const text = sample.length > WORD_SAMPLE_CHARS ? sample.slice(0, WORD_SAMPLE_CHARS) : sample
  let best: string | null = null
  // One common word in every 80 letters or so.
  let bestCount = (latin * (text.length / sample.length)) / 80
  for (const [language, words] of LATIN_WORDS) {
    const count = text.match(words)?.length ?? 0
    if (count > bestCount) {
      best = language
      bestCount = count
    }
  }
  return best
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
