import { describe, expect, it } from 'vitest'
import {
  createHighlightLayer,
  type RangeSet,
} from '../../../../src/renderer/src/annotations/highlight-layer'
import { searchPaintItems } from '../../../../src/renderer/src/search/use-search-highlights'

/** Blocks of 100 characters at offsets 0, 100, 200…; `render` says which are in the DOM. */
function page() {
  const article = document.createElement('article')
  document.body.replaceChildren(article)
  const nodes = new Map<number, Text>()
  // Like the virtualizer: blocks still rendered keep their nodes, the others are removed.
  const render = (indexes: number[]) => {
    for (const [i, node] of nodes) {
      if (!indexes.includes(i)) {
        node.remove()
        nodes.delete(i)
      }
    }
    for (const i of indexes) {
      if (nodes.has(i)) continue
      const text = document.createTextNode('的'.repeat(100))
      article.append(text)
      nodes.set(i, text)
    }
  }
  const rangeFor = (start: number, end: number) => {
    const node = nodes.get(Math.floor(start / 100))
    if (!node) return null
    const range = new StaticRange({
      startContainer: node,
      startOffset: start % 100,
      endContainer: node,
      endOffset: Math.min(100, (start % 100) + end - start),
    })
    return { range, whole: true }
  }
  return { render, rangeFor }
}

describe('search highlights', () => {
  const starts = Int32Array.from([5, 50, 150, 250, 350, 450])

  it('lists the matches of the blocks around the screen, the current one in its own set', () => {
    const items = searchPaintItems(starts, 2, 2, 100, 300)
    expect(items).toEqual([
      { id: '150', start: 150, end: 152, name: 'margin-search-current' },
      { id: '250', start: 250, end: 252, name: 'margin-search' },
    ])
  })

  it('keeps the ranges of matches still rendered while scrolling and adds only the new ones', () => {
    const { render, rangeFor } = page()
    const all = new Set<AbstractRange>()
    const now = new Set<AbstractRange>()
    const sets = new Map<string, RangeSet>([
      ['margin-search', all],
      ['margin-search-current', now],
    ])
    const layer = createHighlightLayer(sets, new Set<AbstractRange>())
    const update = (first: number, last: number, current: number) => {
      render(Array.from({ length: last - first + 1 }, (_, k) => first + k))
      const items = searchPaintItems(starts, 2, current, first * 100, (last + 1) * 100)
      layer.update(items, { start: first * 100, end: (last + 1) * 100 }, rangeFor, null)
    }

    update(0, 2, 0)
    expect(now.size).toBe(1)
    expect(all.size).toBe(3)

    // Scroll on by one block: block 0 leaves (its two matches go), block 3 comes in.
    update(1, 3, 0)
    expect(now.size).toBe(0)
    expect([...all].map((r) => r.startOffset)).toEqual([50, 50, 50])
    expect(layer.size).toBe(3)

    // Same blocks again: the match at 150 keeps the very same range object.
    const at150 = [...all][0]!
    update(1, 3, 0)
    expect([...all]).toContain(at150)

    // The current match moves to 250: it changes set, the others stay.
    update(1, 3, 3)
    expect(now.size).toBe(1)
    expect([...now][0]!.startOffset).toBe(50)
    expect(all.size).toBe(2)
    expect([...all]).toContain(at150)

    layer.clear()
    expect(all.size + now.size).toBe(0)
  })
})
