import { describe, expect, it } from 'vitest'
import {
  blockIndexAtOffset,
  documentLength,
  offsetOfPercent,
  percentOfOffset,
  restoredOffset,
} from '../../../../src/renderer/src/reader/reading-position'
import { textDocument } from '../../../support/text-document'

const doc = textDocument([
  { type: 'heading', text: '第一回', level: 1 },
  { type: 'paragraph', text: '甲乙丙丁戊己庚辛' },
  { type: 'paragraph', text: '天地玄黄' },
])
const blocks = doc.blocks

describe('reading offsets', () => {
  it('finds the block holding any offset of the normalized text', () => {
    expect(documentLength(blocks)).toBe(3 + 1 + 8 + 1 + 4)
    expect(blockIndexAtOffset(blocks, 0)).toBe(0)
    expect(blockIndexAtOffset(blocks, 4)).toBe(1)
    expect(blockIndexAtOffset(blocks, 11)).toBe(1)
    expect(blockIndexAtOffset(blocks, 13)).toBe(2)
    expect(blockIndexAtOffset(blocks, 999)).toBe(2)
  })

  it('turns percentages into offsets and back', () => {
    expect(offsetOfPercent(blocks, 50)).toBe(9)
    expect(percentOfOffset(blocks, 17)).toBe(100)
    expect(Math.abs(percentOfOffset(blocks, offsetOfPercent(blocks, 25)) - 25)).toBeLessThan(
      100 / 17,
    )
  })

  it('restores the exact offset when the block is still there, else the same share of it', () => {
    const saved = { blockId: blocks[1]!.id, blockIndex: 1, withinBlock: 0.5, textOffset: 10 }
    expect(restoredOffset(blocks, saved)).toBe(10)
    const moved = { ...saved, blockIndex: 0, textOffset: 50 }
    expect(restoredOffset(blocks, moved)).toBe(blocks[1]!.start + 4)
    expect(
      restoredOffset(blocks, { ...saved, blockId: 'gone', blockIndex: 2, withinBlock: 0 }),
    ).toBe(blocks[2]!.start)
  })
})
