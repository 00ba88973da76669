/**
 * Text copied or scraped from web pages keeps some of the page: `&nbsp;&nbsp;&nbsp;&nbsp;`
 * indents, `<br />` line ends, `&ldquo;` quotes. Where a text is full of them they are the
 * page's markup, not the author's words: entities become their characters, `<br>` and `<p>` line
 * breaks. A text that only mentions a tag or two keeps them as written.
 */
const HEAD_CHARS = 20_000
const MIN_LEFTOVERS = 3
const LEFTOVER = /&nbsp;|&#(?:x[0-9a-f]{1,6}|[0-9]{1,7});|<br\s*\/?>|<\/?p>/gi
const ENTITY = /&(?:#x([0-9a-f]{1,6})|#([0-9]{1,7})|([a-z]{2,8}));/gi
const NAMED: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  middot: '·',
  bull: '•',
  emsp: '\u3000',
  ensp: ' ',
  ideographicspace: '\u3000',
}

export function hasWebLeftovers(text: string): boolean {
  const head = text.length > HEAD_CHARS ? text.slice(0, HEAD_CHARS) : text
  if (head.indexOf('&') < 0 && head.indexOf('<') < 0) return false
  let count = 0
  for (LEFTOVER.lastIndex = 0; LEFTOVER.exec(head) !== null && count < MIN_LEFTOVERS;) count++
  return count >= MIN_LEFTOVERS
}

/** The text with a web page's entities and line-break tags turned back into characters and lines. */
export function removeWebLeftovers(text: string): string {
  return text
    .replace(/<br\s*\/?>[ \t]*(\r?\n)?/gi, '\n')
    .replace(/<\/?p>[ \t]*(\r?\n)?/gi, '\n')
    .replace(ENTITY, (whole, hex?: string, dec?: string, name?: string) => {
      if (name !== undefined) return NAMED[name.toLowerCase()] ?? whole
      const code = hex !== undefined ? parseInt(hex, 16) : Number(dec)
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
        ? String.fromCodePoint(code)
        : whole
    })
}
