import { describe, expect, it } from 'vitest'
import { assignBlockIds } from '../../../../src/shared/assemble-document'
import { findBlockIndex, percentAt, topOfView } from '../../../../src/renderer/src/reader/reading-position'

const items = [
  { index: 10, start: 1000, size: 100 },
  { index: 11, start: 1100, size: 50 },
  { index: 12, start: 1150, size: 200 },
]

describe('topOfView', () => {
  it('finds the block at the top edge and how far into it the view is', () => {
    expect(topOfView(items, 1125)).toEqual({ index: 11, within: 0.5 })
    expect(topOfView(items, 1000)).toEqual({ index: 10, within: 0 })
  })
  it('returns null when nothing is rendered', () => {
    expect(topOfView([], 0)).toBeNull()
  })
})

describe('percentAt and findBlockIndex', () => {
  const blocks = assignBlockIds([
    { type: 'paragraph', text: 'a'.repeat(99) },
    { type: 'paragraph', text: 'b'.repeat(100) },
  ])
  it('measures progress by text, not by pixels', () => {
    expect(percentAt(blocks, 1, 0)).toBeCloseTo(50, 0)
    expect(percentAt(blocks, 1, 1)).toBe(100)
  })
  it('finds a block by id after the document was re-parsed, else keeps the index in range', () => {
    expect(findBlockIndex(blocks, blocks[1]!.id, 0)).toBe(1)
    expect(findBlockIndex(blocks, 'gone', 99)).toBe(1)
  })
})
