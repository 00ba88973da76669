import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { crc32 } from 'node:zlib'
import { deflateSync, strToU8, unzipSync } from 'fflate'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import type { ParsedDocument } from '../../../../../src/shared/document-model'
import { importDocument } from '../../../../../src/main/services/importers/import-document'
import { buildEpub, CONTAINER, PNG_1X1, type TestBook } from './epub-fixtures'

/**
 * EPUBs as they come from shops, converters and old tools, built here: DRM and font
 * obfuscation, zips other writers make (data descriptors, GBK file names, Deflate64, damage),
 * books without a table of contents or headings, binary or legacy-encoded content documents.
 */
const EPUBS = join(import.meta.dirname, '../../../../../../shared/corpus/epub')

interface RawEntry {
  name: string | Uint8Array
  data: Uint8Array
  deflate?: boolean
  /** Sizes and CRC after the data, as streaming zip writers (Java, some phones) put them. */
  descriptor?: boolean
}

/** A zip written by hand, for the layouts fflate's writer never makes (ZIP64 as .NET and Python can write it). */
function writeZip(entries: RawEntry[], { zip64 = false } = {}): Uint8Array {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const entry of entries) {
    const name = typeof entry.name === 'string' ? Buffer.from(entry.name) : Buffer.from(entry.name)
    const body = entry.deflate ? deflateSync(entry.data) : entry.data
    const crc = crc32(entry.data)
    const flags = (entry.descriptor ? 0x8 : 0) | (typeof entry.name === 'string' ? 0x800 : 0)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(flags, 6)
    local.writeUInt16LE(entry.deflate ? 8 : 0, 8)
    local.writeUInt32LE(entry.descriptor ? 0 : crc, 14)
    local.writeUInt32LE(entry.descriptor ? 0 : body.length, 18)
    local.writeUInt32LE(entry.descriptor ? 0 : entry.data.length, 22)
    local.writeUInt16LE(name.length, 26)
    const localExtra = Buffer.alloc(zip64 ? 20 : 0)
    if (zip64) {
      local.writeUInt32LE(0xffffffff, 18)
      local.writeUInt32LE(0xffffffff, 22)
      local.writeUInt16LE(localExtra.length, 28)
      localExtra.writeUInt16LE(1, 0)
      localExtra.writeUInt16LE(16, 2)
      localExtra.writeBigUInt64LE(BigInt(entry.data.length), 4)
      localExtra.writeBigUInt64LE(BigInt(body.length), 12)
    }
    const descriptor = Buffer.alloc(entry.descriptor ? 16 : 0)
    if (entry.descriptor) {
      descriptor.writeUInt32LE(0x08074b50, 0)
      descriptor.writeUInt32LE(crc, 4)
      descriptor.writeUInt32LE(body.length, 8)
      descriptor.writeUInt32LE(entry.data.length, 12)
    }
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(flags, 8)
    central.writeUInt16LE(entry.deflate ? 8 : 0, 10)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(body.length, 20)
    central.writeUInt32LE(entry.data.length, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(offset, 42)
    const centralExtra = Buffer.alloc(zip64 ? 28 : 0)
    if (zip64) {
      central.writeUInt32LE(0xffffffff, 20)
      central.writeUInt32LE(0xffffffff, 24)
      central.writeUInt32LE(0xffffffff, 42)
      central.writeUInt16LE(centralExtra.length, 30)
      centralExtra.writeUInt16LE(1, 0)
      centralExtra.writeUInt16LE(24, 2)
      centralExtra.writeBigUInt64LE(BigInt(entry.data.length), 4)
      centralExtra.writeBigUInt64LE(BigInt(body.length), 12)
      centralExtra.writeBigUInt64LE(BigInt(offset), 20)
    }
    const pieces = [local, name, localExtra, Buffer.from(body), descriptor]
    locals.push(...pieces)
    centrals.push(central, name, centralExtra)
    offset += pieces.reduce((n, p) => n + p.length, 0)
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(zip64 ? 0xffff : entries.length, 8)
  end.writeUInt16LE(zip64 ? 0xffff : entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(zip64 ? 0xffffffff : offset, 16)
  const record = Buffer.alloc(zip64 ? 56 : 0)
  const locator = Buffer.alloc(zip64 ? 20 : 0)
  if (zip64) {
    record.writeUInt32LE(0x06064b50, 0)
    record.writeBigUInt64LE(44n, 4)
    record.writeBigUInt64LE(BigInt(entries.length), 24)
    record.writeBigUInt64LE(BigInt(entries.length), 32)
    record.writeBigUInt64LE(BigInt(directory.length), 40)
    record.writeBigUInt64LE(BigInt(offset), 48)
    locator.writeUInt32LE(0x07064b50, 0)
    locator.writeBigUInt64LE(BigInt(offset + directory.length), 8)
    locator.writeUInt32LE(1, 16)
  }
  return new Uint8Array(Buffer.concat([...locals, directory, record, locator, end]))
}

/** The same book's files, rewritten by writeZip. */
function rezip(
  epub: Uint8Array,
  options: Omit<RawEntry, 'name' | 'data'>,
  zip64 = false,
): Uint8Array {
  return writeZip(
    Object.entries(unzipSync(epub)).map(([name, data]) => ({ name, data, ...options })),
    { zip64 },
  )
}

const CHAPTERS = [
  { id: 'a', href: 'a.xhtml', body: '<h1>Chapter One</h1><p>The first chapter’s text.</p>' },
  { id: 'b', href: 'b.xhtml', body: '<h1>Chapter Two</h1><p>The second chapter’s text.</p>' },
]
const xhtml = (body: string, title = 't') =>
  `<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>${title}</title></head><body>${body}</body></html>`
const encryption = (uris: string[], algorithm: string) =>
  `<?xml version="1.0"?><encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" xmlns:enc="http://www.w3.org/2001/04/xmlenc#">${uris
    .map(
      (uri) =>
        `<enc:EncryptedData><enc:EncryptionMethod Algorithm="${algorithm}"/><enc:CipherData><enc:CipherReference URI="${uri}"/></enc:CipherData></enc:EncryptedData>`,
    )
    .join('')}</encryption>`
/** What an encrypted chapter looks like: bytes with no text in them. */
const CIPHERTEXT = new Uint8Array(4000).map((_, i) => (i * 7919 + 13) % 256)
const AES = 'http://www.w3.org/2001/04/xmlenc#aes128-cbc'

const titles = (doc: ParsedDocument) => doc.outline.map((e) => e.title)
const texts = (doc: ParsedDocument) => doc.blocks.map((b) => b.text)

describe('DRM and font obfuscation', () => {
  it('a book whose chapters are encrypted is refused as DRM-protected, naming the file', async () => {
    const epub = buildEpub({
      chapters: CHAPTERS,
      files: {
        'META-INF/encryption.xml': encryption(['../OEBPS/a.xhtml', '/OEBPS/b.xhtml'], AES),
        'OEBPS/a.xhtml': CIPHERTEXT,
        'OEBPS/b.xhtml': CIPHERTEXT,
      },
    })
    await expect(importDocument(epub, 'bought.epub')).rejects.toThrow(
      /^bought\.epub: this EPUB is protected by DRM, so its text cannot be read\./,
    )
  })

  it('names the scheme when the book carries its licence file (Adobe, LCP)', async () => {
    for (const [file, scheme] of [
      ['META-INF/rights.xml', 'Adobe DRM'],
      ['META-INF/license.lcpl', 'Readium LCP'],
    ]) {
      const epub = buildEpub({
        chapters: CHAPTERS,
        files: {
          'META-INF/encryption.xml': encryption(['OEBPS/a.xhtml'], AES),
          [file!]: '{}',
          'OEBPS/a.xhtml': CIPHERTEXT,
        },
      })
      await expect(importDocument(epub, 'shop.epub')).rejects.toThrow(
        new RegExp(`^shop\\.epub: this EPUB is protected by DRM \\(${scheme}\\)`),
      )
    }
  })

  it('unreadable chapters beside a licence file are DRM even without an encryption.xml', async () => {
    const epub = buildEpub({
      chapters: CHAPTERS,
      files: {
        'META-INF/sinf.xml': '<fairplay:sinf/>',
        'OEBPS/a.xhtml': CIPHERTEXT,
        'OEBPS/b.xhtml': CIPHERTEXT,
      },
    })
    await expect(importDocument(epub, 'apple.epub')).rejects.toThrow(
      /^apple\.epub: this EPUB is protected by DRM \(Apple FairPlay\)/,
    )
  })

  it.each([
    ['IDPF', 'http://www.idpf.org/2008/embedding'],
    ['Adobe', 'http://ns.adobe.com/pdf/enc#RC'],
  ])('%s font obfuscation alone does not block the book', async (_name, algorithm) => {
    const epub = buildEpub({
      chapters: CHAPTERS,
      extraManifest: '<item id="font" href="fonts/serif.otf" media-type="font/otf"/>',
      files: {
        'META-INF/encryption.xml': encryption(['OEBPS/fonts/serif.otf'], algorithm),
        'OEBPS/fonts/serif.otf': CIPHERTEXT,
      },
    })
    const doc = await importDocument(epub, 'fonts.epub')
    expect(titles(doc)).toEqual(['Chapter One', 'Chapter Two'])
    expect(doc).toMatchObject({ title: 'Test Book', author: 'Ann Author', language: 'en' })
  })
})

describe('zips other tools write', () => {
  it('entries with data descriptors (sizes after the data) open', async () => {
    const doc = await importDocument(
      rezip(buildEpub({ chapters: CHAPTERS }), { deflate: true, descriptor: true }),
      'streamed.epub',
    )
    expect(titles(doc)).toEqual(['Chapter One', 'Chapter Two'])
    expect(texts(doc)).toContain('The second chapter’s text.')
  })

  it('a ZIP64 archive (sizes and offsets in ZIP64 fields) opens', async () => {
    const doc = await importDocument(
      rezip(buildEpub({ chapters: CHAPTERS }), { deflate: true }, true),
      'zip64.epub',
    )
    expect(titles(doc)).toEqual(['Chapter One', 'Chapter Two'])
    expect(texts(doc)).toContain('The second chapter’s text.')
  })

  it('Chinese file names written in GBK without the UTF-8 flag (zips from Chinese Windows)', async () => {
    const files = unzipSync(
      buildEpub({
        title: '三国演义',
        language: 'zh-CN',
        chapters: [
          {
            id: 'c1',
            href: '第一回.xhtml',
            body: '<h1>第一回 宴桃园豪杰三结义</h1><p>话说天下大势，分久必合，合久必分。</p>',
          },
          {
            id: 'c2',
            href: '第二回.xhtml',
            body: '<h1>第二回 张翼德怒鞭督邮</h1><p>且说董卓字仲颖，陇西临洮人也。</p>',
          },
        ],
        files: { 'OEBPS/图片/地图.png': PNG_1X1 },
      }),
    )
    files['OEBPS/第一回.xhtml'] = strToU8(
      xhtml(
        '<h1>第一回 宴桃园豪杰三结义</h1><p>话说天下大势，分久必合，合久必分。</p><img src="图片/地图.png" alt="地图"/>',
      ),
    )
    const epub = writeZip(
      Object.entries(files).map(([name, data]) => ({
        name: /[^\x00-\x7f]/.test(name) ? new Uint8Array(iconv.encode(name, 'gbk')) : name,
        data,
        deflate: true,
      })),
    )
    const doc = await importDocument(epub, 'sanguo.epub')
    expect(titles(doc)).toEqual(['第一回 宴桃园豪杰三结义', '第二回 张翼德怒鞭督邮'])
    expect(doc.blocks.find((b) => b.type === 'image')).toMatchObject({ text: '地图', width: 1 })
    expect(doc.language).toBe('zh-CN')
  })

  it('Deflate64, which Margin cannot unpack, is named in the message', async () => {
    const zip = rezip(buildEpub({ chapters: CHAPTERS }), { deflate: true })
    // Method 9 in every local and central header: what Windows Explorer writes for large folders.
    for (let i = 0; i + 12 < zip.length; i++) {
      const signature = zip[i] === 0x50 && zip[i + 1] === 0x4b
      if (signature && zip[i + 2] === 3 && zip[i + 3] === 4) zip[i + 8] = 9
      if (signature && zip[i + 2] === 1 && zip[i + 3] === 2) zip[i + 10] = 9
    }
    await expect(importDocument(zip, 'explorer.epub')).rejects.toThrow(
      /^explorer\.epub: .*Deflate64, which Margin cannot unpack/,
    )
  })

  it('a corrupt central directory and a password-protected zip get clear messages', async () => {
    const corrupt = buildEpub({ chapters: CHAPTERS })
    const end = corrupt.length - 22
    corrupt[end + 16] = 0x01 // the directory offset now points into the middle of a file
    await expect(importDocument(corrupt, 'corrupt.epub')).rejects.toThrow(
      /^corrupt\.epub: the EPUB is truncated or damaged/,
    )
    const locked = rezip(buildEpub({ chapters: CHAPTERS }), {})
    for (let i = 0; i + 12 < locked.length; i++) {
      if (
        locked[i] === 0x50 &&
        locked[i + 1] === 0x4b &&
        locked[i + 2] === 1 &&
        locked[i + 3] === 2
      )
        locked[i + 8] = locked[i + 8]! | 1
    }
    await expect(importDocument(locked, 'locked.epub')).rejects.toThrow(
      /^locked\.epub: the archive is password-protected/,
    )
  })

  it('a PDF or a RAR renamed .epub is not a zip', async () => {
    await expect(
      importDocument(strToU8('%PDF-1.7\n%\xe2\xe3\n1 0 obj'), 'scan.epub'),
    ).rejects.toThrow(/^scan\.epub: this is not an EPUB: the file is not a zip archive\./)
    await expect(
      importDocument(strToU8('Rar!\x1a\x07\x01\x00' + 'x'.repeat(64)), 'comic.epub'),
    ).rejects.toThrow(/^comic\.epub: .*not a zip/)
  })
})

describe('packages laid out unusually', () => {
  it('an OPF at the archive root, named by a container path in another case', async () => {
    const files = unzipSync(buildEpub({ chapters: CHAPTERS, opfPath: 'Package.opf' }))
    files['META-INF/container.xml'] = strToU8(CONTAINER('package.OPF'))
    const doc = await importDocument(
      writeZip(Object.entries(files).map(([name, data]) => ({ name, data }))),
      'root.epub',
    )
    expect(titles(doc)).toEqual(['Chapter One', 'Chapter Two'])
  })

  it('a container listing a PDF rendition first, and an NCX and a stylesheet wrongly in the spine', async () => {
    const files = unzipSync(
      buildEpub({
        chapters: CHAPTERS,
        ncx: '<ncx><navMap><navPoint><navLabel><text>Chapter One</text></navLabel><content src="a.xhtml"/></navPoint><navPoint><navLabel><text>Chapter Two</text></navLabel><content src="b.xhtml"/></navPoint></navMap></ncx>',
        extraManifest: '<item id="css" href="style.css" media-type="text/css"/>',
        files: { 'OEBPS/style.css': 'p { margin: 0 }', 'book.pdf': '%PDF-1.7' },
      }),
    )
    files['META-INF/container.xml'] = strToU8(
      '<container xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="book.pdf" media-type="application/pdf"/><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>',
    )
    const opf = new TextDecoder().decode(files['OEBPS/content.opf'])
    files['OEBPS/content.opf'] = strToU8(
      opf.replace(
        '<itemref idref="a"/>',
        '<itemref idref="ncx"/><itemref idref="css"/><itemref idref="a"/>',
      ),
    )
    const doc = await importDocument(
      writeZip(Object.entries(files).map(([name, data]) => ({ name, data }))),
      'renditions.epub',
    )
    expect(texts(doc)).toEqual([
      'Chapter One',
      'The first chapter’s text.',
      'Chapter Two',
      'The second chapter’s text.',
    ])
    expect(titles(doc)).toEqual(['Chapter One', 'Chapter Two'])
  })

  it('a package in a folder with spaces and Chinese, hrefs percent-encoded', async () => {
    const epub = buildEpub({
      opfPath: 'My Books/书 1/content.opf',
      title: 'Spaces',
      chapters: [
        {
          id: 'a',
          href: 'Text/Chapter 1.xhtml',
          manifestHref: 'Text/Chapter%201.xhtml',
          body: '<h1>Chapter One</h1><img src="../Images/map%20one.png" alt="map"/>',
        },
        {
          id: 'b',
          href: 'Text/第二章.xhtml',
          manifestHref: 'Text/%E7%AC%AC%E4%BA%8C%E7%AB%A0.xhtml',
          body: '<h1>Chapter Two</h1><p>Two.</p>',
        },
      ],
      files: { 'My Books/书 1/Images/map one.png': PNG_1X1 },
    })
    const doc = await importDocument(epub, 'spaces.epub')
    expect(titles(doc)).toEqual(['Chapter One', 'Chapter Two'])
    expect(doc.blocks.find((b) => b.type === 'image')).toHaveProperty('src')
  })

  it('a spine item missing from the zip and one that is binary junk are passed over; the rest reads', async () => {
    const epub = buildEpub({
      chapters: [
        ...CHAPTERS,
        { id: 'c', href: 'c.xhtml', body: '<h1>Chapter Three</h1><p>Third.</p>' },
      ],
      extraManifest: '<item id="gone" href="gone.xhtml" media-type="application/xhtml+xml"/>',
      files: { 'OEBPS/b.xhtml': CIPHERTEXT },
    })
    const files = unzipSync(epub)
    const opf = new TextDecoder()
      .decode(files['OEBPS/content.opf'])
      .replace('<itemref idref="c"/>', '<itemref idref="gone"/><itemref idref="c"/>')
    files['OEBPS/content.opf'] = strToU8(opf)
    const doc = await importDocument(
      writeZip(Object.entries(files).map(([name, data]) => ({ name, data }))),
      'holes.epub',
    )
    expect(titles(doc)).toEqual(['Chapter One', 'Chapter Three'])
  })

  it('a book whose every chapter is unreadable gets a clear message, not an empty book', async () => {
    const epub = buildEpub({
      chapters: CHAPTERS,
      files: { 'OEBPS/a.xhtml': CIPHERTEXT, 'OEBPS/b.xhtml': CIPHERTEXT },
    })
    await expect(importDocument(epub, 'junk.epub')).rejects.toThrow(
      /^junk\.epub: none of the EPUB's chapters is readable text/,
    )
  })

  it('content documents in GBK and Big5 with their encoding declared', async () => {
    const gbk = iconv.encode(
      '<?xml version="1.0" encoding="gbk"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>一</title></head><body><h1>第一章 开端</h1><p>话说天下大势，分久必合，合久必分。</p></body></html>',
      'gbk',
    )
    const big5 = iconv.encode(
      '<?xml version="1.0" encoding="big5"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>二</title></head><body><h1>第二章 甄士隱</h1><p>此開卷第一回也。作者自云：因曾歷過一番夢幻之後。</p></body></html>',
      'big5',
    )
    const epub = buildEpub({
      language: 'zh',
      chapters: [
        { id: 'a', href: 'a.xhtml', body: '' },
        { id: 'b', href: 'b.xhtml', body: '' },
      ],
      files: { 'OEBPS/a.xhtml': new Uint8Array(gbk), 'OEBPS/b.xhtml': new Uint8Array(big5) },
    })
    const doc = await importDocument(epub, 'legacy.epub')
    expect(titles(doc)).toEqual(['第一章 开端', '第二章 甄士隱'])
    expect(texts(doc)).toContain('此開卷第一回也。作者自云：因曾歷過一番夢幻之後。')
  })
})

describe('package files in other encodings and EPUB 3 metadata', () => {
  const withOpf = (
    rewrite: (opf: string) => Uint8Array,
    book: TestBook = { title: '三国演义', chapters: CHAPTERS },
  ) => {
    const files = unzipSync(buildEpub(book))
    files['OEBPS/content.opf'] = new Uint8Array(
      rewrite(new TextDecoder().decode(files['OEBPS/content.opf'])),
    )
    return writeZip(Object.entries(files).map(([name, data]) => ({ name, data })))
  }

  it('an OPF in GBK with its declaration gives the right title and author', async () => {
    const epub = withOpf(
      (opf) =>
        new Uint8Array(
          iconv.encode(
            opf
              .replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="gbk"?>')
              .replace('Ann Author', '罗贯中'),
            'gbk',
          ),
        ),
    )
    const doc = await importDocument(epub, 'gbk-opf.epub')
    expect(doc).toMatchObject({ title: '三国演义', author: '罗贯中' })
  })

  it('an OPF in UTF-16 with a BOM opens', async () => {
    const epub = withOpf(
      (opf) =>
        new Uint8Array(
          iconv.encode(
            opf.replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="UTF-16"?>'),
            'utf16le',
            { addBOM: true },
          ),
        ),
    )
    const doc = await importDocument(epub, 'utf16-opf.epub')
    expect(doc).toMatchObject({ title: '三国演义', author: 'Ann Author' })
    expect(titles(doc)).toEqual(['Chapter One', 'Chapter Two'])
  })

  it('an illustrator named through an EPUB 3 role refinement is not listed as an author', async () => {
    const doc = await importDocument(
      buildEpub({
        chapters: CHAPTERS,
        metadataExtra:
          '<dc:creator id="ill">John Tenniel</dc:creator><meta refines="#ill" property="role" scheme="marc:relators">ill</meta>',
      }),
      'roles.epub',
    )
    expect(doc.author).toBe('Ann Author')
  })

  it('a picture placed straight in the spine (a cover, a comic page) is shown', async () => {
    const epub = withOpf(
      (opf) => strToU8(opf.replace('<spine>', '<spine><itemref idref="cover"/>')),
      buildEpubArgs(),
    )
    const doc = await importDocument(epub, 'cover.epub')
    expect(doc.blocks[0]).toMatchObject({ type: 'image', width: 1, height: 1 })
    expect(titles(doc)).toEqual(['Chapter One', 'Chapter Two'])
  })
})

function buildEpubArgs(): TestBook {
  return {
    title: 'Cover first',
    chapters: CHAPTERS,
    extraManifest: '<item id="cover" href="cover.png" media-type="image/png"/>',
    files: { 'OEBPS/cover.png': PNG_1X1 },
  }
}

describe('books without a table of contents', () => {
  it('chapter titles styled as paragraphs become the contents', async () => {
    const doc = await importDocument(
      buildEpub({
        language: 'zh',
        chapters: [
          {
            id: 'a',
            href: 'a.xhtml',
            body: '<p class="title"><b>第一章 初遇</b></p><p>那年春天，他们在湖边相遇。</p>',
          },
          {
            id: 'b',
            href: 'b.xhtml',
            body: '<p class="title"><b>第二章 别离</b></p><p>秋天到了，他要远行。</p>',
          },
        ],
      }),
      'webnovel.epub',
    )
    expect(doc.outline.map((e) => [e.title, e.level])).toEqual([
      ['第一章 初遇', 1],
      ['第二章 别离', 1],
    ])
    expect(doc.blocks[0]).toMatchObject({ type: 'heading', text: '第一章 初遇' })
  })

  it('without headings of any kind, one entry per spine document, by its own title or first line', async () => {
    const files = unzipSync(
      buildEpub({
        chapters: [
          { id: 'a', href: 'a.xhtml', body: '' },
          { id: 'b', href: 'b.xhtml', body: '' },
        ],
      }),
    )
    files['OEBPS/a.xhtml'] = strToU8(xhtml('<p>It began in the spring.</p><p>More.</p>', 'Spring'))
    files['OEBPS/b.xhtml'] = strToU8(xhtml('<div><p>Autumn came.</p></div>', 'Autumn'))
    const named = await importDocument(
      writeZip(Object.entries(files).map(([name, data]) => ({ name, data }))),
      'named.epub',
    )
    expect(titles(named)).toEqual(['Spring', 'Autumn'])
    expect(named.outline[1]!.blockId).toBe(named.blocks.find((b) => b.text === 'Autumn came.')!.id)

    files['OEBPS/b.xhtml'] = strToU8(xhtml('<p>Autumn came.</p>', 'Spring'))
    const untitled = await importDocument(
      writeZip(Object.entries(files).map(([name, data]) => ({ name, data }))),
      'untitled.epub',
    )
    expect(titles(untitled)).toEqual(['It began in the spring.', 'Autumn came.'])
  })
})

describe('images', () => {
  it('a very large image (20,000 px square, 8 MB) is kept with its size', async () => {
    const big = new Uint8Array(8 * 1024 * 1024)
    big.set(PNG_1X1.subarray(0, 24))
    new DataView(big.buffer).setUint32(16, 20_000)
    new DataView(big.buffer).setUint32(20, 20_000)
    const doc = await importDocument(
      buildEpub({
        chapters: [
          {
            id: 'a',
            href: 'a.xhtml',
            body: '<h1>Map</h1><p><img src="big.png" alt="The whole map"/></p>',
          },
        ],
        files: { 'OEBPS/big.png': big },
      }),
      'atlas.epub',
    )
    const image = doc.blocks.find((b) => b.type === 'image')
    expect(image).toMatchObject({ text: 'The whole map', width: 20_000, height: 20_000 })
    expect(doc.assets?.find((a) => image?.src?.endsWith(a.name))?.bytes.length).toBe(big.length)
  })

  it('a picture inlined as a data: URL (converters that embed images) is shown', async () => {
    const src = `data:image/png;base64,${Buffer.from(PNG_1X1).toString('base64')}`
    const doc = await importDocument(
      buildEpub({
        chapters: [
          { id: 'a', href: 'a.xhtml', body: `<h1>Dot</h1><img src="${src}" alt="a dot"/>` },
        ],
      }),
      'inline.epub',
    )
    const image = doc.blocks.find((b) => b.type === 'image')
    expect(image).toMatchObject({ text: 'a dot', width: 1, height: 1 })
    expect(doc.assets?.some((a) => image?.src === a.name)).toBe(true)
  })

  it('a page that is only an SVG-wrapped picture (covers, comics) shows the picture', async () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 600 800"><image width="600" height="800" xlink:href="img/page1.png"/></svg>'
    const doc = await importDocument(
      buildEpub({
        chapters: [{ id: 'p1', href: 'p1.xhtml', body: svg }, ...CHAPTERS],
        files: { 'OEBPS/img/page1.png': PNG_1X1 },
      }),
      'comic.epub',
    )
    expect(doc.blocks[0]).toMatchObject({ type: 'image', width: 1 })
  })

  it('alice.epub3 still shows all 28 of its images after the zip is rewritten with data descriptors', async () => {
    const original = new Uint8Array(await readFile(join(EPUBS, 'alice.epub3.epub')))
    const doc = await importDocument(
      rezip(original, { deflate: true, descriptor: true }),
      'alice.epub',
    )
    expect(doc.blocks.filter((b) => b.type === 'image' && b.src).length).toBeGreaterThanOrEqual(28)
  })
})
