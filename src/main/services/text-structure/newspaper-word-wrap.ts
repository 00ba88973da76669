/**
 * Alphabetic text set in narrow columns is word-wrapped to a ragged right edge: each line stops
 * where the next word would not fit. This finds that width and says which lines run on.
 */
import {
  isAlphabeticLine,
  isExportLine,
  isPageDate,
  isPageMarker,
  isPageNumber,
} from './newspaper-line-kinds'
import type { PageLine } from './newspaper-page-lines'

/** Word-wrapped columns are at least this wide, and at most this. */
const MIN_WORD_WRAP = 16
const MAX_WORD_WRAP = 120
/** Share of lines followed by another whose next word would not have fitted, for a ragged column. */
const WORD_WRAP_SHARE = 0.6

function firstWordLength(text: string): number {
  const space = text.indexOf(' ')
  return space < 0 ? text.length : space
}

/**
 * The width alphabetic text was word-wrapped at (a ragged right edge: each line stops where the
 * next word would not fit), or null where lines are not wrapped that way.
 */
export function wordWrapWidth(lines: readonly PageLine[]): number | null {
  const pairs: number[] = []
  for (let i = 0; i + 1 < lines.length; i++) {
    const next = lines[i + 1]!
    if (next.gapBefore !== 0 || next.indented) continue
    if (isAlphabeticLine(lines[i]!.text) && isAlphabeticLine(next.text)) pairs.push(i)
  }
  if (pairs.length < 4) return null
  const lengths = pairs.map((i) => lines[i]!.length).sort((a, b) => a - b)
  const width = lengths[Math.floor((lengths.length - 1) * 0.95)]!
  if (width < MIN_WORD_WRAP || width > MAX_WORD_WRAP) return null
  let full = 0
  for (const i of pairs) {
    const length = lines[i]!.length
    if (length <= width + 1 && length + 1 + firstWordLength(lines[i + 1]!.text) > width) full++
  }
  return full >= pairs.length * WORD_WRAP_SHARE ? width : null
}

/** A word-wrapped line runs on when the next line's first word would not have fitted on it. */
export function wordWrapRunsOn(line: PageLine, next: PageLine, width: number): boolean {
  if (line.length > width + 1 || line.length + 1 + firstWordLength(next.text) <= width) return false
  if (isExportLine(next.text) || isPageMarker(next.text) || isPageDate(next.text)) return false
  return !(isPageMarker(line.text) || isPageDate(line.text) || isPageNumber(line.text))
}

/** Between two pieces of a word-wrapped line: the space the wrapper took, or nothing after a hyphen. */
export function wordSeam(previous: string): string {
  return /\p{L}-$/u.test(previous) ? '' : ' '
}
