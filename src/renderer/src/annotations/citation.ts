import type { Block, OutlineEntry } from '../../../shared/document-model'

/** The outline entry a text offset falls under (the last one starting at or before it). */
export function sectionAt(
  blocks: readonly Block[],
  outline: readonly OutlineEntry[],
  offset: number,
): string | null {
  const starts = new Map(blocks.map((b) => [b.id, b.start]))
  let best: { title: string; start: number } | null = null
  for (const entry of outline) {
    const start = starts.get(entry.blockId)
    if (start === undefined || start > offset) continue
    if (!best || start >= best.start) best = { title: entry.title, start }
  }
  return best?.title ?? null
}

export interface CitationSource {
  title: string
  author: string | null
  section: string | null
  /** 0..100 of the document's text. */
  percent: number
}

/** A passage with where it comes from: “quote” — Author, Title, Section, 42%. */
export function citeQuote(quote: string, source: CitationSource): string {
  const title = /[\u3400-\u9fff]/.test(source.title) ? `《${source.title}》` : source.title
  const parts = [source.author, title, source.section, `${Math.round(source.percent)}%`].filter(
    (p): p is string => Boolean(p),
  )
  return `“${quote.trim()}”\n— ${parts.join(', ')}`
}
