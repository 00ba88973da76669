import { isWhiteSpace } from './white-space'

/** The non-blank lines of a page, trimmed, with what their surroundings said about them. */
export interface PageLine {
  text: string
  /** Began with a full-width space or two ASCII spaces (a paragraph indent). */
  indented: boolean
  /** Blank lines between this line and the previous non-blank one (the start counts as many). */
  gapBefore: number
  /** Display width of the line as laid out, indent included: CJK and full-width forms count 2. */
  width: number
  /** Code points of the line as laid out, indent included. */
  length: number
  /** The line ended in a space, so whatever continues it starts a new word. */
  spaceAfter: boolean
  /** The line began with a single space (not an indent): it starts a new word of the line it continues. */
  spaceBefore: boolean
  /** A stanza of verse: lines of a poem joined by '\n', never run together with others. */
  verse?: boolean
}

/** East Asian wide and full-width ranges, by UTF-16 unit (planes 2 and 3 are handled as pairs). */
function isWideUnit(c: number): boolean {
  return (
    (c >= 0x1100 && c <= 0x115f) ||
    (c >= 0x2e80 && c <= 0x303e) ||
    (c >= 0x3041 && c <= 0x33ff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0xa000 && c <= 0xa4cf) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6)
  )
}

/** Display width: CJK and full-width forms count 2, everything else 1 per code point. */
export function displayWidth(text: string): number {
  let width = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1)
      if (low >= 0xdc00 && low <= 0xdfff) {
        const point = (c - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000
        width += point >= 0x20000 && point <= 0x3fffd ? 2 : 1
        i++
        continue
      }
    }
    width += isWideUnit(c) ? 2 : 1
  }
  return width
}

function codePointCount(text: string): number {
  let n = text.length
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n--
      i++
    }
  }
  return n
}

/** One scan by character codes per line: a 20 MB article collection has a million of them. */
export function toPageLines(lines: readonly string[]): PageLine[] {
  const out: PageLine[] = []
  let gap = 1
  for (const raw of lines) {
    let end = raw.length
    while (end > 0 && isWhiteSpace(raw.charCodeAt(end - 1))) end--
    if (end === 0) {
      gap++
      continue
    }
    let start = 0
    while (isWhiteSpace(raw.charCodeAt(start))) start++
    const laidOut = raw.slice(0, end)
    let last = raw.length
    while (last > 0 && (raw.charCodeAt(last - 1) === 0x0a || raw.charCodeAt(last - 1) === 0x0d))
      last--
    const first = raw.charCodeAt(0)
    const second = raw.charCodeAt(1)
    const isBlank = (c: number) => c === 0x20 || c === 0x09
    out.push({
      text: raw.slice(start, end),
      indented: first === 0x3000 || (isBlank(first) && isBlank(second)),
      gapBefore: gap,
      // Only short lines can be hard-wrapped ones; a rough width spares a long line the walk.
      width: laidOut.length <= 400 ? displayWidth(laidOut) : laidOut.length * 2,
      length: laidOut.length <= 400 ? codePointCount(laidOut) : laidOut.length,
      spaceAfter:
        last > 0 && (raw.charCodeAt(last - 1) === 0x20 || raw.charCodeAt(last - 1) === 0x3000),
      spaceBefore: first === 0x20 && second !== 0x20,
    })
    gap = 0
  }
  return out
}
