/**
 * Numbers in vertical Chinese and Japanese text: one or two digits set across the column
 * (tate-chū-yoko: 6月23日), three or four (a year) stacked upright, longer runs and digits inside
 * Latin words (A02, COVID-19) left lying as Latin text does. Display only: the runs are wrapped,
 * never changed, so the rendered text still spells the block's text and offsets hold.
 */
import type { InlineNode } from './inline-markup'

/** Digit runs standing alone (not inside a Latin word or a decimal number). */
const DIGIT_RUN = /(?<![A-Za-z0-9.,:-])[0-9]{1,4}(?![A-Za-z0-9.,:])/g

/** `nodes` with their digit runs wrapped, or null when there are none (the block renders as it was). */
export function uprightDigits(nodes: readonly InlineNode[]): InlineNode[] | null {
  let changed = false
  const walk = (list: readonly InlineNode[]): InlineNode[] =>
    list.flatMap((node): InlineNode[] => {
      if (typeof node !== 'string') {
        // Code and links' own text read as Latin text does.
        if (node.tag === 'code' || node.tag === 'a') return [node]
        return [{ ...node, children: walk(node.children) }]
      }
      if (!/[0-9]/.test(node)) return [node]
      const out: InlineNode[] = []
      let last = 0
      for (const match of node.matchAll(DIGIT_RUN)) {
        const at = match.index
        if (at > last) out.push(node.slice(last, at))
        out.push({ tag: match[0].length <= 2 ? 'tcy' : 'upright', children: [match[0]] })
        last = at + match[0].length
        changed = true
      }
      if (last < node.length) out.push(node.slice(last))
      return out
    })
  const result = walk(nodes)
  return changed ? result : null
}
