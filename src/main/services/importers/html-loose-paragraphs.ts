/**
 * Paragraphs written as lines: web-novel pages and Aozora Bunko put a whole chapter in one `<div>`,
 * a paragraph per line (`<br />` and an indent of full-width or no-break spaces) or per blank line
 * (`<br /><br />`). Browsers show those as paragraphs, and so does the reader: such a block is cut
 * at its blank lines and before each indented line. Runs on the raw text and markup of a block
 * (line breaks still marked); null when it is one paragraph or when a cut would split an inline
 * element in two (a `<br>` inside `<em>`), where it stays whole.
 */
const INDENT = /^[ \t\r\n\f]*[\u3000\u00a0]/
/** Tags as html-to-blocks writes them; a reading's `<rt:…>` token stands alone. */
const TAG = /<(\/?)([a-z][a-z0-9]*)(?![a-z0-9:])[^>]*>/g

export interface RawLines {
  text: string
  html: string
}

export function looseParagraphs(text: string, html: string, lineBreak: string): RawLines[] | null {
  const textLines = text.split(lineBreak)
  const htmlLines = html.split(lineBreak)
  if (textLines.length < 2 || textLines.length !== htmlLines.length) return null
  const groups: number[][] = []
  let current: number[] = []
  textLines.forEach((line, i) => {
    const blank = line.trim() === ''
    if ((blank || INDENT.test(line)) && current.some((l) => textLines[l]!.trim() !== '')) {
      groups.push(current)
      current = []
    }
    if (!blank) current.push(i)
  })
  if (current.length > 0) groups.push(current)
  if (groups.length < 2) return null
  const pieces = groups.map((lines) => ({
    text: lines.map((l) => textLines[l]!).join(lineBreak),
    html: lines.map((l) => htmlLines[l]!).join(lineBreak),
  }))
  return pieces.every((p) => isBalanced(p.html)) ? pieces : null
}

function isBalanced(html: string): boolean {
  const open: string[] = []
  for (const [, closing, name] of html.matchAll(TAG)) {
    if (name === 'br') continue
    if (!closing) open.push(name!)
    else if (open.pop() !== name) return false
  }
  return open.length === 0
}
