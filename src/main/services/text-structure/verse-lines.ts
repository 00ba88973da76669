/**
 * Verse inside prose: poems in novels (红楼梦's 诗词, songs in a Gutenberg text) arrive one line
 * a paragraph. Runs of short, parallel lines become one verse block whose lines stay apart ('\n'),
 * so a stanza reads as a stanza, not as a list of one-line paragraphs or a joined sentence.
 */
import type { BookUnit } from './book-units'

/** What the line splitter knew about a paragraph that was one physical line. */
export interface VerseCandidate {
  /** A blank line stood between it and the line before. */
  blankBefore: boolean
  /** Leading spaces in columns (a full-width space counts two). */
  indent: number
}

/** Longer than this (in UTF-16 units) and a line is prose, whatever its shape. */
export const MAX_VERSE_LINE = 80
/** Classical Chinese metres: four, five, six or seven characters a clause. */
const MIN_CLAUSE = 4
const MAX_CLAUSE = 7
const MAX_CLAUSES = 4
const MIN_UNPUNCTUATED_RUN = 3
const MIN_LATIN_LINE = 12
const MAX_LATIN_LINE = 72
const MIN_LATIN_WORDS = 3
/** Centred title-page lines sit this deep or deeper; verse is indented a few columns. */
const CENTRED_INDENT = 16
/** Where most paragraphs are set apart by blank lines, lines that touch are not prose paragraphs. */
const BLANK_SEPARATED_SHARE = 0.5
/** The shortest line of an English stanza is at least this share of its longest. */
const LATIN_LENGTH_SPREAD = 0.3

function isClauseMark(c: number): boolean {
  // ，。．！？；、 and their ASCII forms, spaces (a poem set with spaces between its halves).
  return (
    c === 0xff0c ||
    c === 0x3002 ||
    c === 0xff0e ||
    c === 0xff01 ||
    c === 0xff1f ||
    c === 0xff1b ||
    c === 0x3001 ||
    c === 0x2c ||
    c === 0x2e ||
    c === 0x21 ||
    c === 0x3f ||
    c === 0x3b ||
    c === 0x20 ||
    c === 0x3000
  )
}

function isHan(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)
  )
}

/**
 * The clause length of a line of Chinese verse (`满纸荒唐言，一把辛酸泪！` → 5), or 0 for anything
 * else. A clause twice the metre is two clauses whose comma the file lost (`三阳交泰产群生仙石胞含日月精。`).
 */
export function chineseMetre(text: string): number {
  return chineseVerseLine(text)?.metre ?? 0
}

interface ChineseVerseLine {
  metre: number
  /** The line had clause marks inside, not only a pair of clauses run together. */
  punctuated: boolean
}

function chineseVerseLine(text: string): ChineseVerseLine | null {
  if (text.length > MAX_VERSE_LINE) return null
  const clauses: number[] = []
  let run = 0
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0x3002
    if (isHan(c)) {
      run++
      continue
    }
    // Dialogue, quotations and colons belong to prose; so does anything but Hanzi and clause marks.
    if (!isClauseMark(c)) return null
    if (run === 0) continue
    if (clauses.length === MAX_CLAUSES) return null
    clauses.push(run)
    run = 0
  }
  for (let metre = MIN_CLAUSE; metre <= MAX_CLAUSE; metre++) {
    let halves = 0
    for (const n of clauses) halves += n === metre ? 1 : n === metre * 2 ? 2 : NaN
    if (halves >= 2 && halves <= MAX_CLAUSES * 2) return { metre, punctuated: clauses.length >= 2 }
  }
  return null
}

/** A line that could be a line of English verse: a few words, starting with a capital, no columns. */
export function isLatinVerseLine(text: string, indent: number): boolean {
  if (text.length < MIN_LATIN_LINE || text.length > MAX_LATIN_LINE || indent >= CENTRED_INDENT)
    return false
  if (!/^["“‘'(]?[A-Z]/u.test(text) || !/[a-z]/u.test(text) || /\S {3,}\S/u.test(text)) return false
  if (/[\u2e80-\u9fff\uff00-\uffef]/u.test(text) || text.startsWith('[')) return false
  return text.split(/\s+/u).length >= MIN_LATIN_WORDS
}

/**
 * The units with each run of verse lines made one `verse` unit. `candidates` holds the paragraph
 * units that were one short physical line; `blankShare` is the share of paragraphs that stood
 * after a blank line in the text (where blank lines part paragraphs, lines that touch form a stanza).
 */
export function groupVerse(
  units: BookUnit[],
  candidates: ReadonlyMap<BookUnit, VerseCandidate>,
  blankShare: number,
): BookUnit[] {
  if (candidates.size < 2) return units
  const touchingMeansStanza = blankShare >= BLANK_SEPARATED_SHARE
  const out: BookUnit[] = []
  for (let i = 0; i < units.length;) {
    const end = verseRunEnd(units, candidates, i, touchingMeansStanza)
    if (end - i < 2) {
      out.push(units[i]!)
      i++
      continue
    }
    const lines: string[] = []
    for (let k = i; k < end; k++) lines.push(units[k]!.text)
    out.push({ type: 'verse', text: lines.join('\n') })
    i = end
  }
  return out
}

/** The end (exclusive) of the verse run starting at `start`: `start + 1` or less when there is none. */
function verseRunEnd(
  units: readonly BookUnit[],
  candidates: ReadonlyMap<BookUnit, VerseCandidate>,
  start: number,
  touchingMeansStanza: boolean,
): number {
  const first = units[start]!
  const info = candidates.get(first)
  if (!info || first.type !== 'paragraph') return start + 1
  const chinese = chineseVerseLine(first.text)
  if (chinese) {
    let end = start + 1
    let punctuated = chinese.punctuated
    while (end < units.length) {
      const u = units[end]!
      const line = u.type === 'paragraph' && candidates.has(u) ? chineseVerseLine(u.text) : null
      if (!line || line.metre !== chinese.metre) break
      punctuated ||= line.punctuated
      end++
    }
    // Lines with no mark inside are verse only in a longer run of one length.
    return punctuated || end - start >= MIN_UNPUNCTUATED_RUN ? end : start + 1
  }
  if (!touchingMeansStanza || !isLatinVerseLine(first.text, info.indent)) return start + 1
  let end = start + 1
  let shortest = first.text.length
  let longest = first.text.length
  while (end < units.length) {
    const u = units[end]!
    const next = candidates.get(u)
    if (u.type !== 'paragraph' || !next || next.blankBefore) break
    if (!isLatinVerseLine(u.text, next.indent)) break
    shortest = Math.min(shortest, u.text.length)
    longest = Math.max(longest, u.text.length)
    end++
  }
  return shortest >= longest * LATIN_LENGTH_SPREAD ? end : start + 1
}
