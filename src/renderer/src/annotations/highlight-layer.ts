/**
 * Keeps the highlight sets (CSS Custom Highlight API) holding the annotations rendered on the page,
 * changing only what changed since the last update: while scrolling, ranges are added for the
 * annotations that came into the rendered blocks and removed for those that left, and the
 * others are kept. Rebuilding every range on every frame made thousands of live Ranges that
 * Chromium updates on each DOM removal, which took most of the scrolling time with 10,000 highlights.
 */

/** What the layer needs of a highlight set: a `Highlight` is one. */
export interface RangeSet {
  add(range: AbstractRange): unknown
  delete(range: AbstractRange): unknown
  clear(): void
}

export interface PaintItem {
  id: string
  start: number
  end: number
  /** The highlight set it goes in (colour and style). */
  name: string
}

/** A range over the rendered text of [start, end); `whole` false when only part of it is rendered. */
export type RenderedRange = { range: AbstractRange; whole: boolean }

interface Painted extends PaintItem {
  range: AbstractRange
  whole: boolean
}

/** Still over the page's text: its nodes are in the document (a block scrolled away takes them out). */
function isLive(range: AbstractRange): boolean {
  return range.startContainer.isConnected && range.endContainer.isConnected
}

export function createHighlightLayer(sets: ReadonlyMap<string, RangeSet>, activeSet: RangeSet) {
  const painted = new Map<string, Painted>()
  let active: AbstractRange | null = null

  const unpaint = (id: string) => {
    const old = painted.get(id)
    if (!old) return
    sets.get(old.name)?.delete(old.range)
    painted.delete(id)
  }

  return {
    /**
     * Paints the items among `near` (sorted by start) that are rendered. `view` is the text on
     * screen: walking out from it, the first item not rendered on each side ends the walk, so
     * items near the screen but outside the rendered blocks cost one look each side, not one each.
     */
    update(
      near: readonly PaintItem[],
      view: { start: number; end: number },
      rangeFor: (start: number, end: number) => RenderedRange | null,
      activeId: string | null,
    ): void {
      const wanted = new Set<string>()
      const paint = (item: PaintItem): boolean => {
        const old = painted.get(item.id)
        if (
          old &&
          old.whole &&
          old.start === item.start &&
          old.end === item.end &&
          old.name === item.name &&
          isLive(old.range)
        ) {
          wanted.add(item.id)
          return true
        }
        unpaint(item.id)
        const rendered = rangeFor(item.start, item.end)
        if (!rendered) return false
        sets.get(item.name)?.add(rendered.range)
        painted.set(item.id, { ...item, ...rendered })
        wanted.add(item.id)
        return true
      }
      let pivot = 0
      while (pivot < near.length && near[pivot]!.end <= view.start) pivot++
      for (let i = pivot; i < near.length; i++) {
        if (!paint(near[i]!) && near[i]!.start >= view.end) break
      }
      for (let i = pivot - 1; i >= 0; i--) {
        if (!paint(near[i]!) && near[i]!.end <= view.start) break
      }
      for (const id of [...painted.keys()]) if (!wanted.has(id)) unpaint(id)

      const activeRange = (activeId !== null && painted.get(activeId)?.range) || null
      if (activeRange !== active) {
        activeSet.clear()
        if (activeRange) activeSet.add(activeRange)
        active = activeRange
      }
    },

    /** Forgets every range (the sets are emptied). */
    clear(): void {
      for (const id of [...painted.keys()]) unpaint(id)
      activeSet.clear()
      active = null
    },

    /** How many annotations have a range now. */
    get size(): number {
      return painted.size
    },
  }
}
