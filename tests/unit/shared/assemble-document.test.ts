import { describe, expect, it } from 'vitest'
import { assembleDocument, assignBlockIds, documentText } from '../../../src/shared/assemble-document'
import { hashText } from '../../../src/shared/content-hash'
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

  it('derives each id from the text alone, as documents stored earlier have them', () => {
    // 'b' + the hash's high 21 bits in base 36 + its low 32 bits in base 36, padded to seven digits.
    const expected = (text: string) => {
      const hash = hashText(text)
      return 'b' + Math.floor(hash / 2 ** 32).toString(36) + (hash >>> 0).toString(36).padStart(7, '0')
    }
    const texts = ['', 'a', '第一回 宴桃园', 'x'.repeat(5000), ...Array.from({ length: 500 }, (_, i) => `段落${i}`)]
    const blocks = assignBlockIds(texts.map((text) => ({ type: 'paragraph', text })))
    expect(blocks.map((b) => b.id)).toEqual(texts.map(expected))
  })

  it('keeps what a draft carries besides its text', () => {
    const [image, table] = assignBlockIds([
      { type: 'image', text: 'a plate', src: 'assets/p1.png', width: 300, height: 200 },
      { type: 'table', text: 'a\tb', rows: [['a', 'b']], html: '<b>a</b>' },
    ])
    expect(image).toMatchObject({ type: 'image', src: 'assets/p1.png', width: 300, height: 200, start: 0 })
    expect(table).toMatchObject({ type: 'table', rows: [['a', 'b']], html: '<b>a</b>', start: 8 })
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
