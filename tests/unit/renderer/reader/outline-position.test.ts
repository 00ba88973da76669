import { describe, expect, it } from 'vitest'
import type { OutlineEntry } from '../../../../src/shared/document-model'
import { outlineLocator } from '../../../../src/renderer/src/reader/outline-position'

const entry = (blockId: string, level = 1): OutlineEntry => ({ title: blockId, level, blockId })

/** The definition: the last entry (in outline order) whose block is at or before the top. */
function lastEntryAtOrBefore(
  outline: readonly OutlineEntry[],
  at: ReadonlyMap<string, number>,
  top: number,
): number {
  let current = -1
  outline.forEach((e, i) => {
    const block = at.get(e.blockId)
    if (block !== undefined && block <= top) current = i
  })
  return current
}

describe('outlineLocator', () => {
  const outline = [entry('a'), entry('b', 2), entry('c', 2), entry('d', 3), entry('e')]
  const at = new Map([
    ['a', 0],
    ['b', 2],
    ['c', 10],
    ['d', 12],
    ['e', 30],
  ])

  it('names the section whose heading is at or above the top block', () => {
    const locate = outlineLocator(outline, at)
    expect(locate(0)).toBe(0)
    expect(locate(1)).toBe(0)
    expect(locate(2)).toBe(1)
    expect(locate(11)).toBe(2)
    expect(locate(29)).toBe(3)
    expect(locate(300)).toBe(4)
  })

  it('is before every section above the first heading, and skips entries whose block is gone', () => {
    expect(outlineLocator(outline, new Map([['b', 5]]))(1)).toBe(-1)
    expect(outlineLocator(outline, new Map([['b', 5]]))(7)).toBe(1)
    expect(outlineLocator([], at)(10)).toBe(-1)
  })

  it('gives the later entry where two point at one block or an entry points back', () => {
    const tied = [entry('a'), entry('b'), entry('c')]
    const blocks = new Map([
      ['a', 4],
      ['b', 4],
      ['c', 2],
    ])
    const locate = outlineLocator(tied, blocks)
    for (const top of [0, 2, 3, 4, 9])
      expect(locate(top)).toBe(lastEntryAtOrBefore(tied, blocks, top))
  })

  it('agrees with a pass over the outline on shuffled outlines', () => {
    let seed = 7
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647
    for (let round = 0; round < 50; round++) {
      const entries = Array.from({ length: 1 + Math.floor(random() * 30) }, (_, i) =>
        entry(`e${i}`),
      )
      const blocks = new Map(
        entries.filter(() => random() > 0.1).map((e) => [e.blockId, Math.floor(random() * 100)]),
      )
      // Mostly in order, as real outlines are, with some out of order.
      if (random() > 0.3) {
        const sorted = [...blocks.values()].sort((x, y) => x - y)
        ;[...blocks.keys()].forEach((key, i) => blocks.set(key, sorted[i]!))
      }
      const locate = outlineLocator(entries, blocks)
      for (let top = -1; top <= 101; top++)
        expect(locate(top)).toBe(lastEntryAtOrBefore(entries, blocks, top))
    }
  })
})
