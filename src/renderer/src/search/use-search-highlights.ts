import { useEffect } from 'react'
import type { ParsedDocument } from '../../../shared/document-model'
import type { ReaderNavigation, VisibleRange } from '../reader/reader-navigation'
import { firstMatchFrom } from './find-matches'
import type { SearchResult } from './use-document-search'

const ALL = 'margin-search'
const CURRENT = 'margin-search-current'
/** Blocks either side of the visible ones that may be rendered (the reader's overscan). */
const MARGIN_BLOCKS = 8
/** A screen holds far fewer; this only bounds the work for a query like "的" on a dense page. */
const MAX_RANGES = 3000

/** Highlights the matches in the rendered text with the CSS Custom Highlight API (no DOM changes, so virtualizing is unaffected). */
export function useSearchHighlights(
  navigation: ReaderNavigation,
  doc: ParsedDocument | null,
  visible: VisibleRange | null,
  result: SearchResult | null,
  current: number,
): void {
  useEffect(() => {
    const registry = typeof CSS !== 'undefined' ? CSS.highlights : undefined
    if (!registry || !doc || !result || !visible || result.starts.length === 0) return
    const blocks = doc.blocks
    const first = blocks[Math.max(0, visible.firstIndex - MARGIN_BLOCKS)]
    const last = blocks[Math.min(blocks.length - 1, visible.lastIndex + MARGIN_BLOCKS)]
    if (!first || !last) return
    const end = last.start + last.text.length
    const all = new Highlight()
    const now = new Highlight()
    let made = 0
    for (
      let i = firstMatchFrom(result.starts, first.start);
      i < result.starts.length && made < MAX_RANGES;
      i++
    ) {
      const start = result.starts[i]!
      if (start >= end) break
      const range = navigation.rangeForText(start, start + result.length)
      if (!range) continue
      made++
      ;(i === current ? now : all).add(range)
    }
    registry.set(ALL, all)
    registry.set(CURRENT, now)
    return () => {
      registry.delete(ALL)
      registry.delete(CURRENT)
    }
  }, [navigation, doc, visible, result, current])
}
