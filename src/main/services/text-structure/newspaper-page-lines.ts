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
}

const EDGE_SPACE = /^[\s\u3000]+|[\s\u3000]+$/gu
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u

export function displayWidth(text: string): number {
  let width = 0
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1
  return width
}

export function toPageLines(lines: readonly string[]): PageLine[] {
  const out: PageLine[] = []
  let gap = 1
  for (const raw of lines) {
    const text = raw.replace(EDGE_SPACE, '')
    if (text === '') {
      gap++
      continue
    }
    const laidOut = raw.replace(/[\s\u3000]+$/u, '')
    out.push({
      text,
      indented: /^(?:\u3000|[ \t]{2,})/u.test(raw),
      gapBefore: gap,
      // Only short lines can be hard-wrapped ones; a rough width spares a long line the walk.
      width: laidOut.length <= 400 ? displayWidth(laidOut) : laidOut.length * 2,
      length: laidOut.length <= 400 ? [...laidOut].length : laidOut.length,
      spaceAfter: /[ \u3000]$/u.test(raw.replace(/[\r\n]+$/u, '')),
      spaceBefore: /^ (?! )/u.test(raw),
    })
    gap = 0
  }
  return out
}
