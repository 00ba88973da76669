import { describe, expect, it } from 'vitest'
import type { Block } from '../../../../src/shared/document-model'
import { decodeChunk, encodeChunk } from '../../../../src/main/services/document-chunk-format'

const asBuffer = (encoded: string | Uint8Array) =>
  typeof encoded === 'string' ? Buffer.from(encoded, 'utf8') : Buffer.from(encoded)

const blocks: Block[] = [
  { id: 'h1', type: 'heading', text: '第一回 宴桃园豪杰三结义', start: 0, level: 1 },
  { id: 'p1', type: 'paragraph', text: '滚滚长江东逝水，浪花淘尽英雄。', start: 12 },
  { id: 'p2', type: 'paragraph', text: 'with <b>markup</b> and "quotes"\\', start: 28, html: 'with <b>markup</b>' },
  { id: 't1', type: 'table', text: 'a\tb\nc\td', start: 60, rows: [['a', 'b'], ['c', 'd']] },
  { id: 'i1', type: 'image', text: 'a map', start: 68, src: 'assets/1.png', width: 640, height: 480 },
  { id: 'e1', type: 'paragraph', text: '', start: 74 },
  { id: 's1', type: 'paragraph', text: 'an emoji 😀, a NUL \u0000 and a lone \ud800 surrogate', start: 75 },
]

describe('chunk files', () => {
  it('gives back every block with every field, whatever its text holds', () => {
    expect(decodeChunk(asBuffer(encodeChunk(blocks)))).toEqual(blocks)
  })

  it('keeps a lone surrogate in UTF-16, where UTF-8 would have replaced it', () => {
    const encoded = encodeChunk([blocks[6]!])
    expect(typeof encoded).not.toBe('string')
    expect(decodeChunk(asBuffer(encoded))[0]!.text).toBe(blocks[6]!.text)
  })

  it('stores mostly Chinese text in UTF-16 and English in UTF-8', () => {
    const chinese = Array.from({ length: 50 }, (_, i) => ({ ...blocks[1]!, id: `c${i}` }))
    const english = Array.from({ length: 50 }, (_, i) => ({ ...blocks[2]!, id: `e${i}` }))
    const wide = asBuffer(encodeChunk(chinese))
    expect([wide[0], wide[1]]).toEqual([0xff, 0xfe])
    expect(asBuffer(encodeChunk(english))[0]).toBe(0x02)
    expect(decodeChunk(wide)).toEqual(chinese)
  })

  it('refuses a cut-off chunk instead of handing back shortened text', () => {
    const bytes = asBuffer(encodeChunk(blocks.slice(0, 3)))
    expect(() => decodeChunk(bytes.subarray(0, bytes.length - 6))).toThrow(/differs/)
    const header = Buffer.from('\u0002{"ids":["a"]', 'utf8')
    expect(() => decodeChunk(header)).toThrow(/not ended/)
  })
})
