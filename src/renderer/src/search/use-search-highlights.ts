import { useCallback, useEffect, useMemo } from 'react'
import type { ParsedDocument } from '../../../shared/document-model'
import { createHighlightLayer, type PaintItem } from '../annotations/highlight-layer'
import type { ReaderNavigation, VisibleRange } from '../reader/reader-navigation'
import { renderedRange } from '../reader/rendered-range'
import { firstMatchFrom } from './find-matches'
import type { SearchResult } from './use-document-search'

const ALL = 'margin-search'
const CURRENT = 'margin-search-current'
/** Blocks either side of the visible ones that may be rendered (the reader's overscan). */
const MARGIN_BLOCKS = 8
/** A screen holds far fewer; this only bounds the work for a query like "的" on a dense page. */
const MAX_RANGES = 3000

/**
 * The matches in [first block's start, last block's end) of the blocks around the screen, as
 * items for the highlight layer: the current match goes in its own set. Ids are match offsets,
 * so a match that stays rendered keeps its range from one update to the next.
 */
export function searchPaintItems(
  starts: Int32Array,
  length: number,
  current: number,
  from: number,
  to: number,
): PaintItem[] {
  const items: PaintItem[] = []
  for (let i = firstMatchFrom(starts, from); i < starts.length && items.length < MAX_RANGES; i++) {
    const start = starts[i]!
    if (start >= to) break
    items.push({
      id: String(start),
      start,
      end: start + length,
      name: i === current ? CURRENT : ALL,
    })
  }
  return items
}

/**
 * Highlights the matches in the rendered text with the CSS Custom Highlight API (no DOM changes,
 * so virtualizing is unaffected). While scrolling only the matches entering or leaving the
 * rendered blocks get or lose a range (annotations/highlight-layer.ts), as static ranges.
 */
export function useSearchHighlights(
  navigation: ReaderNavigation,
  doc: ParsedDocument | null,
  visible: VisibleRange | null,
  result: SearchResult | null,
  current: number,
): void {
  const layer = useMemo(() => {
    if (typeof CSS === 'undefined' || !CSS.highlights || typeof Highlight === 'undefined') {
      return null
    }
    const sets = new Map([
      [ALL, new Highlight()],
      [CURRENT, new Highlight()],
    ])
    // The current match is an item of its own set; the layer's "active" set is not used.
    return { sets, paint: createHighlightLayer(sets, new Set<AbstractRange>()) }
  }, [])

  // Registered only while there are matches to show: closing search leaves no highlight behind.
  const hide = useCallback(() => {
    if (!layer) return
    layer.paint.clear()
    for (const name of layer.sets.keys()) CSS.highlights.delete(name)
  }, [layer])
  useEffect(() => hide, [hide])

  useEffect(() => {
    if (!layer) return
    if (!doc || !result || !visible || result.starts.length === 0) return hide()
    const blocks = doc.blocks
    const first = blocks[Math.max(0, visible.firstIndex - MARGIN_BLOCKS)]
    const last = blocks[Math.min(blocks.length - 1, visible.lastIndex + MARGIN_BLOCKS)]
    if (!first || !last) return hide()
    for (const [name, highlight] of layer.sets) {
      if (CSS.highlights.get(name) !== highlight) CSS.highlights.set(name, highlight)
    }
    const items = searchPaintItems(
      result.starts,
      result.length,
      current,
      first.start,
      last.start + last.text.length,
    )
    layer.paint.update(
      items,
      { start: visible.startOffset, end: visible.endOffset },
      (start, end) => renderedRange(navigation, start, end),
      null,
    )
  }, [layer, hide, navigation, doc, visible, result, current])
}
