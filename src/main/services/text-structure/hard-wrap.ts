/**
 * Hard-wrapped text: lines cut at a fixed width (Project Gutenberg at ~72 columns, Chinese TXT at
 * ~80 columns counting a Hanzi as two) are fragments of paragraphs. This finds the width and says
 * which neighbouring lines belong to one paragraph, keeping real short lines (verse, lists) apart.
 */
import { isWhiteSpace } from './white-space'

export interface WrapProfile {
  /** The wrap width in columns (a Hanzi or full-width character counts two). */
  width: number
  /** The indent most lines have; a line indented deeper starts a paragraph. */
  baseIndent: number
  /** The wrap width around each line: files joined from differently wrapped parts vary. */
  localWidths: Uint16Array
  /** Paragraphs are set apart by blank lines, so only a clearly short line ends one early. */
  blankSeparated: boolean
  /** Paragraphs start with an indent (two full-width spaces in Chinese TXT), so an unindented line carries on. */
  indentMarked: boolean
  /** How the wrapper measured its lines; widths here are in that measure. */
  measure: WidthMeasure
}

/**
 * Columns (curly quotes and dashes narrow, as English wrappers count), bytes of a double-byte
 * encoding (only ASCII narrow: GBK and Big5 wrappers), or characters (every line 40 characters
 * whatever its quotes and digits), counted two to a character so all three share one scale.
 */
export type WidthMeasure = 'columns' | 'bytes' | 'characters'

/** Share of lines indented deeper than the rest above which indents mark paragraph starts. */
const INDENT_MARKED_SHARE = 0.03

/** Blank lines per text line above which blank lines are what separates paragraphs. */
const BLANK_SEPARATED_SHARE = 0.12
/** In blank-separated text a line this much shorter than the wrap width is verse or an address. */
const SHORT_LINE_SHARE = 0.6
const SENTENCE_END = /[。．｡！？.!?”」』"'：:]$/

/** Lines either side of a line that set its local wrap width. */
const LOCAL_WINDOW = 15

const SAMPLE_LINES = 20_000
const MIN_COUNTED_WIDTH = 10
const MAX_WRAP_WIDTH = 200

/** Display width in columns, as the tools that wrapped the text counted it. */
export function lineWidth(line: string): number {
  let width = 0
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i)
    // Curly quotes and dashes (U+2000–U+206F) are narrow in English text; Chinese wrappers vary.
    width += c < 0x1100 || (c >= 0x2000 && c <= 0x206f) ? 1 : 2
  }
  return width
}

function indentWidth(line: string): number {
  let width = 0
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i)
    if (c === 0x20) width += 1
    else if (c === 0x09) width += 4
    else if (c === 0x3000) width += 2
    else break
  }
  return width
}

/**
 * lineWidth(line.trimEnd()) without making the trimmed copy: this runs on every line of a book.
 * Counting stops past `cap`, for callers to whom every wider line is the same.
 */
function trimmedEndWidth(line: string, cap = Infinity, measure: WidthMeasure = 'columns'): number {
  let end = line.length
  while (end > 0 && isWhiteSpace(line.charCodeAt(end - 1))) end--
  if (measure === 'characters') return end * 2
  let width = 0
  if (measure === 'bytes') {
    for (let i = 0; i < end && width <= cap; i++) width += line.charCodeAt(i) < 0x80 ? 1 : 2
    return width
  }
  for (let i = 0; i < end && width <= cap; i++) {
    const c = line.charCodeAt(i)
    width += c < 0x1100 || (c >= 0x2000 && c <= 0x206f) ? 1 : 2
  }
  return width
}

/** line.trim() === '' without the copy. */
function isBlank(line: string): boolean {
  for (let i = 0; i < line.length; i++) if (!isWhiteSpace(line.charCodeAt(i))) return false
  return true
}

/** The wrap profile when most lines end near one width, null for a paragraph-per-line text. */
export function detectHardWrap(lines: readonly string[]): WrapProfile | null {
  const step = Math.max(1, Math.floor(lines.length / SAMPLE_LINES))
  const widths: number[] = []
  // The lines measured, for measuring them again another way only where that is needed.
  const sampled: number[] = []
  const indents: number[] = []
  let blank = 0
  for (let i = 0; i < lines.length; i += step) {
    const line = lines[i]!
    if (isBlank(line)) blank++
    if (line.length === 0 || line.length > MAX_WRAP_WIDTH * 4) {
      if (line.length > MAX_WRAP_WIDTH * 4) {
        widths.push(Infinity)
        sampled.push(i)
      }
      continue
    }
    // Any width past MAX_WRAP_WIDTH + 4 counts alike: a wrap width over the maximum, or a line over it.
    const width = trimmedEndWidth(line, MAX_WRAP_WIDTH + 4)
    if (width < MIN_COUNTED_WIDTH) continue
    widths.push(width)
    sampled.push(i)
    indents.push(indentWidth(line))
  }
  if (widths.length < 20) return null
  // Lines too long to be wrapped in columns are longer still counted in bytes or characters.
  const width = nthSmallest(widths, Math.floor(widths.length * 0.97))
  if (!Number.isFinite(width) || width > MAX_WRAP_WIDTH) return null
  const profile = wrapProfile(lines, widths, indents, blank, 'columns')
  // Indents or blank lines mark the paragraphs there, and the width only confirms them.
  if (profile && (profile.indentMarked || profile.blankSeparated)) return profile
  const remeasure = (measure: WidthMeasure) =>
    sampled.map((i) =>
      lines[i]!.length > MAX_WRAP_WIDTH * 4
        ? Infinity
        : Math.min(trimmedEndWidth(lines[i]!, MAX_WRAP_WIDTH + 4, measure), MAX_WRAP_WIDTH + 5),
    )
  const byteWidths = remeasure('bytes')
  const characterWidths = remeasure('characters')
  const measure = wrapMeasure(widths, byteWidths, characterWidths)
  if (measure === 'columns') return profile
  const measured = measure === 'bytes' ? byteWidths : characterWidths
  return wrapProfile(lines, measured, indents, blank, measure)
}

function wrapProfile(
  lines: readonly string[],
  widths: readonly number[],
  indents: readonly number[],
  blank: number,
  measure: WidthMeasure,
): WrapProfile | null {
  const width = nthSmallest(widths, Math.floor(widths.length * 0.97))
  if (!Number.isFinite(width) || width > MAX_WRAP_WIDTH || width < 30) return null
  let nearFull = 0
  let over = 0
  for (const w of widths) {
    if (w >= width * 0.75 && w <= width + 2) nearFull++
    else if (w > width + 4) over++
  }
  if (nearFull < widths.length * 0.5 || over > widths.length * 0.03) return null
  const baseIndent = mostCommon(indents)
  const indented = indents.filter((n) => n > baseIndent).length
  return {
    width,
    baseIndent,
    indentMarked:
      indented >= indents.length * INDENT_MARKED_SHARE && indented <= indents.length * 0.6,
    localWidths: localWidths(lines, width, measure),
    blankSeparated: blank > widths.length * BLANK_SEPARATED_SHARE,
    measure,
  }
}

/** More lines share one exact width than this, and that width is what the wrapper kept. */
const EXACT_SHARE_LEAD = 0.1

/**
 * How the wrapper measured: the measure in which many more lines have exactly the most common
 * width (quotes, digits and Latin letters make the other measures of a wrapped line vary).
 */
function wrapMeasure(
  widths: readonly number[],
  byteWidths: readonly number[],
  characterWidths: readonly number[],
): WidthMeasure {
  // A wrapper that will not split a Hanzi leaves a line one byte short: count the width below too.
  const exact = (values: readonly number[]) => {
    const counts = new Int32Array(MAX_WRAP_WIDTH + 6)
    for (const v of values) if (v < counts.length) counts[v]!++
    let best = 0
    for (let w = 1; w < counts.length; w++) best = Math.max(best, counts[w]! + counts[w - 1]!)
    return best / values.length
  }
  const columns = exact(widths)
  const bytes = exact(byteWidths)
  const characters = exact(characterWidths)
  if (Math.max(bytes, characters) <= columns + EXACT_SHARE_LEAD) return 'columns'
  return characters > bytes ? 'characters' : 'bytes'
}

/**
 * The value at `rank` in ascending order, by counting: widths are whole columns (lines over
 * MAX_WRAP_WIDTH * 4 characters count as Infinity), and sorting 20,000 of them cost more than the rest.
 */
function nthSmallest(widths: readonly number[], rank: number): number {
  const counts = new Int32Array(MAX_WRAP_WIDTH * 8 + 1)
  for (const w of widths) if (w < counts.length) counts[w]!++
  let seen = 0
  for (let w = 0; w < counts.length; w++) {
    seen += counts[w]!
    if (seen > rank) return w
  }
  // Past the counted widths only the overlong lines are left.
  return Infinity
}

/** Second widest line within the window (one overlong line does not set the width). */
function localWidths(
  lines: readonly string[],
  globalWidth: number,
  measure: WidthMeasure,
): Uint16Array {
  const widths = new Uint16Array(lines.length)
  for (let i = 0; i < lines.length; i++) {
    widths[i] =
      lines[i]!.length > MAX_WRAP_WIDTH * 4
        ? 0
        : Math.min(trimmedEndWidth(lines[i]!, Infinity, measure), 0xffff)
  }
  const local = new Uint16Array(lines.length)
  for (let i = 0; i < lines.length; i++) {
    let first = 0
    let second = 0
    const end = Math.min(lines.length, i + LOCAL_WINDOW + 1)
    for (let j = Math.max(0, i - LOCAL_WINDOW); j < end; j++) {
      const w = widths[j]!
      if (w > first) [first, second] = [w, first]
      else if (w > second) second = w
    }
    local[i] = second >= MIN_COUNTED_WIDTH * 2 ? second : globalWidth
  }
  return local
}

function mostCommon(values: readonly number[]): number {
  const counts = new Map<number, number>()
  let best = 0
  let bestCount = 0
  for (const v of values) {
    const n = (counts.get(v) ?? 0) + 1
    counts.set(v, n)
    if (n > bestCount) [best, bestCount] = [v, n]
  }
  return best
}

function isWide(code: number): boolean {
  return code >= 0x2e80
}

/** Width of what would have had to fit on the line for the wrapper to keep it there. */
function firstWordWidth(line: string): number {
  const text = line.trimStart()
  if (text.length === 0) return 0
  if (isWide(text.charCodeAt(0))) return 2
  const space = text.search(/\s/)
  return lineWidth(space < 0 ? text : text.slice(0, space))
}

/** Whether line `nextAt` carries on the paragraph line `at` belongs to (both non-blank, neither a heading). */
export function continuesParagraph(
  profile: WrapProfile,
  lines: readonly string[],
  at: number,
  nextAt = at + 1,
): boolean {
  const line = lines[at]!
  const next = lines[nextAt]!
  // Across a blank line only where indents, not blank lines, mark paragraphs.
  if (nextAt > at + 1 && (!profile.indentMarked || profile.blankSeparated)) return false
  const nextIndent = indentWidth(next)
  if (nextIndent > profile.baseIndent) {
    // A quoted passage indented as a whole: full lines at one indent still run on.
    const nearlyFull =
      trimmedEndWidth(line, Infinity, profile.measure) >= profile.localWidths[at]! * 0.8
    if (!(nearlyFull && nextIndent === indentWidth(line) && nextAt === at + 1)) return false
  }
  if (/^\s*(?:[-*•·]\s|\d{1,3}[.)]\s|[（(]?[一二三四五六七八九十]{1,3}[、）)])/.test(next))
    return false
  const width = trimmedEndWidth(line, Infinity, profile.measure)
  const wide = profile.measure === 'characters' || isWide(next.trimStart().charCodeAt(0))
  const needed = wide ? 2 : 1 + firstWordWidth(next)
  // Chinese wrappers move closing punctuation and count curly quotes differently: allow two Hanzi.
  const tolerance = wide || isWide(line.trimEnd().charCodeAt(line.trimEnd().length - 1)) ? 4 : 3
  const wrapWidth = profile.localWidths[at]!
  // Wrappers of Chinese TXT vary the width from line to line; the indent is the surer sign.
  if (profile.indentMarked && !profile.blankSeparated)
    return !(width < wrapWidth * SHORT_LINE_SHARE && SENTENCE_END.test(line.trimEnd()))
  if (profile.blankSeparated) return width + needed > wrapWidth * SHORT_LINE_SHARE
  // Counted bytes or characters leave a full line full; one a character or two short ends a paragraph if it ends a sentence.
  if (profile.measure !== 'columns')
    return (
      width + needed > wrapWidth || (width + 4 >= wrapWidth && !SENTENCE_END.test(line.trimEnd()))
    )
  return width + needed > wrapWidth - tolerance
}

/**
 * What goes between two fragments of a paragraph: nothing between Hanzi, nor after a hyphen or
 * dash, else a space. Takes the previous fragment, not the paragraph so far: reading the end of a
 * growing joined string flattens it on every line, which made joining quadratic.
 */
export function fragmentSeparator(previous: string, tail: string): string {
  const last = previous.charCodeAt(previous.length - 1)
  const first = tail.charCodeAt(0)
  if (isWide(last) || isWide(first)) return ''
  if (last === 0x2d /* - */ && /[A-Za-z]-$/.test(previous) && /^[A-Za-z]/.test(tail)) return ''
  if (last === 0x2014 || first === 0x2014) return ''
  return ' '
}
