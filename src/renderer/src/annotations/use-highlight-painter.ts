import { useEffect, useMemo } from 'react'
import { HIGHLIGHT_COLORS, type AnnotationRecord } from '../db/schema'
import type { ReaderNavigation, VisibleRange } from '../reader/reader-navigation'
import { overlapping, type PlacedAnnotation } from './anchored-annotations'

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
 * annotations near the screen get Ranges, so ten thousand cost what the visible ones cost.
 */
export function useHighlightPainter(
  navigation: ReaderNavigation,
  visible: VisibleRange | null,
  sorted: readonly PlacedAnnotation[],
  activeId: string | null,
): void {
  const highlights = useMemo(() => {
    if (!highlightRegistry()) return null
    return new Map(
      NAMES.map((name) => {
        const highlight = new Highlight()
        highlight.priority = name === ACTIVE_HIGHLIGHT ? 2 : name.includes('underline') ? 1 : 0
        return [name, highlight] as const
      }),
    )
  }, [])

  useEffect(() => {
    const registry = highlightRegistry()
    if (!registry || !highlights) return
    for (const [name, highlight] of highlights) {
      registry.set(name, highlight)
    }
    return () => {
      for (const name of highlights.keys()) registry.delete(name)
    }
  }, [highlights])

  const longest = useMemo(
    () => sorted.reduce((max, p) => Math.max(max, p.anchor!.end - p.anchor!.start), 0),
    [sorted],
  )

  useEffect(() => {
    if (!highlights) return
    const paint = () => {
      for (const highlight of highlights.values()) highlight.clear()
      if (!visible) return
      const near = overlapping(
        sorted,
        visible.startOffset - PAINT_MARGIN,
        visible.endOffset + PAINT_MARGIN,
        longest,
      )
      for (const { record, anchor } of near) {
        const range = navigation.rangeForText(anchor!.start, anchor!.end)
        if (!range) continue
        highlights.get(highlightName(record))?.add(range)
        if (record.id === activeId) highlights.get(ACTIVE_HIGHLIGHT)?.add(range.cloneRange())
      }
    }
    // After the frame in which the virtualizer put the new blocks in.
    const frame = requestAnimationFrame(paint)
    return () => cancelAnimationFrame(frame)
  }, [highlights, navigation, visible, sorted, longest, activeId])
}
