import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import iconv from 'iconv-lite'
import { beforeAll, describe, expect, it } from 'vitest'
import { decodeText } from '../../../../../src/main/services/importers/decode-text'
import { previewEncoding } from '../../../../../src/main/services/encoding-preview'
import { importDocument } from '../../../../../src/main/services/importers/import-document'
import { encodeLegacy, encodeLegacyLossy } from './txt-legacy-encoder'

const SHARED = join(import.meta.dirname, '../../../../../../shared')
const JAPANESE =
  '吾輩は猫である。名前はまだ無い。どこで生れたかとんと見当がつかぬ。何でも薄暗いじめじめした所でニャーニャー泣いていた事だけは記憶している。吾輩はここで始めて人間というものを見た。しかもあとで聞くとそれは書生という人間中で一番獰悪な種族であったそうだ。'
const KOREAN =
  '대한민국은 민주공화국이다. 대한민국의 주권은 국민에게 있고, 모든 권력은 국민으로부터 나온다. 대한민국의 국민이 되는 요건은 법률로 정한다. 국가는 법률이 정하는 바에 의하여 재외국민을 보호할 의무를 진다.'
const ENGLISH =
  'It was the best of times, it was the worst of times. “Really?” she asked — ‘yes,’ he said; the café was naïve… '

let simplified: string
let traditional: string
let newspaper: string

beforeAll(async () => {
  simplified = (
    await readFile(join(SHARED, 'corpus/txt/sanguoyanyi_simp_utf8_crlf.txt'), 'utf8')
  ).slice(0, 30_000)
  traditional = (
    await readFile(join(SHARED, 'corpus/txt/hongloumeng_pg24264_trad_utf8.txt'), 'utf8')
  ).slice(0, 30_000)
  newspaper = await readFile(join(SHARED, 'samples/qilu-evening-news-2022-06-24.txt'), 'utf8')
})

/** The text as a lossy legacy encoder wrote it: characters the encoding lacks are gone. */
function roundTrip(text: string, encoding: string): string {
  return new TextDecoder(encoding).decode(encodeLegacyLossy(text, encoding))
}

describe('decodeText detects the encoding of text files users have', () => {
  it.each([
    ['a simplified novel in GBK', () => simplified, 'gbk', ['gbk', 'gb18030']],
    ['a traditional novel in Big5', () => traditional, 'big5', ['big5']],
    [
      'a traditional novel in GBK (not mistaken for Big5)',
      () => traditional,
      'gbk',
      ['gbk', 'gb18030'],
    ],
    ['the newspaper page in GB18030', () => newspaper, 'gb18030', ['gbk', 'gb18030']],
    ['the newspaper page in Big5', () => newspaper, 'big5', ['big5']],
    ['a short Big5 excerpt', () => traditional.slice(0, 300), 'big5', ['big5']],
    ['a short GBK excerpt', () => simplified.slice(0, 200), 'gbk', ['gbk', 'gb18030']],
  ])('%s', (_name, text, encoding, expected) => {
    const decoded = decodeText(encodeLegacyLossy(text(), encoding), 'book.txt')
    expect(expected).toContain(decoded.encoding)
    expect(decoded.text).toBe(roundTrip(text(), encoding))
    expect(decoded.confidence).toBeGreaterThan(0.3)
  })

  it.each([
    ['Japanese in Shift_JIS', JAPANESE, 'shift_jis'],
    ['Korean in EUC-KR', KOREAN, 'euc-kr'],
    ['English with curly quotes in Windows-1252', ENGLISH.repeat(5), 'windows-1252'],
  ])('%s', (_name, text, encoding) => {
    const decoded = decodeText(encodeLegacy(text, encoding), 'text.txt')
    expect(decoded.encoding).toBe(encoding)
    expect(decoded.text).toBe(text)
  })

  it.each([
    ['utf-16le', false],
    ['utf-16be', false],
    ['utf-16le', true],
    ['utf-16be', true],
  ])('%s (BOM: %s), Chinese and English', (encoding, withBom) => {
    for (const text of [simplified.slice(0, 5_000), ENGLISH.repeat(10)]) {
      const body = encodeLegacy(text, encoding)
      const bom = encoding === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff]
      const bytes = withBom ? new Uint8Array([...bom, ...body]) : body
      const decoded = decodeText(bytes, 'wide.txt')
      expect(decoded.encoding).toBe(encoding)
      expect(decoded.text).toBe(text)
    }
  })

  it('UTF-8 with and without a BOM, certainly', () => {
    const bytes = new TextEncoder().encode(simplified)
    expect(decodeText(bytes, 'a.txt')).toMatchObject({
      encoding: 'utf-8',
      confidence: 1,
      text: simplified,
    })
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes])
    expect(decodeText(withBom, 'a.txt')).toMatchObject({
      encoding: 'utf-8',
      confidence: 1,
      text: simplified,
    })
  })

  it('GBK text after a long ASCII licence header, which fools a detector that reads only the head', () => {
    const licence =
      'Permission is hereby granted, free of charge, to any person obtaining a copy of this book.\n'.repeat(
        600,
      )
    const bytes = new Uint8Array([
      ...encodeLegacy(licence, 'gbk'),
      ...encodeLegacyLossy(simplified, 'gbk'),
    ])
    const decoded = decodeText(bytes, 'licensed.txt')
    expect(['gbk', 'gb18030']).toContain(decoded.encoding)
    expect(decoded.text.endsWith(roundTrip(simplified, 'gbk'))).toBe(true)
  })

  it('refuses a binary file renamed .txt, naming the file', async () => {
    const png = new Uint8Array(4096).map((_, i) => (i * 7919) % 256)
    await expect(importDocument(png, 'photo.txt')).rejects.toThrow(/photo\.txt.*binary/)
    const noNul = new Uint8Array(4096).map((_, i) => 1 + ((i * 7919) % 255))
    await expect(importDocument(noNul, 'data.txt')).rejects.toThrow(/data\.txt.*binary/)
  })

  it('refuses an empty file and a file of blank lines', async () => {
    await expect(importDocument(new Uint8Array(0), 'empty.txt')).rejects.toThrow(
      /empty\.txt: the file is empty/,
    )
    await expect(
      importDocument(new TextEncoder().encode(' \r\n\u3000\n'), 'blank.txt'),
    ).rejects.toThrow(/blank\.txt/)
  })
})

describe('choosing another encoding', () => {
  it('importDocument decodes with the encoding the user picked and reports it', async () => {
    const bytes = encodeLegacyLossy(traditional, 'big5')
    const asGbk = await importDocument(bytes, 'book.txt', { encoding: 'gbk' })
    expect(asGbk.encoding).toBe('gbk')
    expect(asGbk.encodingConfidence).toBe(1)
    const asBig5 = await importDocument(bytes, 'book.txt', { encoding: 'big5' })
    expect(asBig5.blocks.map((b) => b.text).join('')).toContain('甄士隱夢幻識通靈')
    expect(asGbk.blocks.map((b) => b.text).join('')).not.toContain('甄士隱夢幻識通靈')
  })

  it('refuses an encoding name nobody knows, naming the file', async () => {
    await expect(
      importDocument(new TextEncoder().encode('abc'), 'a.txt', { encoding: 'klingon' }),
    ).rejects.toThrow(/a\.txt.*klingon/)
  })

  it('the encoding preview shows the first characters in a given encoding', () => {
    const bytes = encodeLegacyLossy(simplified, 'gbk')
    expect(previewEncoding(bytes, 'gbk').text.slice(0, 9)).toBe('《三国演义》罗贯中')
    expect(previewEncoding(bytes, 'big5').text.slice(0, 9)).not.toBe('《三国演义》罗贯中')
  })
})

describe('text cleaning on import', () => {
  it('removes terminal colour codes and full-width indents, whatever the line breaks', async () => {
    const text =
      '\u001b[1;33m第一章 开始\u001b[0m\r\n\u3000\u3000话说天下大势，\u001b[31m分久必合\u001b[0m。\r　　合久必分。\n'
    const doc = await importDocument(new TextEncoder().encode(text), 'colour.txt')
    expect(doc.blocks.map((b) => [b.type, b.text])).toEqual([
      ['heading', '第一章 开始'],
      ['paragraph', '话说天下大势，分久必合。'],
      ['paragraph', '合久必分。'],
    ])
  })
})

describe('text files that contradict or stretch their encoding', () => {
  const CANTONESE =
    '第一回　香港故事\n　　佢喺度食緊嘢，㗎啦。呢度係香港，啲人好鍾意飲茶。嘅嘢喺邊度？冇人知，佢咗嚟睇。\n第二回　九龍\n　　𥄫佢一眼，冇嘢講。佢哋話乜嘢都唔知。\n'

  it('Big5 with Hong Kong characters (HKSCS) keeps them, not private-use code points', async () => {
    for (const text of [CANTONESE, CANTONESE.repeat(40)]) {
      const decoded = decodeText(new Uint8Array(iconv.encode(text, 'big5hkscs')), 'hk.txt')
      expect(decoded.encoding).toBe('big5')
      expect(decoded.text).toBe(text)
    }
    const doc = await importDocument(new Uint8Array(iconv.encode(CANTONESE, 'big5hkscs')), 'hk.txt')
    expect(doc.outline.map((e) => e.title)).toEqual(['第一回　香港故事', '第二回　九龍'])
  })

  it('a UTF-8 BOM in front of a GBK body: the body read as GBK, the doubt in the confidence', () => {
    const body = simplified.replace(/\r/g, '').slice(0, 3_000)
    const decoded = decodeText(
      new Uint8Array([0xef, 0xbb, 0xbf, ...encodeLegacy(body, 'gbk')]),
      'bom.txt',
    )
    expect(['gbk', 'gb18030']).toContain(decoded.encoding)
    expect(decoded.text).toBe(body)
    expect(decoded.confidence).toBeLessThanOrEqual(0.5)
  })

  it('LF, CRLF and CR mixed in one file give the same document as LF alone', async () => {
    const lf = simplified.replace(/\r\n?/g, '\n')
    const ends = ['\r\n', '\n', '\r']
    const mixed = lf
      .split('\n')
      .map((line, i) => line + ends[i % 3])
      .join('')
    const a = await importDocument(new TextEncoder().encode(lf), 'lf.txt')
    const b = await importDocument(new TextEncoder().encode(mixed), 'mixed.txt')
    expect(b.blocks.map((x) => [x.id, x.type, x.text])).toEqual(
      a.blocks.map((x) => [x.id, x.type, x.text]),
    )
    expect(b.outline.length).toBeGreaterThan(0)
  })
})
