import type { HeadingMatch } from './chapter-heading'

/**
 * Hebrew chapter headings: פרק א, פרק א׳, פרק י״ב, פרק 1, פרק ראשון, and חלק/ספר for parts and books;
 * a title follows a mark (פרק א: הבית). Letters count as a number only when written as numbers
 * are (hundreds, tens, units in that order, 15 as ט״ו), so פרק זה … stays a sentence.
 */
const MAX_HEBREW_HEADING = 60
const MAX_TITLE_WORDS = 10
const LABEL_RANK: Record<string, number> = { חלק: 1, ספר: 2, פרק: 3 }
const LABEL = /^(חלק|ספר|פרק) +([^ :：\-–—.]+)(.*)$/
const POINTS = /[\u0591-\u05c7]/g
const TITLE_MARK = /^ *[:：\-–—.]/
const ENDS_SENTENCE = /[.,;!?]$/
const LETTER_VALUES: Record<string, number> = {
  א: 1,
  ב: 2,
  ג: 3,
  ד: 4,
  ה: 5,
  ו: 6,
  ז: 7,
  ח: 8,
  ט: 9,
  י: 10,
  כ: 20,
  ך: 20,
  ל: 30,
  מ: 40,
  ם: 40,
  נ: 50,
  ן: 50,
  ס: 60,
  ע: 70,
  פ: 80,
  ף: 80,
  צ: 90,
  ץ: 90,
  ק: 100,
  ר: 200,
  ש: 300,
  ת: 400,
}
/** Hundreds, then at most one tens letter and one units letter; 15 and 16 as ט״ו and ט״ז. */
const NUMERAL = /^ת{0,4}[קרש]?(?:ט[וז]|[יכלמנסעפצךםןףץ]?[אבגדהוזחט]?)$/
const ORDINALS: Record<string, number> = {
  ראשון: 1,
  ראשונה: 1,
  שני: 2,
  שנייה: 2,
  שניה: 2,
  שלישי: 3,
  שלישית: 3,
  רביעי: 4,
  רביעית: 4,
  חמישי: 5,
  חמישית: 5,
  שישי: 6,
  ששי: 6,
  שישית: 6,
  שביעי: 7,
  שביעית: 7,
  שמיני: 8,
  שמינית: 8,
  תשיעי: 9,
  תשיעית: 9,
  עשירי: 10,
  עשירית: 10,
}

export function matchHebrewHeading(line: string): HeadingMatch | null {
  if (line.length > MAX_HEBREW_HEADING) return null
  const m = LABEL.exec(line.replace(POINTS, '').trim())
  if (!m) return null
  const number = parseHebrewNumber(m[2]!)
  if (Number.isNaN(number)) return null
  const rest = m[3]!
  if (rest.trim() === '') return { rank: LABEL_RANK[m[1]!]!, number, bare: true }
  if (!TITLE_MARK.test(rest)) return null
  const title = rest.replace(TITLE_MARK, '').trim()
  if (ENDS_SENTENCE.test(title) || title.split(/\s+/).length > MAX_TITLE_WORDS) return null
  return { rank: LABEL_RANK[m[1]!]!, number, bare: title === '' }
}

/** 12, יב, י״ב, ראשון; NaN for a word that is not a number. */
function parseHebrewNumber(word: string): number {
  if (/^[0-9]+$/.test(word)) return Number(word)
  const ordinal = ORDINALS[word]
  if (ordinal !== undefined) return ordinal
  const letters = word.replace(/["'׳״]/g, '')
  if (letters === '' || letters.length > 5 || !NUMERAL.test(letters)) return NaN
  // A final letter closes a word (ךא is not a number); 15 and 16 are never written יה and יו.
  if (/[ךםןףץ]./.test(letters) || /י[הו]$/.test(letters)) return NaN
  let value = 0
  for (const ch of letters) value += LETTER_VALUES[ch]!
  return value
}
