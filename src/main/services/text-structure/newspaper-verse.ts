import type { PageLine } from './newspaper-page-lines'
import { chineseVerseRunEnd, chineseVerseShape, MAX_VERSE_LINE } from './verse-lines'

/**
 * Poems on a page (a 副刊's verse, an anthology exported as articles): a run of touching lines of
 * one classical metre becomes one line holding the stanza, its lines joined by '\n' and marked
 * `verse`, so no wrap or cut rule runs its lines together and the page shows it as a stanza.
 * The same lines when there is no verse.
 */
export function groupPageVerse(lines: PageLine[]): PageLine[] {
  const shapes = new Int8Array(lines.length)
  const shapeAt = (at: number, start: number): number => {
    const line = lines[at]!
    if (at > start && line.gapBefore > 0) return -1
    if (shapes[at] === 0) {
      const c = line.text.charCodeAt(0)
      const han = c >= 0x3400 && c <= 0x9fff
      shapes[at] = han && line.text.length <= MAX_VERSE_LINE ? chineseVerseShape(line.text) : -1
    }
    return shapes[at]!
  }
  let out: PageLine[] | null = null
  let copied = 0
  for (let i = 0; i + 1 < lines.length; i++) {
    if (lines[i + 1]!.gapBefore > 0 || shapeAt(i, i) < 0) continue
    const end = chineseVerseRunEnd((at) => shapeAt(at, i), lines.length, i)
    if (end - i < 2) continue
    out ??= []
    for (let k = copied; k < i; k++) out.push(lines[k]!)
    const stanza = lines.slice(i, end)
    out.push({
      ...stanza[0]!,
      text: stanza.map((l) => l.text).join('\n'),
      spaceAfter: false,
      verse: true,
    })
    copied = end
    i = end - 1
  }
  if (!out) return lines
  for (let k = copied; k < lines.length; k++) out.push(lines[k]!)
  return out
}
