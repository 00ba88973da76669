import { describe, expect, it } from 'vitest'
import { assembleDocument, assignBlockIds, documentText } from '../../../src/shared/assemble-document'
import type { BlockDraft } from '../../../src/shared/document-model'

const drafts: BlockDraft[] = [
  { type: 'paragraph', text: '第一回 宴桃园' },
  { type: 'paragraph', text: '话说天下大势，分久必合，合久必分。' },
  { type: 'paragraph', text: '却说张飞。' },
  { type: 'paragraph', text: '却说张飞。' },
]

describe('assignBlockIds', () => {
  it('keeps every other id when one block becomes a heading', () => {
    const before = assignBlockIds(drafts)
    const after = assignBlockIds([{ ...drafts[0]!, type: 'heading', level: 1 }, ...drafts.slice(1)])
    expect(after.map((b) => b.id)).toEqual(before.map((b) => b.id))
  })

  it('tells repeated paragraphs apart', () => {
    const ids = assignBlockIds(drafts).map((b) => b.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('places each block at its offset in the normalized text', () => {
    const blocks = assignBlockIds(drafts)
    const text = documentText(blocks)
    for (const block of blocks) expect(text.slice(block.start, block.start + block.text.length)).toBe(block.text)
  })
})

describe('assembleDocument', () => {
  it('builds the outline from headings and counts the text', () => {
    const doc = assembleDocument({
      format: 'txt',
      encoding: 'utf-8',
      encodingConfidence: 1,
      title: 't',
      drafts: [{ type: 'heading', level: 1, text: '第一回' }, ...drafts.slice(1)],
    })
    expect(doc.outline).toEqual([{ title: '第一回', level: 1, blockId: doc.blocks[0]!.id }])
    expect(doc.stats).toEqual({ chars: documentText(doc.blocks).length, blocks: 4 })
  })
})
