import { describe, expect, it } from 'vitest'
import {
  createHighlightLayer,
  type PaintItem,
  type RangeSet,
} from '../../../../src/renderer/src/annotations/highlight-layer'

/** A page of blocks of 100 characters each; `rendered` says which block indexes are in the DOM. */
function page(rendered: Iterable<number>) {
  const page = document.createElement('article')
  document.body.replaceChildren(page)
  const nodes = new Map<number, Text>()
  const render = (indexes: Iterable<number>) => {
    page.replaceChildren()
    nodes.clear()
    for (const i of indexes) {
      const p = document.createElement('p')
      const text = document.createTextNode('字'.repeat(100))
      p.append(text)
      page.append(p)
      nodes.set(i, text)
    }
  }
  render(rendered)
  const asked: [number, number][] = []
  const rangeFor = (start: number, end: number) => {
    asked.push([start, end])
    const first = Math.floor(start / 100)
    const last = Math.floor(Math.max(start, end - 1) / 100)
    const shown = [...nodes.keys()].filter((i) => i >= first && i <= last).sort((a, b) => a - b)
    if (shown.length === 0) return null
    const from = shown[0]!
    const to = shown.at(-1)!
    // Static, as the painter keeps them: a live Range would move to the parent when its text is removed.
    const range = new StaticRange({
      startContainer: nodes.get(from)!,
      startOffset: Math.max(0, start - from * 100),
      endContainer: nodes.get(to)!,
      endOffset: Math.min(100, end - to * 100),
    })
    return { range, whole: from === first && to === last }
  }
  return { rangeFor, asked, render }
}

function sets(names: string[]) {
  const all = new Map(names.map((n) => [n, new Set<AbstractRange>()]))
  const asSets = all as unknown as Map<string, RangeSet>
  return { all, asSets }
}

const item = (id: string, start: number, end = start + 8, name = 'yellow'): PaintItem => ({
  id,
  start,
  end,
  name,
})

describe('createHighlightLayer', () => {
  it('paints the rendered annotations near the screen and stops at the first one off the page on each side', () => {
    const { all, asSets } = sets(['yellow', 'active'])
    const layer = createHighlightLayer(asSets, all.get('active') as unknown as RangeSet)
    const { rangeFor, asked } = page([4, 5, 6])
    // One annotation every 50 characters from block 0 to block 11; blocks 4–6 are rendered.
    const near = Array.from({ length: 24 }, (_, i) => item(`a${i}`, i * 50 + 10))
    layer.update(near, { start: 520, end: 610 }, rangeFor, null)
    expect(all.get('yellow')!.size).toBe(6)
    expect(layer.size).toBe(6)
    // The six painted, and one look past each end of the rendered blocks.
    expect(asked.length).toBe(8)
  })

  it('keeps the ranges of annotations still rendered, drops those that left and adds those that came', () => {
    const { all, asSets } = sets(['yellow', 'active'])
    const layer = createHighlightLayer(asSets, all.get('active') as unknown as RangeSet)
    const { rangeFor, asked, render } = page([4, 5, 6])
    const near = Array.from({ length: 24 }, (_, i) => item(`a${i}`, i * 50 + 10))
    layer.update(near, { start: 520, end: 610 }, rangeFor, null)
    const kept = [...all.get('yellow')!]
    asked.length = 0
    layer.update(near, { start: 530, end: 620 }, rangeFor, null)
    expect([...all.get('yellow')!]).toEqual(kept)
    expect(asked.length).toBe(2)

    // Scrolled on by a block: block 4 removed, block 7 rendered (5 and 6 re-rendered as new nodes).
    render([5, 6, 7])
    asked.length = 0
    layer.update(near, { start: 620, end: 720 }, rangeFor, null)
    expect(all.get('yellow')!.size).toBe(6)
    for (const range of all.get('yellow')!) expect(range.startContainer.isConnected).toBe(true)
    expect(kept.some((r) => all.get('yellow')!.has(r))).toBe(false)
  })

  it('moves an annotation whose colour changed, and paints again one only partly rendered before', () => {
    const { all, asSets } = sets(['yellow', 'green', 'active'])
    const layer = createHighlightLayer(asSets, all.get('active') as unknown as RangeSet)
    const { rangeFor, render } = page([5])
    // From block 4 into block 5: only its part in block 5 is rendered.
    const across = item('across', 470, 530)
    layer.update([across, item('b', 550)], { start: 500, end: 600 }, rangeFor, null)
    const partial = [...all.get('yellow')!].find((r) => r.startOffset === 0)!
    expect(partial).toBeDefined()

    render([4, 5])
    layer.update([across, item('b', 550, 558, 'green')], { start: 460, end: 600 }, rangeFor, null)
    expect(all.get('green')!.size).toBe(1)
    expect(all.get('yellow')!.size).toBe(1)
    const whole = [...all.get('yellow')!][0]!
    expect(whole.startOffset).toBe(70)
    expect(whole.endOffset).toBe(30)
  })

  it('puts the active annotation in the active set and takes it out when it leaves', () => {
    const { all, asSets } = sets(['yellow', 'active'])
    const layer = createHighlightLayer(asSets, all.get('active') as unknown as RangeSet)
    const { rangeFor } = page([0])
    layer.update([item('a', 10), item('b', 30)], { start: 0, end: 100 }, rangeFor, 'b')
    expect([...all.get('active')!]).toEqual(
      [...all.get('yellow')!].filter((r) => r.startOffset === 30),
    )
    layer.update([item('a', 10)], { start: 0, end: 100 }, rangeFor, 'b')
    expect(all.get('active')!.size).toBe(0)
    layer.clear()
    expect(all.get('yellow')!.size).toBe(0)
    expect(layer.size).toBe(0)
  })
})
