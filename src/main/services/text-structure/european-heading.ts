import type { HeadingMatch } from './chapter-heading'
import { parseRomanNumber } from './heading-numerals'
import {
  firstWordOf,
  foldWords,
  isOrdinalOpener,
  readNumberWords,
  type NumberLanguage,
} from './number-words'

/**
 * Chapter headings in European languages: a label and its number in digits, roman numerals or
 * words (Chapter 3, CHAPTER XIV., Chapter Twenty-One, Chapter the First, Chapitre premier, Kapitel
 * eins, Capítulo uno, Глава первая), an ordinal before its label (Erstes Kapitel, Deuxième partie,
 * Primera parte), and Prologue, Epilogue and their kin.
 */
interface Label {
  /** 1 part, 2 book, 3 chapter, 4 section, as in HeadingMatch. */
  rank: number
  languages: NumberLanguage[]
  /** May follow its ordinal (Erstes Kapitel, Première partie). */
  afterOrdinal?: boolean
}

const LABELS: Record<string, Label> = {
  chapter: { rank: 3, languages: ['en'], afterOrdinal: true },
  book: { rank: 2, languages: ['en'], afterOrdinal: true },
  part: { rank: 1, languages: ['en'], afterOrdinal: true },
  volume: { rank: 2, languages: ['en'] },
  'vol.': { rank: 2, languages: ['en'] },
  section: { rank: 4, languages: ['en'] },
  canto: { rank: 3, languages: ['en', 'it'] },
  // A play: acts hold scenes as books hold chapters.
  act: { rank: 2, languages: ['en'] },
  scene: { rank: 3, languages: ['en', 'fr'] },
  chapitre: { rank: 3, languages: ['fr'], afterOrdinal: true },
  partie: { rank: 1, languages: ['fr'], afterOrdinal: true },
  livre: { rank: 2, languages: ['fr'], afterOrdinal: true },
  tome: { rank: 2, languages: ['fr'], afterOrdinal: true },
  acte: { rank: 2, languages: ['fr'], afterOrdinal: true },
  kapitel: { rank: 3, languages: ['de'], afterOrdinal: true },
  teil: { rank: 1, languages: ['de'], afterOrdinal: true },
  buch: { rank: 2, languages: ['de'], afterOrdinal: true },
  akt: { rank: 2, languages: ['de'], afterOrdinal: true },
  szene: { rank: 3, languages: ['de'] },
  capitulo: { rank: 3, languages: ['es', 'pt'], afterOrdinal: true },
  capitolo: { rank: 3, languages: ['it'], afterOrdinal: true },
  parte: { rank: 1, languages: ['es', 'it', 'pt'], afterOrdinal: true },
  libro: { rank: 2, languages: ['es', 'it'], afterOrdinal: true },
  livro: { rank: 2, languages: ['pt'], afterOrdinal: true },
  acto: { rank: 2, languages: ['es'], afterOrdinal: true },
  atto: { rank: 2, languages: ['it'], afterOrdinal: true },
  escena: { rank: 3, languages: ['es'] },
  scena: { rank: 3, languages: ['it'] },
  глава: { rank: 3, languages: ['ru'], afterOrdinal: true },
  часть: { rank: 1, languages: ['ru'], afterOrdinal: true },
  книга: { rank: 2, languages: ['ru'], afterOrdinal: true },
  том: { rank: 2, languages: ['ru'], afterOrdinal: true },
}
const ALL_LANGUAGES: NumberLanguage[] = ['en', 'fr', 'de', 'es', 'it', 'pt', 'ru']

/** The labels as books spell them (accents, or none); LABELS has them folded. */
const LABEL_SPELLINGS = [
  ...['chapter', 'book', 'part', 'volume', 'vol.', 'section', 'canto', 'act', 'scene', 'scène'],
  ...['chapitre', 'partie', 'livre', 'tome', 'acte', 'kapitel', 'teil', 'buch', 'akt', 'szene'],
  ...['capítulo', 'capitulo', 'capitolo', 'parte', 'libro', 'livro', 'acto', 'atto', 'escena'],
  ...['scena', 'глава', 'часть', 'книга', 'том'],
]
const LABEL_FIRST = new RegExp(`^(${LABEL_SPELLINGS.join('|').replace('.', '\\.')})[ \\t]+`, 'iu')
/** The labels as firstWordOf gives them: most lines are turned away by a look-up. */
const LABEL_WORDS = new Set(LABEL_SPELLINGS.map((w) => w.replace('.', '')))
const AFTER_ORDINAL = LABEL_SPELLINGS.filter((w) => LABELS[foldWords(w)]?.afterOrdinal).join('|')
const LABEL_AFTER_ORDINAL = new RegExp(`^[ \\t]+(${AFTER_ORDINAL})(?![\\p{L}\\p{N}])`, 'iu')
/** Such a label somewhere in the line: a line opening "First, …" is spared reading its number. */
const HAS_LABEL_AFTER_ORDINAL = new RegExp(`[ \\t](?:${AFTER_ORDINAL})(?![\\p{L}\\p{N}])`, 'iu')
const DIGITS = /^[0-9]+(?![\p{L}\p{N}])/u
const ROMAN = /^[ivxlcdm]+(?![\p{L}\p{N}])/iu
const THE = /^the[ \t]+/i
const MARKED_NUMBER = /^([0-9]{1,3})(\.|er|re|e|ème|ère)[ \t]+(\p{L}+)(.*)$/u
const LAST = /^last(?![\p{L}])/iu
const SPECIAL_NAMES = [
  ...['prologue', 'epilogue', 'preface', 'foreword', 'introduction', 'afterword', 'appendix'],
  ...['postscript', 'interlude', 'conclusion', 'épilogue', 'préface', 'prolog', 'epilog'],
  ...['vorwort', 'nachwort', 'prólogo', 'epílogo', 'prologo', 'epilogo', 'prefacio', 'prefazione'],
  ...['пролог', 'эпилог', 'предисловие', 'послесловие'],
]
const SPECIAL_ORDINALS = ['first', 'second', 'third', 'fourth', 'final', 'last']
const SPECIAL = new RegExp(
  `^(?:(?:${SPECIAL_ORDINALS.join('|')})[ \\t]+)?(${SPECIAL_NAMES.join('|')})(?![\\p{L}])(.*)$`,
  'iu',
)
const SPECIAL_WORDS = new Set([...SPECIAL_NAMES, ...SPECIAL_ORDINALS])

export function matchEuropeanHeading(line: string): HeadingMatch | null {
  // Chapter I.] closing a Gutenberg illustration bracket; tested first, as the pattern scans the line.
  const last = line.charCodeAt(line.length - 1)
  const text = last === 0x5d || last <= 0x20 ? line.replace(/[\s\]]+$/, '') : line
  const first = text.charCodeAt(0)
  if (first >= 0x30 && first <= 0x39) return matchMarkedNumber(text)
  // Most lines are turned away by their first word, before any pattern runs.
  const word = firstWordOf(text)
  if (LABEL_WORDS.has(word)) {
    const label = LABEL_FIRST.exec(text)
    return label ? matchLabelFirst(text, label[0].length, LABELS[foldWords(label[1]!)]!) : null
  }
  const special = SPECIAL_WORDS.has(word) ? SPECIAL.exec(text) : null
  if (special) {
    const rest = /^appendix$/i.test(special[1]!)
      ? special[2]!.replace(/^[ \t]+(?:[A-Z]|[0-9]+|[IVXL]+)\b/, '')
      : special[2]!
    if (!isWesternTitle(rest, text)) return null
    return { rank: 0, number: NaN, bare: /^[\s.:]*$/.test(rest) }
  }
  return isOrdinalOpener(word) ? matchOrdinalFirst(text) : null
}

/** Chapter 3, Chapter the First, Kapitel eins: the number after the label, then a title or nothing. */
function matchLabelFirst(text: string, at: number, label: Label): HeadingMatch | null {
  const after = text.slice(at)
  let number = NaN
  let length = 0
  const digits = DIGITS.exec(after)
  const roman = digits ? null : ROMAN.exec(after)
  if (digits) {
    number = Number(digits[0])
    length = digits[0].length
  } else if (roman && !Number.isNaN(parseRomanNumber(roman[0]))) {
    number = parseRomanNumber(roman[0])
    length = roman[0].length
  } else if (label.languages.includes('en') && THE.test(after)) {
    // Chapter the First, Book the Last.
    const the = THE.exec(after)![0].length
    const last = LAST.exec(after.slice(the))
    const words = last ? null : readNumberWords(after.slice(the), ['en'], true)
    if (!last && !words) return null
    number = words ? words.value : NaN
    length = the + (words ? words.length : last![0].length)
  } else {
    const words = readNumberWords(after, label.languages)
    if (!words) return null
    number = words.value
    length = words.length
  }
  const rest = after.slice(length)
  if (!isWesternTitle(rest, text)) return null
  return withCase({ rank: label.rank, number, bare: /^[\s.:]*$/.test(rest) }, label.languages)
}

/** Erstes Kapitel, Deuxième partie, Primera parte, FIRST BOOK: an ordinal in its label's language. */
function matchOrdinalFirst(text: string): HeadingMatch | null {
  if (!HAS_LABEL_AFTER_ORDINAL.test(text)) return null
  const words = readNumberWords(text, ALL_LANGUAGES, true)
  if (!words) return null
  const label = LABEL_AFTER_ORDINAL.exec(text.slice(words.length))
  if (!label) return null
  const found = LABELS[foldWords(label[1]!)]!
  if (!found.afterOrdinal || !found.languages.some((l) => words.languages.includes(l))) return null
  const rest = text.slice(words.length + label[0].length)
  if (!isWesternTitle(rest, text)) return null
  const bare = /^[\s.:]*$/.test(rest)
  return withCase({ rank: found.rank, number: words.value, bare }, found.languages)
}

/** English titles are in Title Case; the other languages' in sentence case. */
function withCase(match: HeadingMatch, languages: readonly NumberLanguage[]): HeadingMatch {
  return languages.includes('en') ? match : { ...match, sentenceCaseTitle: true }
}

/** 1. Kapitel, 2e partie, 1er chapitre: a number with its ordinal mark, German or French, before the label. */
function matchMarkedNumber(text: string): HeadingMatch | null {
  const m = MARKED_NUMBER.exec(text)
  if (!m) return null
  const label = LABELS[foldWords(m[3]!)]
  const language = m[2] === '.' ? 'de' : 'fr'
  if (!label?.afterOrdinal || !label.languages.includes(language)) return null
  const rest = m[4]!
  if (!isWesternTitle(rest, text)) return null
  return withCase({ rank: label.rank, number: Number(m[1]), bare: /^[\s.:]*$/.test(rest) }, [
    language,
  ])
}

/** "CHAPTER I." / "Chapter 3: The Storm" / "BOOK ONE 1805", but not "Chapter 5 was the best". */
export function isWesternTitle(rest: string, line: string): boolean {
  if (/^[\s.]*$/.test(rest)) return true
  if (/[,;]$/.test(line)) return false
  if (/^\s*[.:—–-]/.test(rest)) return true
  const title = rest.trim()
  if (!/^\s/.test(rest)) return false
  const first = title[0]!
  const wordCount = title.split(/\s+/).length
  return wordCount <= 12 && (/[\p{Lu}0-9“"‘'([]/u.test(first) || line === line.toUpperCase())
}
