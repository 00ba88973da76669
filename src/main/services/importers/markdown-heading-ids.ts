import type MarkdownIt from 'markdown-it'
import type { StateCore } from 'markdown-it'

/**
 * Pandoc, kramdown, Hugo and MkDocs write a heading's id after it: `## Install {#setup .unnumbered}`.
 * The braces are no part of the title; the id becomes the heading's, so `[see](#setup)` lands on it.
 */
const ATTRIBUTES =
  /\s*\{\s*((?:[#.][\w:.-]+|[\w-]+=(?:"[^"]*"|\S+))(?:\s+(?:[#.][\w:.-]+|[\w-]+=(?:"[^"]*"|\S+)))*)\s*\}\s*$/

export function headingIds(md: MarkdownIt): void {
  md.core.ruler.after('inline', 'heading-ids', (state: StateCore) => {
    state.tokens.forEach((token, i) => {
      if (token.type !== 'heading_open') return
      const last = state.tokens[i + 1]?.children?.at(-1)
      const match = last?.type === 'text' ? ATTRIBUTES.exec(last.content) : null
      if (!last || !match) return
      last.content = last.content.slice(0, match.index)
      const id = /(?:^|\s)#([\w:.-]+)/.exec(match[1]!)?.[1]
      if (id) token.attrSet('id', id)
    })
  })
}
