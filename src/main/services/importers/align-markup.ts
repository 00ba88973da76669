/**
 * Whitespace collapses differently in a block's markup than in its text where it meets a tag
 * (`和 <code> hier</code>` against `和 hier`), and the reader shows markup only when it spells the
 * text exactly. This re-spells the markup's characters after the text: spaces the text lacks go,
 * spaces it has are put back; null when the two differ in anything but whitespace.
 */
const TOKEN = /<[^>]*>|&#\d+;|[\s\S]/g

export function alignMarkup(markup: string, text: string): string | null {
  let out = ''
  let at = 0
  for (const [token] of markup.matchAll(TOKEN)) {
    if (token.startsWith('<') && token.length > 1) {
      out += token
      continue
    }
    const char = token.startsWith('&#') ? String.fromCharCode(Number(token.slice(2, -1))) : token
    while (char !== text[at] && /\s/.test(text[at] ?? '')) out += text[at++]
    if (char === text[at]) {
      out += token
      at++
    } else if (!/\s/.test(char)) return null
  }
  return at === text.length ? out : null
}
