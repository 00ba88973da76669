/**
 * Verse inside prose: poems in novels (红楼梦's 诗词, songs in a Gutenberg text) arrive one line
 * a paragraph. Runs of short, parallel lines become one verse block whose lines stay apart ('\n'),
 * so a stanza reads as a stanza, not as a list of one-line paragraphs or a joined sentence.
 */
import type { BookUnit } from './book-units'

/**
 * What the line splitter knew about the paragraphs that were one short physical line, by unit
 * index (typed arrays, not a map of objects: a Chinese novel has a candidate every other unit).
 */
export interface VerseCandidates {
  /** Leading spaces in columns (a full-width space counts two); -1 where the unit is no candidate. */
  indent: Int32Array
  /** 1 where a blank line stood between the unit's line and the line before. */
  blankBefore: Uint8Array
  /** How many units are candidates. */
  count: number
}

/** Room for `units` units, none of them a candidate yet. */
export function createVerseCandidates(units: number): VerseCandidates {
  return { indent: new Int32Array(units).fill(-1), blankBefore: new Uint8Array(units), count: 0 }
}

/** Longer than this (in UTF-16 units) and a line is prose, whatever its shape. */
export const MAX_VERSE_LINE = 80
/** Classical Chinese metres: four, five, six or seven characters a clause. */
const MIN_CLAUSE = 4
const MAX_CLAUSE = 7
const MAX_CLAUSES = 4
const ALL_METRES = 0b11110000
const MIN_UNPUNCTUATED_RUN = 3
/** Lines of one clause each without a couplet's comma: a quatrain at least. */
const MIN_SINGLE_CLAUSE_RUN = 4
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
  const line = chineseVerseLine(text)
  // One clause alone is verse only among its neighbours.
  return line && !line.single ? line.metre : 0
}

interface ChineseVerseLine {
  metre: number
  /** The line had clause marks inside, not only a pair of clauses run together. */
  punctuated: boolean
  /** One clause of the metre alone (`天下英雄谁敌手，`): verse set a clause a line. */
  single?: boolean
  /** Ends on a clause's comma (，、；), as the first line of a couplet does and prose rarely. */
  commaEnd?: boolean
}

/** Bit m set: a clause of n characters fits metre m (n is m, or 2m run together). */
function metresOfClause(n: number): number {
  let bits = 0
  for (let metre = MIN_CLAUSE; metre <= MAX_CLAUSE; metre++)
    if (n === metre || n === metre * 2) bits |= 1 << metre
  return bits
}

function chineseVerseLine(text: string): ChineseVerseLine | null {
  if (text.length > MAX_VERSE_LINE) return null
  // Metres every clause so far fits: most prose is ruled out at its first clause, without a copy.
  let metres = ALL_METRES
  let clauses = 0
  let halvesByMetre = 0
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
    if (clauses === MAX_CLAUSES) return null
    clauses++
    metres &= metresOfClause(run)
    if (metres === 0) return null
    // Halves per metre, four bits each: a clause of 2m characters is two halves of metre m.
    for (let metre = MIN_CLAUSE; metre <= MAX_CLAUSE; metre++)
      if (run === metre * 2) halvesByMetre += 1 << (4 * (metre - MIN_CLAUSE))
    run = 0
  }
  for (let metre = MIN_CLAUSE; metre <= MAX_CLAUSE; metre++) {
    if ((metres & (1 << metre)) === 0) continue
    const halves = clauses + ((halvesByMetre >> (4 * (metre - MIN_CLAUSE))) & 0xf)
    if (halves >= 2 && halves <= MAX_CLAUSES * 2) return { metre, punctuated: clauses >= 2 }
    if (halves === 1) {
      const last = text.charCodeAt(text.length - 1)
      const commaEnd = last === 0xff0c || last === 0x3001 || last === 0xff1b || last === 0x2c
      return { metre, punctuated: false, single: true, commaEnd }
    }
  }
  return null
}

/** What may stand before the capital that opens a line of English verse. */
const VERSE_OPENERS = new Set([...'"“‘\'('].map((c) => c.charCodeAt(0)))

/** A line that could be a line of English verse: a few words, starting with a capital, no columns. */
export function isLatinVerseLine(text: string, indent: number): boolean {
  if (text.length < MIN_LATIN_LINE || text.length > MAX_LATIN_LINE || indent >= CENTRED_INDENT)
    return false
  // The first character alone rules out a line of Chinese before any regex runs.
  const first = text.charCodeAt(0)
  if (!(first >= 0x41 && first <= 0x5a) && !VERSE_OPENERS.has(first)) return false
  if (!/^["“‘'(]?[A-Z]/u.test(text) || !/[a-z]/u.test(text) || /\S {3,}\S/u.test(text)) return false
  if (/[\u2e80-\u9fff\uff00-\uffef]/u.test(text) || text.startsWith('[')) return false
  return text.split(/\s+/u).length >= MIN_LATIN_WORDS
}

/**
 * The units with each run of verse lines made one `verse` unit. `candidates` holds the paragraph
 * units that were one short physical line; `blankShare` is the share of paragraphs that stood
 * after a blank line in the text (where blank lines part paragraphs, lines that touch form a stanza).
 * The same array when there is no verse: a novel without poems is not copied.
 */
export function groupVerse(
  units: BookUnit[],
  candidates: VerseCandidates,
  blankShare: number,
): BookUnit[] {
  if (candidates.count < 2) return units
  const touchingMeansStanza = blankShare >= BLANK_SEPARATED_SHARE
  const metres = createMetreCache(units)
  // A unit's verse shape where it may join a run (a one-line paragraph), else -1.
  const shapeAt = (at: number) =>
    units[at]!.type === 'paragraph' && candidates.indent[at]! >= 0 ? metres(at) : -1
  let out: BookUnit[] | null = null
  let copied = 0
  for (let i = 0; i < units.length; i++) {
    if (candidates.indent[i]! < 0) continue
    const end = verseRunEnd(units, candidates, metres, shapeAt, i, touchingMeansStanza)
    if (end - i < 2) continue
    out ??= []
    for (let k = copied; k < i; k++) out.push(units[k]!)
    const lines: string[] = []
    for (let k = i; k < end; k++) lines.push(units[k]!.text)
    out.push({ type: 'verse', text: lines.join('\n') })
    copied = end
    i = end - 1
  }
  if (!out) return units
  for (let k = copied; k < units.length; k++) out.push(units[k]!)
  return out
}

/** Bits under the metre in a verse shape. */
const PUNCTUATED = 1
const SINGLE = 2
const COMMA_END = 4
const SHAPE_BITS = 3

/**
 * A line's Chinese verse shape as one number: -1 for none, else the metre shifted by SHAPE_BITS
 * with the PUNCTUATED, SINGLE and COMMA_END bits.
 */
export function chineseVerseShape(text: string): number {
  const line = chineseVerseLine(text)
  return line
    ? (line.metre << SHAPE_BITS) |
        (line.punctuated ? PUNCTUATED : 0) |
        (line.single ? SINGLE : 0) |
        (line.commaEnd ? COMMA_END : 0)
    : -1
}

/** The shape of each unit, worked out once (a line that ends one run is the next one's start). */
function createMetreCache(units: readonly BookUnit[]): (at: number) => number {
  const known = new Int8Array(units.length)
  return (at) => {
    if (known[at] === 0) known[at] = chineseVerseShape(units[at]!.text)
    return known[at]!
  }
}

/**
 * The end (exclusive) of a run of Chinese verse lines from `start`, `start + 1` when there is
 * none. `shapeAt` gives a line's chineseVerseShape, -1 where a line may not belong to a run;
 * `count` is how many lines there are.
 */
export function chineseVerseRunEnd(
  shapeAt: (at: number) => number,
  count: number,
  start: number,
): number {
  const shape = shapeAt(start)
  if (shape < 0 || start + 1 >= count) return start + 1
  let end = start + 1
  if (shape & SINGLE) {
    let commas = shape & COMMA_END ? 1 : 0
    for (; end < count; end++) {
      const line = shapeAt(end)
      if (line < 0 || (line & ~COMMA_END) !== (shape & ~COMMA_END)) break
      if (line & COMMA_END) commas++
    }
    // A couplet's first line ends on a comma; one-sentence prose paragraphs end on full stops.
    if (end - start >= 2 && commas > 0 && (shapeAt(end - 1) & COMMA_END) === 0) return end
    return end - start >= MIN_SINGLE_CLAUSE_RUN ? end : start + 1
  }
  let punctuated = (shape & PUNCTUATED) !== 0
  for (; end < count; end++) {
    const line = shapeAt(end)
    if (line < 0 || line & SINGLE || line >> SHAPE_BITS !== shape >> SHAPE_BITS) break
    punctuated ||= (line & PUNCTUATED) !== 0
  }
  // Lines with no mark inside are verse only in a longer run of one length.
  if (end - start < 2) return start + 1
  return punctuated || end - start >= MIN_UNPUNCTUATED_RUN ? end : start + 1
}

/** The end (exclusive) of the verse run starting at `start`: `start + 1` or less when there is none. */
function verseRunEnd(
  units: readonly BookUnit[],
  candidates: VerseCandidates,
  metres: (at: number) => number,
  shapeAt: (at: number) => number,
  start: number,
  touchingMeansStanza: boolean,
): number {
  const first = units[start]!
  const indent = candidates.indent[start]!
  if (indent < 0 || first.type !== 'paragraph') return start + 1
  // A run needs a second candidate line right after the first: most prose stops here.
  const second = start + 1
  if (second >= units.length || candidates.indent[second]! < 0) return start + 1
  if (units[second]!.type !== 'paragraph') return start + 1
  if (metres(start) > 0) return chineseVerseRunEnd(shapeAt, units.length, start)
  if (!touchingMeansStanza || !isLatinVerseLine(first.text, indent)) return start + 1
  let end = start + 1
  let shortest = first.text.length
  let longest = first.text.length
  while (end < units.length) {
    const u = units[end]!
    const nextIndent = candidates.indent[end]!
    if (u.type !== 'paragraph' || nextIndent < 0 || candidates.blankBefore[end]) break
    if (!isLatinVerseLine(u.text, nextIndent)) break
    shortest = Math.min(shortest, u.text.length)
    longest = Math.max(longest, u.text.length)
    end++
  }
  return shortest >= longest * LATIN_LENGTH_SPREAD ? end : start + 1
}
