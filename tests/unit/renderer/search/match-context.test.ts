import { describe, expect, it } from 'vitest'
import { assembleDocument, documentText } from '../../../../src/shared/assemble-document'
import { blockIndexAtOffset } from '../../../../src/renderer/src/reader/reading-position'
import { matchContext } from '../../../../src/renderer/src/search/match-context'
import { textDocument } from '../../../support/text-document'

const doc = textDocument([
  { type: 'heading', level: 1, text: '第一回 宴桃园豪杰三结义' },
  { type: 'paragraph', text: '话说天下大势，分久必合，合久必分。周末七国分争，并入于秦。' },
  { type: 'paragraph', text: '短句' },
])
const text = documentText(doc.blocks)

describe('match context', () => {
  it('finds the block holding an offset, separators included', () => {
    expect(blockIndexAtOffset(doc.blocks, 0)).toBe(0)
    expect(blockIndexAtOffset(doc.blocks, doc.blocks[1]!.start)).toBe(1)
    expect(blockIndexAtOffset(doc.blocks, doc.blocks[1]!.start - 1)).toBe(0)
    expect(blockIndexAtOffset(doc.blocks, text.length - 1)).toBe(2)
  })

  it('shows a few characters each side from the same block, marking where it was cut', () => {
    const start = text.indexOf('七国')
    const context = matchContext(doc.blocks, start, 2, 5)
    expect(context).toMatchObject({
      blockIndex: 1,
      before: '必分。周末',
      hit: '七国',
      after: '分争，并入',
      clippedBefore: true,
      clippedAfter: true,
    })
    expect(context.before.length).toBeLessThanOrEqual(5)
  })

  it('stops at the edges of a short block', () => {
    const context = matchContext(doc.blocks, text.indexOf('短'), 1, 10)
    expect(context).toMatchObject({
      before: '',
      hit: '短',
      after: '句',
      clippedBefore: false,
      clippedAfter: false,
    })
  })

  it('never splits a surrogate pair at the edge of the context', () => {
    const emoji = assembleDocument({
      format: 'txt',
      encoding: null,
      encodingConfidence: null,
      title: 'e',
      drafts: [{ type: 'paragraph', text: 'a😀bcd' }],
    })
    const context = matchContext(emoji.blocks, 3, 1, 1)
    expect(context.before).toBe('😀')
  })
})
