import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import iconv from 'iconv-lite'
import { beforeAll, describe, expect, it } from 'vitest'
import { decodeGb18030 } from '../../../../../src/main/services/importers/gb18030-decoder'
import { importDocument } from '../../../../../src/main/services/importers/import-document'
import { decodeStrictUtf8 } from '../../../../../src/main/services/importers/utf-8-decoder'

/**
 * Margin's own GB18030 and UTF-8 decoders (faster than Node's) must give exactly the text
 * TextDecoder gives, on real books and on bytes no book has.
 */
const SHARED = join(import.meta.dirname, '../../../../../../shared')
const gb18030 = new TextDecoder('gb18030')
const strictUtf8 = new TextDecoder('utf-8', { fatal: true })

let gbkNovel: Buffer
let novels: string[]

beforeAll(async () => {
  gbkNovel = await readFile(join(SHARED, 'corpus/txt/sanguoyanyi_simp_gbk_real.txt'))
  novels = await Promise.all(
    [
      'hongloumeng_simp_utf8_crlf.txt',
      'hongloumeng_pg24264_trad_utf8.txt',
      'pride_and_prejudice_pg1342_utf8.txt',
      'war_and_peace_pg2600_utf8_bom.txt',
    ].map((name) => readFile(join(SHARED, 'corpus/txt', name), 'utf8')),
  )
})

/** Deterministic bytes, so a failure can be replayed. */
function randomBytes(seed: number, length: number, pick: (r: number) => number): Uint8Array {
  let state = seed
  const bytes = new Uint8Array(length)
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0
    bytes[i] = pick(state >>> 8)
  }
  return bytes
}

/** Characters GBK lacks (four-byte in GB18030) and ones ICU's GBK maps to private use. */
const RARE = '𠀀𪚥😀€\u3000⺁ḿ︐'

describe('the GB18030 decoder', () => {
  it('reads the real GBK novel exactly as TextDecoder does', () => {
    expect(decodeGb18030(gbkNovel).text).toBe(gb18030.decode(gbkNovel))
  })

  it('reads Chinese and English books with rare and four-byte characters exactly as TextDecoder does', () => {
    for (const novel of novels) {
      const text = novel.slice(0, 200_000) + RARE + novel.slice(-50_000)
      const bytes = iconv.encode(text, 'gb18030')
      const decoded = decodeGb18030(bytes).text
      expect(decoded).toBe(gb18030.decode(bytes))
      expect(decoded).toContain(RARE)
    }
  })

  it('replaces broken bytes exactly as TextDecoder does', () => {
    const highBytes = (r: number) => (r % 3 === 0 ? r & 0x7f : 0x80 | (r & 0x7f))
    for (let seed = 1; seed <= 300; seed++) {
      const bytes = randomBytes(seed, 1 + (seed % 97), highBytes)
      expect(decodeGb18030(bytes).text, `seed ${seed}`).toBe(gb18030.decode(bytes))
    }
    const cut = iconv.encode('第一回　宴桃园豪杰三结义𠀀', 'gb18030')
    for (let end = 1; end < cut.length; end++)
      expect(decodeGb18030(cut.subarray(0, end)).text).toBe(gb18030.decode(cut.subarray(0, end)))
    for (const odd of [[0x80], [0xff], [0x41, 0xff, 0x42], [0x81, 0x7f], [0x81, 0x30, 0x41]])
      expect(decodeGb18030(new Uint8Array(odd)).text).toBe(gb18030.decode(new Uint8Array(odd)))
  })
})

describe('GBK files', () => {
  it('keep characters beyond GBK that the detector did not see in its sample', async () => {
    const body = novels[0]!.replace(/\r\n/g, '\n').slice(0, 300_000)
    const cut = body.indexOf('\n', 100_000) + 1
    const rare = '　　他写下“𠀀”与“😀”，价钱一百€。'
    // A quarter of the way in: between the head and the middle the detector samples.
    const bytes = iconv.encode(`${body.slice(0, cut)}${rare}\n${body.slice(cut)}`, 'gb18030')
    const doc = await importDocument(bytes, '红楼梦.txt')
    expect(doc.encoding).toBe('gbk')
    expect(doc.blocks.some((b) => b.text.includes('他写下“𠀀”与“😀”，价钱一百€。'))).toBe(true)
    expect(doc.blocks.some((b) => b.text.includes('\ufffd'))).toBe(false)
  })
})

describe('the strict UTF-8 decoder', () => {
  it('reads Chinese and English books exactly as TextDecoder does', () => {
    for (const novel of novels) {
      const bytes = Buffer.from(novel + RARE, 'utf8')
      expect(decodeStrictUtf8(bytes)?.text).toBe(strictUtf8.decode(bytes))
    }
  })

  it('drops one leading BOM, as TextDecoder does, and keeps a second', () => {
    const bytes = Buffer.from('\ufeff\ufeff第一章 开头', 'utf8')
    expect(decodeStrictUtf8(bytes)?.text).toBe('\ufeff第一章 开头')
    expect(decodeStrictUtf8(Buffer.from('\ufeffplain ASCII', 'utf8'))?.text).toBe('plain ASCII')
  })

  it('reads plain ASCII', () => {
    expect(decodeStrictUtf8(Buffer.from('CHAPTER I.\r\n\r\nIt is a truth.\n'))?.text).toBe(
      'CHAPTER I.\r\n\r\nIt is a truth.\n',
    )
  })

  it('refuses every byte string TextDecoder refuses, and reads every one it accepts the same', () => {
    const valid = [
      [0x41],
      [0xc3, 0xa9],
      [0xe4, 0xb8, 0x80],
      [0xef, 0xbb, 0xbf],
      [0xf0, 0x9f, 0x98, 0x80],
    ]
    // A surrogate, overlong forms, a byte UTF-8 never uses, a cut sequence, beyond U+10FFFF.
    const broken = [
      [0xed, 0xa0, 0x80],
      [0xc0, 0x80],
      [0xe0, 0x80, 0x80],
      [0xff],
      [0xc3],
      [0xf4, 0x90, 0x80, 0x80],
    ]
    let accepted = 0
    for (let seed = 1; seed <= 2000; seed++) {
      const picks = randomBytes(seed, 1 + (seed % 9), (r) => r & 0xff)
      const bytes = new Uint8Array(
        [...picks].flatMap((r) => (r < 20 ? broken[r % broken.length]! : valid[r % valid.length]!)),
      )
      let expected: string | null
      try {
        expected = strictUtf8.decode(bytes)
        accepted++
      } catch {
        expected = null
      }
      expect(decodeStrictUtf8(bytes)?.text ?? null, `seed ${seed}`).toBe(expected)
    }
    expect(accepted).toBeGreaterThan(500)
    expect(accepted).toBeLessThan(1900)
  })
})

describe('control characters', () => {
  const clean = '第一回　宴桃园豪杰三结义\n　　话说天下大势，分久必合。\r\n\tEnd.'
  const controls = ['\u0007', '\u001b[31m', '\u0000', '\u007f', '\u0085', '\ufeff', '\u000c']

  it('are reported by both decoders, so a file without any skips the scan for them', () => {
    expect(decodeGb18030(iconv.encode(clean, 'gb18030')).controlFree).toBe(true)
    expect(decodeStrictUtf8(Buffer.from(clean, 'utf8'))?.controlFree).toBe(true)
    for (const control of controls) {
      const text = clean.replace('话说', `话${control}说`)
      expect(decodeGb18030(iconv.encode(text, 'gb18030')).controlFree, escape(control)).toBe(false)
      expect(decodeStrictUtf8(Buffer.from(text, 'utf8'))?.controlFree, escape(control)).toBe(false)
    }
  })

  it('are still taken out of GBK and UTF-8 books', async () => {
    const body = novels[0]!.replace(/\r\n/g, '\n').slice(0, 20_000)
    const coloured = `${body}\n\u3000\u3000\u001b[1;31m他说\u0007：“好。”\u001b[0m\u0085\ufeff\n`
    for (const bytes of [iconv.encode(coloured, 'gb18030'), Buffer.from(coloured, 'utf8')]) {
      const doc = await importDocument(new Uint8Array(bytes), '红楼梦.txt')
      expect(doc.blocks.at(-1)!.text).toBe('他说：“好。”')
    }
  })
})
