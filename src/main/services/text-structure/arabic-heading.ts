import type { HeadingMatch } from './chapter-heading'

/**
 * Arabic and Persian chapter headings: الفصل الأول, الباب الثاني, الجزء ٣, الفصل الحادي والعشرون, and
 * Persian فصل اول, فصل ۱, بخش دوم, فصل بیست و یکم. A title follows a mark (الفصل الأول: …) or, as in
 * classical books, في/در and its subject (الباب الأول في فضل العلم); anything else is a sentence.
 */
const MAX_ARABIC_HEADING = 70
const MAX_TITLE_WORDS = 10

const LABEL_RANK: Record<string, number> = {
  جزء: 1,
  قسم: 1,
  قسمت: 1,
  بخش: 1,
  جلد: 1,
  كتاب: 2,
  باب: 2,
  دفتر: 2,
  فصل: 3,
}
/** On folded text: the label with or without its article, then the rest. */
const LABEL = /^(?:ال)?(جزء|قسمت|قسم|بخش|جلد|كتاب|باب|دفتر|فصل) +(.+)$/
const DIGITS = /^[0-9٠-٩۰-۹]+/
const TITLE_MARK = /^ *[:：\-–—.]/
const TITLE_MARK_CHAR = /[:：\-–—.]/
const TOPIC = /^ *(?:في|فى|در) /
const ENDS_SENTENCE = /[.،؛!؟?]$/
/** Vowel marks and tatweel, which a label may carry too (الفَصْلُ). */
const MARKS = /[\u064b-\u065f\u0670\u0640]/g

/** Folded number phrase (article and و dropped) → its value. */
const ORDINALS = new Map<string, number>()

/** Without vowel marks, tatweel and hamza seats; Persian ی and ک as Arabic ي and ك; ة as ه. */
export function foldArabic(text: string): string {
  return text
    .replace(MARKS, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/[ىی]/g, 'ي')
    .replace(/ک/g, 'ك')
    .replace(/ة/g, 'ه')
    .replace(/[\u200c\s]+/g, ' ')
}

/** The words of a number phrase as the table keys them: الحادي والعشرون → حادي عشرون, سی‌ام → سيام. */
function numberTokens(folded: string): string[] {
  const tokens: string[] = []
  for (let word of folded.split(' ')) {
    if (word === 'و' || word === '') continue
    if (word === 'ام' && tokens.length > 0) {
      tokens[tokens.length - 1] += 'ام'
      continue
    }
    if (word.startsWith('وال') && word.length > 4) word = word.slice(3)
    else if (word.startsWith('ال') && word.length > 3) word = word.slice(2)
    // وعشرون: the tens joined by و without their article.
    else if (word.startsWith('و') && /(?:ون|ين)$/.test(word)) word = word.slice(1)
    tokens.push(word)
  }
  return tokens
}

function add(phrase: string, value: number): void {
  ORDINALS.set(numberTokens(foldArabic(phrase)).join(' '), value)
}

function addArabic(): void {
  const units = ['', 'اول', 'ثاني', 'ثالث', 'رابع', 'خامس', 'سادس', 'سابع', 'ثامن', 'تاسع', 'عاشر']
  const tens = ['', '', 'عشرون', 'ثلاثون', 'أربعون', 'خمسون', 'ستون', 'سبعون', 'ثمانون', 'تسعون']
  const fem = (word: string) => (word === 'اول' ? 'أولى' : `${word}ة`)
  for (let n = 1; n < 100; n++) {
    const t = Math.floor(n / 10)
    const u = n % 10
    const unit = n > 10 && u === 1 ? 'حادي' : units[u]!
    if (n <= 10) {
      add(units[n]!, n)
      add(fem(units[n]!), n)
    } else if (t === 1) {
      add(`${unit} عشر`, n)
      add(`${fem(unit)} عشرة`, n)
    } else {
      // العشرون, and العشرين as it is often written; الحادي والعشرون.
      for (const ten of [tens[t]!, tens[t]!.replace(/ون$/, 'ين')]) {
        add(u ? `${unit} و${ten}` : ten, n)
        if (u) add(`${fem(unit)} و${ten}`, n)
      }
    }
  }
  add('أخير', NaN)
}

function addPersian(): void {
  const ones =
    'یک دو سه چهار پنج شش هفت هشت نه ده یازده دوازده سیزده چهارده پانزده شانزده هفده هجده نوزده'.split(
      ' ',
    )
  const tens = ['', '', 'بیست', 'سی', 'چهل', 'پنجاه', 'شصت', 'هفتاد', 'هشتاد', 'نود']
  const ordinal = (word: string) => (word === 'سه' ? 'سوم' : word === 'سی' ? 'سی‌ام' : `${word}م`)
  for (let n = 1; n < 100; n++) {
    const t = Math.floor(n / 10)
    const u = n % 10
    const last = n < 20 ? ones[n - 1]! : u ? ones[u - 1]! : tens[t]!
    const prefix = n >= 20 && u ? `${tens[t]} و ` : ''
    add(prefix + last, n)
    add(prefix + ordinal(last), n)
  }
  add('هیجده', 18)
  add('هیجدهم', 18)
  add('سیم', 30)
  add('اول', 1)
  add('نخست', 1)
}

addArabic()
addPersian()

/** The labels' first words as written, with and without the article: a look-up turns most lines away. */
const LABEL_WORDS = new Set(
  Object.keys(LABEL_RANK).flatMap((label) =>
    [label, label.replace('ك', 'ک')].flatMap((w) => [w, `ال${w}`]),
  ),
)

export function matchArabicHeading(line: string): HeadingMatch | null {
  if (line.length > MAX_ARABIC_HEADING) return null
  const space = line.indexOf(' ')
  if (space < 3) return null
  const first = line.slice(0, space)
  if (!LABEL_WORDS.has(first) && !LABEL_WORDS.has(first.replace(MARKS, ''))) return null
  const folded = foldArabic(line).trim()
  const m = LABEL.exec(folded)
  if (!m) return null
  const rank = LABEL_RANK[m[1]!]!
  const after = m[2]!
  const digits = DIGITS.exec(after)
  if (digits) return withTitle(rank, parseDigits(digits[0]), after.slice(digits[0].length))
  // The longest run of words before a mark that is a number: الحادي والعشرون before الحادي.
  const mark = after.search(TITLE_MARK_CHAR)
  const tail = mark < 0 ? '' : after.slice(mark)
  const words = (mark < 0 ? after : after.slice(0, mark)).trim().split(' ')
  for (let k = Math.min(5, words.length); k >= 1; k--) {
    const value = ORDINALS.get(numberTokens(words.slice(0, k).join(' ')).join(' '))
    if (value === undefined) continue
    const rest = words.slice(k).join(' ')
    return withTitle(rank, value, (rest === '' ? '' : ` ${rest}`) + tail)
  }
  return null
}

function withTitle(rank: number, number: number, rest: string): HeadingMatch | null {
  if (rest.trim() === '') return { rank, number, bare: true }
  const title = rest.replace(TITLE_MARK, '').trim()
  const marked = TITLE_MARK.test(rest)
  if (!marked && !TOPIC.test(rest)) return null
  if (title === '' || ENDS_SENTENCE.test(title) || title.split(' ').length > MAX_TITLE_WORDS)
    return marked && title === '' ? { rank, number, bare: true } : null
  return { rank, number, bare: false }
}

/** ٣, ۱۲ and 3 alike. */
function parseDigits(text: string): number {
  let value = 0
  for (const ch of text) {
    const c = ch.charCodeAt(0)
    const digit = c >= 0x6f0 ? c - 0x6f0 : c >= 0x660 ? c - 0x660 : c - 0x30
    value = value * 10 + digit
  }
  return value
}
