import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import iconv from 'iconv-lite'
import { beforeAll, describe, expect, it } from 'vitest'
import { importDocument } from '../../../../../src/main/services/importers/import-document'

/**
 * Text files of the kinds users have that the corpus lacks, made here from the corpus:
 * encodings Node cannot write (iconv-lite encodes them), odd line ends, stray bytes and files
 * too short for a detector to have much to go on.
 */
const SHARED = join(import.meta.dirname, '../../../../../../shared')
const JAPANESE =
  '第一章 吾輩は猫である\n　吾輩は猫である。名前はまだ無い。どこで生れたかとんと見当がつかぬ。何でも薄暗いじめじめした所でニャーニャー泣いていた事だけは記憶している。\n第二章 書生\n　吾輩はここで始めて人間というものを見た。しかもあとで聞くとそれは書生という人間中で一番獰悪な種族であったそうだ。\n'
const ENGLISH =
  'CHAPTER I.\n\n“Well, Prince, so Genoa and Lucca are now just family estates,” she said — ‘naïve’ café talk… Señor Müller’s résumé.\n\nCHAPTER II.\n\nAnna Pávlovna’s drawing room was gradually filling.\n'

let simplified: string
let traditional: string

beforeAll(async () => {
  simplified = (await readFile(join(SHARED, 'corpus/txt/sanguoyanyi_simp_utf8_crlf.txt'), 'utf8'))
    .replace(/\r\n/g, '\n')
    .slice(0, 8_000)
  traditional = (
    await readFile(join(SHARED, 'corpus/txt/hongloumeng_pg24264_trad_utf8.txt'), 'utf8')
  ).slice(2_000, 8_000)
})

async function importBytes(bytes: Uint8Array | Buffer, name = 'book.txt') {
  const doc = await importDocument(new Uint8Array(bytes), name)
  return { doc, text: doc.blocks.map((b) => b.text).join('\n') }
}

/** What a reader sees: the text with line breaks and indents folded away. */
function squeeze(text: string): string {
  return text.replace(/[\s\u3000]+/g, '')
}

describe('TXT in encodings the corpus lacks', () => {
  it('GB18030 with four-byte sequences (CJK Extension B, Mongolian, the euro sign) keeps them', async () => {
    const rare = '\n补遗：𠀀𠮷㐀䶵 ᠮᠣᠩᠭᠣᠯ €5\n'
    const source = simplified.slice(0, 3_000) + rare
    const { doc, text } = await importBytes(iconv.encode(source, 'gb18030'))
    expect(doc.encoding).toBe('gb18030')
    expect(text).toContain('𠀀𠮷㐀䶵 ᠮᠣᠩᠭᠣᠯ €5')
    expect(squeeze(text)).toBe(squeeze(source))
    expect(doc.outline[0]?.title).toMatch(/^第一回/)
  })

  it('Big5 and Big5-HKSCS novels read as traditional Chinese', async () => {
    for (const encoding of ['big5', 'big5hkscs']) {
      const source = traditional + '\n佢喺度食緊嘢㗎。\n'
      const bytes = iconv.encode(encoding === 'big5' ? traditional : source, encoding)
      const { doc, text } = await importBytes(bytes)
      expect(doc.encoding).toBe('big5')
      expect(squeeze(text)).toBe(squeeze(encoding === 'big5' ? traditional : source))
    }
  })

  it.each(['shift_jis', 'euc-jp'])(
    'Japanese in %s, with its chapters and language',
    async (encoding) => {
      const { doc, text } = await importBytes(iconv.encode(JAPANESE, encoding))
      expect(doc.encoding).toBe(encoding)
      expect(squeeze(text)).toBe(squeeze(JAPANESE))
      expect(doc.outline.map((e) => e.title)).toEqual(['第一章 吾輩は猫である', '第二章 書生'])
      expect(doc.language).toMatch(/^ja/)
    },
  )

  it.each(['windows-1252', 'iso-8859-1'])(
    'English with accents in %s reads as Windows-1252, not a Central European code page',
    async (encoding) => {
      const source =
        encoding === 'iso-8859-1'
          ? ENGLISH.replace(/[“”]/g, '"')
              .replace(/[‘’]/g, "'")
              .replace('—', '-')
              .replace('…', '...')
          : ENGLISH
      const { doc, text } = await importBytes(iconv.encode(source, encoding))
      expect(doc.encoding).toBe('windows-1252')
      expect(text).toContain('naïve')
      expect(text).toContain('Señor Müller')
      expect(text).toContain('Pávlovna')
      expect(doc.outline.map((e) => e.title)).toEqual(['CHAPTER I.', 'CHAPTER II.'])
    },
  )

  it('Russian in Windows-1251 is still read as Cyrillic', async () => {
    const russian =
      'Глава первая\nЕh bien, mon prince. Генуя и Лукка — поместья фамилии Бонапарте. Нет, я вам вперёд говорю.\n'
    const { doc, text } = await importBytes(iconv.encode(russian.repeat(3), 'win1251'))
    expect(doc.encoding).toBe('windows-1251')
    expect(text).toContain('Генуя и Лукка')
  })

  it('a Russian novel in Windows-1251 or KOI8-R is reported as fairly sure, not 10% sure', async () => {
    const russian =
      'Все счастливые семьи похожи друг на друга, каждая несчастливая семья несчастлива по-своему.\nВсё смешалось в доме Облонских. Жена узнала, что муж был в связи с бывшею в их доме француженкою-гувернанткой.\n\n'
    for (const encoding of ['windows-1251', 'koi8-r']) {
      const { doc, text } = await importBytes(iconv.encode(russian.repeat(8), encoding))
      expect(doc.encoding).toBe(encoding)
      expect(text).toContain('счастливые семьи')
      expect(doc.encodingConfidence).toBeGreaterThanOrEqual(0.4)
    }
  })

  it('Thai in Windows-874 reads as Thai, not as Korean', async () => {
    const thai =
      'กาลครั้งหนึ่งนานมาแล้ว มีพระราชาองค์หนึ่งครองเมืองใหญ่ริมทะเล\nพระองค์มีพระธิดาที่งดงามและชอบอ่านหนังสือ นางใช้เวลาทั้งวันอยู่ในห้องสมุดของพระราชวัง\n\n'
    const { doc, text } = await importBytes(iconv.encode(thai.repeat(6), 'windows-874'))
    expect(doc.encoding).toBe('windows-874')
    expect(text).toContain('พระราชาองค์หนึ่ง')
    expect(doc.language).toBe('th')
  })

  it('an old Mac file in Mac Roman keeps its ä ö ü é ß and curly quotes', async () => {
    const german =
      'Als Gregor Samsa eines Morgens aus unruhigen Träumen erwachte, fand er sich in seinem Bett zu einem ungeheueren Ungeziefer verwandelt.\nEr lag auf seinem panzerartig harten Rücken und sah, wenn er den Kopf ein wenig hob, seinen gewölbten, braunen Bauch. „Was ist mit mir geschehen?“, dachte er. Es war kein Traum – Café, Straße.\n'
    const { doc, text } = await importBytes(iconv.encode(german, 'macintosh'))
    expect(doc.encoding).toBe('macintosh')
    expect(text).toContain('unruhigen Träumen')
    expect(text).toContain('Café, Straße')
  })

  it('English in Windows-1252 with curly quotes and dashes is not taken for Mac Roman', async () => {
    const { doc, text } = await importBytes(iconv.encode(ENGLISH.repeat(4), 'windows-1252'))
    expect(doc.encoding).toBe('windows-1252')
    expect(text).toContain(
      '“Well, Prince, so Genoa and Lucca are now just family estates,” she said',
    )
  })
})

/** ISO-2022-JP as old mail software wrote it: JIS X 0208 pairs (EUC-JP minus 0x80) between escapes. */
function iso2022jp(text: string): Uint8Array {
  const euc = iconv.encode(text, 'euc-jp')
  const out: number[] = []
  let kanji = false
  for (let i = 0; i < euc.length; i++) {
    const byte = euc[i]!
    if (byte >= 0xa1 !== kanji)
      out.push(...(byte >= 0xa1 ? [0x1b, 0x24, 0x42] : [0x1b, 0x28, 0x42]))
    kanji = byte >= 0xa1
    if (kanji) out.push(byte - 0x80, euc[++i]! - 0x80)
    else out.push(byte)
  }
  if (kanji) out.push(0x1b, 0x28, 0x42)
  return new Uint8Array(out)
}

describe('TXT that passes for ASCII', () => {
  it('ISO-2022-JP (7-bit Japanese) is not read as ASCII gibberish', async () => {
    const { doc, text } = await importBytes(iso2022jp(JAPANESE))
    expect(doc.encoding).toBe('iso-2022-jp')
    expect(squeeze(text)).toBe(squeeze(JAPANESE))
    expect(doc.outline.map((e) => e.title)).toEqual(['第一章 吾輩は猫である', '第二章 書生'])
  })
})

describe('TXT line ends and control codes', () => {
  it('an old Mac file with CR-only line ends has its lines and chapters', async () => {
    const mac = ENGLISH.replace(/\n/g, '\r')
    const { doc } = await importBytes(Buffer.from(mac, 'utf8'))
    expect(doc.outline.map((e) => e.title)).toEqual(['CHAPTER I.', 'CHAPTER II.'])
    expect(doc.blocks.every((b) => !b.text.includes('\r'))).toBe(true)
  })

  it('terminal colours, cursor moves and window titles leave only the words', async () => {
    const log =
      '\u001b]0;build log\u0007\u001b[38;5;82m第一章\u001b[0m 开始\n\u001b[2K\u001b[1G\u001b[1;31m错误\u001b[22;39m：找不到文件。\u001b[48;2;10;20;30m 背景 \u001b[m完。\n'
    const { text } = await importBytes(Buffer.from(log, 'utf8'), 'build.log')
    expect(text).toBe('第一章 开始\n错误：找不到文件。 背景 完。')
  })
})

describe('TXT that is damaged or tiny', () => {
  it('UTF-8 with one stray invalid byte stays UTF-8, with a replacement mark, not GBK mojibake', async () => {
    const chinese = Buffer.concat([
      Buffer.from(simplified.slice(0, 2_000)),
      Buffer.from([0xff]),
      Buffer.from(simplified.slice(2_000)),
    ])
    const zh = await importBytes(chinese)
    expect(zh.doc.encoding).toBe('utf-8')
    expect(zh.doc.encodingConfidence).toBeLessThan(1)
    expect(zh.text).toContain('\ufffd')
    expect(squeeze(zh.text.replace('\ufffd', ''))).toBe(squeeze(simplified))

    const latin1Pasted = Buffer.concat([
      Buffer.from(ENGLISH),
      Buffer.from('caf\xe9 ', 'latin1'),
      Buffer.from(ENGLISH),
    ])
    const en = await importBytes(latin1Pasted)
    expect(en.doc.encoding).toBe('utf-8')
    expect(en.text).toContain('“Well, Prince')
    expect(en.text).toContain('caf\ufffd')
  })

  it('UTF-8 cut off in the middle of a character at the end', async () => {
    const bytes = Buffer.from(simplified.slice(0, 600))
    const { doc, text } = await importBytes(bytes.subarray(0, bytes.length - 1))
    expect(doc.encoding).toBe('utf-8')
    expect(text.startsWith('《三国演义》')).toBe(true)
  })

  it.each([
    ['gbk', '三国演义'],
    ['gbk', '你好'],
    ['big5', '紅樓夢'],
    ['big5', '台北市'],
    ['big5', '中文'],
    ['big5', '這是一本書。'],
    ['shift_jis', 'こんにちは'],
    ['euc-jp', 'こんにちは世界'],
    ['euc-kr', '안녕하세요'],
    ['windows-1252', '“Hi”'],
    ['windows-1252', 'café'],
    ['utf-8', 'ok'],
  ])('a few characters in %s: %s', async (encoding, source) => {
    const { doc, text } = await importBytes(iconv.encode(source, encoding))
    expect(text).toBe(source)
    expect(doc.encoding).toBe(encoding)
  })

  it('a few characters of UTF-16 without a BOM', async () => {
    for (const encoding of ['utf-16le', 'utf-16be']) {
      const { doc, text } = await importBytes(iconv.encode('Hello, 世界\n', encoding))
      expect(doc.encoding).toBe(encoding)
      expect(text).toBe('Hello, 世界')
    }
  })

  it('UTF-32, little- and big-endian, with and without a BOM, keeps every character', async () => {
    const book = `第一回 开头\n${simplified.slice(0, 2_000)}\n第二回 𠀀与😀\nEnd.\n`
    for (const encoding of ['utf-32le', 'utf-32be']) {
      const body = iconv.encode(book, encoding)
      const bom = encoding === 'utf-32le' ? [0xff, 0xfe, 0, 0] : [0, 0, 0xfe, 0xff]
      for (const bytes of [body, Buffer.concat([Buffer.from(bom), body])]) {
        const { doc, text } = await importBytes(bytes)
        expect(doc.encoding).toBe(encoding)
        expect(squeeze(text)).toBe(squeeze(book))
        expect(doc.outline.map((entry) => entry.title)).toContain('第二回 𠀀与😀')
      }
    }
  })

  it('numbers stored four bytes each are refused as binary, not read as UTF-32', async () => {
    const numbers = new Uint8Array(new Uint32Array(5_000).map((_, i) => i % 31).buffer)
    await expect(importDocument(numbers, 'table.txt')).rejects.toThrow(/table\.txt: .*binary/)
  })

  it('a file that is mostly NUL bytes, or random bytes without NULs, is refused as binary', async () => {
    const nul = new Uint8Array(10_000)
    nul.set(Buffer.from('header text'), 0)
    await expect(importDocument(nul, 'disk.img.txt')).rejects.toThrow(/disk\.img\.txt: .*binary/)
    let seed = 7
    const random = new Uint8Array(20_000).map(() => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff
      return 1 + (seed % 255)
    })
    await expect(importDocument(random, 'archive.txt')).rejects.toThrow(/archive\.txt: .*binary/)
  })

  it('a file holding only a BOM is empty', async () => {
    for (const bom of [
      [0xef, 0xbb, 0xbf],
      [0xff, 0xfe],
      [0xfe, 0xff],
    ]) {
      await expect(importDocument(new Uint8Array(bom), 'bom.txt')).rejects.toThrow(
        /bom\.txt: the file is empty/,
      )
    }
  })
})
