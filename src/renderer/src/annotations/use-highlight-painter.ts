import { useEffect, useMemo } from 'react'
import { HIGHLIGHT_COLORS, type AnnotationRecord } from '../db/schema'
import type { ReaderNavigation, VisibleRange } from '../reader/reader-navigation'
import { renderedRange } from '../reader/rendered-range'
import { overlapping, type PlacedAnnotation } from './anchored-annotations'
import { createHighlightLayer } from './highlight-layer'

/** Characters either side of the screen painted ahead, for the blocks rendered beyond it. */
const PAINT_MARGIN = 6000

export function highlightName(record: Pick<AnnotationRecord, 'color' | 'style'>): string {
  return record.style === 'underline'
    ? `margin-underline-${record.color}`
    : `margin-${record.color}`
}
export const ACTIVE_HIGHLIGHT = 'margin-active'

const NAMES = [
  ...HIGHLIGHT_COLORS.flatMap((c) => [`margin-${c}`, `margin-underline-${c}`]),
  ACTIVE_HIGHLIGHT,
]

function highlightRegistry(): HighlightRegistry | null {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined'
    ? CSS.highlights
    : null
}

/**
 * Paints anchored annotations over the rendered text with the CSS Custom Highlight API: one
 * Highlight per colour and style, holding Ranges; the page's DOM is never touched. Only the
 * annotations in the rendered blocks get Ranges, kept while they stay rendered (see
 * highlight-layer.ts), so ten thousand cost what the visible ones cost.
 */
export function useHighlightPainter(
  navigation: ReaderNavigation,
  visible: VisibleRange | null,
  sorted: readonly PlacedAnnotation[],
  activeId: string | null,
): void {
  const layer = useMemo(() => {
    const registry = highlightRegistry()
    if (!registry) return null
    const sets = new Map(
      NAMES.map((name) => {
        const highlight = new Highlight()
        highlight.priority = name === ACTIVE_HIGHLIGHT ? 2 : name.includes('underline') ? 1 : 0
        return [name, highlight] as const
      }),
    )
    return { sets, paint: createHighlightLayer(sets, sets.get(ACTIVE_HIGHLIGHT)!) }
  }, [])

  useEffect(() => {
    const registry = highlightRegistry()
    if (!registry || !layer) return
    for (const [name, highlight] of layer.sets) registry.set(name, highlight)
    return () => {
      for (const name of layer.sets.keys()) registry.delete(name)
      layer.paint.clear()
    }
  }, [layer])

  const longest = useMemo(
    () => sorted.reduce((max, p) => Math.max(max, p.anchor!.end - p.anchor!.start), 0),
    [sorted],
  )

  useEffect(() => {
    if (!layer) return
    const paint = () => {
      if (!visible) return layer.paint.clear()
      const near = overlapping(
        sorted,
        visible.startOffset - PAINT_MARGIN,
        visible.endOffset + PAINT_MARGIN,
        longest,
      ).map(({ record, anchor }) => ({
        id: record.id,
        start: anchor!.start,
        end: anchor!.end,
        name: highlightName(record),
      }))
      layer.paint.update(
        near,
        { start: visible.startOffset, end: visible.endOffset },
        (start, end) => renderedRange(navigation, start, end),
        activeId,
      )
    }
    // After the frame in which the virtualizer put the new blocks in.
    const frame = requestAnimationFrame(paint)
    return () => cancelAnimationFrame(frame)
  }, [layer, navigation, visible, sorted, longest, activeId])
}
