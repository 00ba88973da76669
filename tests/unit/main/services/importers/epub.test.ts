import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { strToU8, unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import type { ParsedDocument } from '../../../../../src/shared/document-model'
import { importDocument } from '../../../../../src/main/services/importers/import-document'
import { buildEpub, CONTAINER, PNG_1X1 } from './epub-fixtures'

const EPUBS = join(import.meta.dirname, '../../../../../../shared/corpus/epub')
const open = async (name: string) => importDocument(await readFile(join(EPUBS, name)), name)

function blockOf(doc: ParsedDocument, blockId: string) {
  const index = doc.blocks.findIndex((b) => b.id === blockId)
  expect(index).toBeGreaterThanOrEqual(0)
  return { index, block: doc.blocks[index]! }
}

describe('EPUB import of real books', () => {
  it('reads Moby-Dick: 141 table-of-contents entries over its 144 spine items, in reading order', async () => {
    const doc = await open('moby-dick.epub3.epub')
    expect(doc.format).toBe('epub')
    expect(doc.title).toBe('Moby-Dick')
    expect(doc.author).toBe('Herman Melville')
    expect(doc.language).toMatch(/^en/)
    expect(doc.outline).toHaveLength(141)
    const loomings = doc.outline.find((e) => e.title === 'Chapter 1. Loomings.')!
    expect(blockOf(doc, loomings.blockId).block.text).toContain('Loomings')
    const indexes = doc.outline.map((e) => blockOf(doc, e.blockId).index)
    expect([...indexes].sort((a, b) => a - b)).toEqual(indexes)
    expect(doc.blocks.some((b) => b.text.startsWith('Call me Ishmael.'))).toBe(true)
    expect(doc.cover).toMatch(/\.jpg$/)
    expect(doc.assets?.some((a) => a.name === doc.cover)).toBe(true)
  })

  it('keeps the Debian Policy Manual table of contents nested three levels deep', async () => {
    const doc = await open('debian-policy.epub3.epub')
    expect(doc.title).toBe('Debian Policy Manual')
    expect(Math.max(...doc.outline.map((e) => e.level))).toBe(3)
    expect(doc.outline.length).toBeGreaterThan(300)
    // Every entry lands on a block whose text is the entry's title (fragments inside one file included).
    const matching = doc.outline.filter((e) =>
      blockOf(doc, e.blockId).block.text.includes(e.title.replace(/^[\d.]+\s*/, '')),
    )
    expect(matching.length / doc.outline.length).toBeGreaterThan(0.9)
    expect(doc.blocks.filter((b) => b.type === 'image' && b.src).length).toBeGreaterThanOrEqual(5)
  })

  it('reads debmake-doc as Chinese despite its "en" declaration, with its five-level NCX and a missing manifest item', async () => {
    const doc = await open('debmake-doc.zh-cn.epub2.epub')
    expect(doc.title).toBe('Debian 维护者指南')
    expect(doc.author).toBe('Osamu Aoki')
    expect(doc.language).toBe('zh')
    expect(Math.max(...doc.outline.map((e) => e.level))).toBe(5)
    expect(doc.outline.find((e) => e.title === '2.1. Debian 社区的工作者')).toBeDefined()
    // The cover is listed at xslt/debian-openlogo.png but packed elsewhere: it is still found.
    expect(doc.cover).toBe('debian-openlogo.png')
    expect(doc.blocks.filter((b) => b.type === 'code').length).toBeGreaterThan(100)
  })

  it('points each of alice_pg19033’s 14 fragment links into its single spine item at the right block', async () => {
    const doc = await open('alice_pg19033.epub2.epub')
    expect(doc.outline).toHaveLength(14)
    for (const entry of doc.outline) {
      const { block } = blockOf(doc, entry.blockId)
      expect(block.type).toBe('heading')
      expect(block.text).toBe(entry.title)
    }
    expect(new Set(doc.outline.map((e) => e.blockId)).size).toBe(14)
    expect(doc.outline.map((e) => e.level)).toEqual([1, 1, 2, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2])
    const images = doc.blocks.filter((b) => b.type === 'image' && b.src)
    expect(images).toHaveLength(28)
    expect(new Set(images.map((b) => b.src)).size).toBe(28)
    expect(images.every((b) => b.width! > 0 && b.height! > 0)).toBe(true)
    // The OPF names a cover item that is not in the book: no cover, no failure.
    expect(doc.cover).toBeNull()
  })

  it('shows alice.epub3’s images, cover and nav-only table of contents', async () => {
    const doc = await open('alice.epub3.epub')
    expect(doc.outline.map((e) => e.title)).toContain('Down The Rabbit-Hole')
    expect(doc.outline).toHaveLength(11)
    expect(doc.cover).toBe('cover_th.jpg')
    const images = doc.blocks.filter((b) => b.type === 'image')
    expect(images.length).toBe(28)
    expect(
      images.every(
        (b) => b.src && doc.assets!.some((a) => a.name === b.src && a.type === 'image/jpeg'),
      ),
    ).toBe(true)
  })

  it('opens alice_broken_xml although its toc.ncx is not well-formed', async () => {
    const doc = await open('alice_broken_xml.epub')
    expect(doc.outline.length).toBeGreaterThanOrEqual(12)
    expect(doc.outline.some((e) => /DOWN THE RABBIT-HOLE/.test(e.title))).toBe(true)
    expect(doc.stats.chars).toBeGreaterThan(50_000)
  })

  it('opens the minimal EPUB that has no chapters', async () => {
    const doc = await open('alice_minimal_no_content.epub3.epub')
    expect(doc.title).toBe("Alice's Adventures in Wonderland")
    expect(doc.blocks.length).toBeGreaterThan(0)
  })

  it('gives the same ids and offsets for the same bytes', async () => {
    const [a, b] = [await open('alice.epub3.epub'), await open('alice.epub3.epub')]
    expect(b.blocks.map((x) => [x.id, x.start])).toEqual(a.blocks.map((x) => [x.id, x.start]))
  })
})

describe('EPUB import of unusual books', () => {
  it('finds a package nested in a subfolder and reads malformed XHTML leniently', async () => {
    const epub = buildEpub({
      opfPath: 'deep/er/book.opf',
      chapters: [
        {
          id: 'c1',
          href: 'text/one.xhtml',
          body: '<h1 class=title>One</h2><p>Unclosed <b>bold<p>Second&nbsp;para</div><p/>Third<br>line',
        },
      ],
    })
    const doc = await importDocument(epub, 'nested.epub')
    expect(doc.blocks.map((b) => b.text)).toEqual([
      'One',
      'Unclosed bold',
      'Second\u00a0para',
      'Third\nline',
    ])
  })

  it('rebuilds the table of contents from the headings when the NCX is missing its targets', async () => {
    const ncx =
      '<ncx><navMap><navPoint><navLabel><text>Gone</text></navLabel><content src="missing.xhtml"/></navPoint></navMap></ncx>'
    const epub = buildEpub({
      ncx,
      chapters: [
        { id: 'a', href: 'a.xhtml', body: '<h1>First chapter</h1><p>Text.</p>' },
        { id: 'b', href: 'b.xhtml', body: '<h2>Second chapter</h2><p>More.</p>' },
      ],
    })
    const doc = await importDocument(epub, 'rebuilt.epub')
    // One chapter per file: an h2 in the second file is not nested under the first file's h1.
    expect(doc.outline.map((e) => [e.title, e.level])).toEqual([
      ['First chapter', 1],
      ['Second chapter', 1],
    ])
  })

  it('skips a spine item missing from the archive and an image that is not there', async () => {
    const epub = buildEpub({
      chapters: [
        {
          id: 'a',
          href: 'a.xhtml',
          body: '<p>Here.</p><img src="img/gone.png" alt="A lost map"/><img src="img/dot.png" alt=""/>',
        },
      ],
      extraManifest: '<item id="ghost" href="ghost.xhtml" media-type="application/xhtml+xml"/>',
      files: { 'OEBPS/img/dot.png': PNG_1X1 },
    })
    const doc = await importDocument(epub, 'gaps.epub')
    const images = doc.blocks.filter((b) => b.type === 'image')
    expect(images).toHaveLength(2)
    expect(images[0]).toMatchObject({ text: 'A lost map' })
    expect(images[0]).not.toHaveProperty('src')
    expect(images[1]).toMatchObject({ src: 'dot.png', width: 1, height: 1 })
  })

  it('prefers the text’s language over a contradicting declaration', async () => {
    const epub = buildEpub({
      language: 'en',
      chapters: [
        {
          id: 'a',
          href: 'a.xhtml',
          body: '<p>这是一本用中文写成的书，虽然它的元数据说它是英文的。我们应该相信正文。</p>',
        },
      ],
    })
    expect((await importDocument(epub, 'zh.epub')).language).toBe('zh')
  })
})

describe('EPUB import refuses bad input with a clear message', () => {
  const refuse = (bytes: Uint8Array, name: string, reason: RegExp) =>
    expect(importDocument(bytes, name)).rejects.toThrow(
      new RegExp(`^${name.replace('.', '\\.')}: .*${reason.source}`),
    )

  it('a file that is not a zip', () =>
    refuse(strToU8('just some text, not a book'), 'fake.epub', /not a zip/))

  it('a truncated EPUB', async () => {
    const bytes = await readFile(join(EPUBS, 'alice.epub3.epub'))
    await refuse(bytes.subarray(0, bytes.length / 2), 'cut.epub', /truncated or damaged/)
  })

  it('a zip with no container and no package file', () =>
    refuse(zipSync({ 'readme.txt': strToU8('hello') }), 'plain.epub', /no META-INF\/container.xml/))

  it('a container pointing at a package that is not there', () =>
    refuse(
      zipSync({ 'META-INF/container.xml': strToU8(CONTAINER('OEBPS/none.opf')) }),
      'noopf.epub',
      /no package/,
    ))

  it('an entry that tries to leave its folder', () =>
    refuse(
      zipSync({
        'META-INF/container.xml': strToU8(CONTAINER()),
        '../../evil.sh': strToU8('rm -rf ~'),
      }),
      'escape.epub',
      /outside its folder/,
    ))

  it('a zip bomb, by declared size and by what it really unpacks to', async () => {
    const zeros = new Uint8Array(8 * 1024 * 1024)
    const bomb = buildEpub({
      chapters: [{ id: 'a', href: 'a.xhtml', body: '<p>x</p>' }],
      files: { 'OEBPS/zeros.bin': zeros },
    })
    await expect(
      importDocument(bomb, 'bomb.epub', {
        zipLimits: { maxEntries: 100, maxEntryBytes: 1024 * 1024, maxTotalBytes: 4 * 1024 * 1024 },
      }),
    ).rejects.toThrow(/^bomb\.epub: .*zip bomb/)

    // The same archive, lying: its directory claims the chapter unpacks to 10 bytes.
    const liar = buildEpub({
      chapters: [{ id: 'a', href: 'a.xhtml', body: `<p>${'x'.repeat(100_000)}</p>` }],
    })
    const view = new DataView(liar.buffer, liar.byteOffset, liar.byteLength)
    for (let at = 0; at < liar.length - 4; at++) {
      if (view.getUint32(at, true) !== 0x02014b50) continue
      const nameLength = view.getUint16(at + 28, true)
      const name = new TextDecoder().decode(liar.subarray(at + 46, at + 46 + nameLength))
      if (name === 'OEBPS/a.xhtml') view.setUint32(at + 24, 10, true)
    }
    await refuse(liar, 'liar.epub', /unpacks to more than it declares/)
  })

  it('XML entity expansion (billion laughs) is never expanded', async () => {
    const laughs =
      '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">' +
      Array.from(
        { length: 7 },
        (_, i) => `<!ENTITY lol${i + 3} "${`&lol${i + 2};`.repeat(10)}">`,
      ).join('') +
      ']>'
    const epub = buildEpub({
      title: '&lol9;',
      chapters: [{ id: 'a', href: 'a.xhtml', body: '<p>Safe &lol9; text</p>' }],
      files: {},
    })
    const withDoctype = zipSync({
      ...Object.fromEntries(
        Object.entries(unzipSync(epub)).map(([k, v]) => [
          k,
          k.endsWith('.opf')
            ? strToU8(new TextDecoder().decode(v).replace('<package', `${laughs}<package`))
            : v,
        ]),
      ),
    })
    const doc = await importDocument(withDoctype, 'laughs.epub')
    expect(doc.title.length).toBeLessThan(20)
    expect(doc.stats.chars).toBeLessThan(100)
  })

  it('a file over the size limit', () =>
    expect(importDocument(new Uint8Array(2048), 'big.epub', { maxBytes: 1024 })).rejects.toThrow(
      /^big\.epub: .*more than Margin opens/,
    ))
})

describe('EPUB import of books laid out in ways the corpus does not show', () => {
  const NAV_ITEM =
    '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>'
  const nav = (links: [string, string][]) =>
    `<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"><head><title>nav</title></head><body><nav epub:type="toc"><ol>${links
      .map(([href, title]) => `<li><a href="${href}">${title}</a></li>`)
      .join('')}</ol></nav></body></html>`
  const ncx = (links: [string, string][]) =>
    `<?xml version="1.0"?><ncx xmlns="http://www.daisy.org/z3986/2005/ncx/"><navMap>${links
      .map(
        ([src, title], i) =>
          `<navPoint id="n${i}" playOrder="${i + 1}"><navLabel><text>${title}</text></navLabel><content src="${src}"/></navPoint>`,
      )
      .join('')}</navMap></ncx>`
  const chapters = [
    { id: 'a', href: 'a.xhtml', body: '<h1>Chapter One</h1><p>First.</p>' },
    { id: 'b', href: 'b.xhtml', body: '<h1>Chapter Two</h1><p>Second.</p>' },
    { id: 'c', href: 'c.xhtml', body: '<h1>Chapter Three</h1><p>Third.</p>' },
  ]
  const titlesOf = (doc: ParsedDocument) => doc.outline.map((e) => e.title)

  it('a nav that points at files the book lacks gives way to the NCX', async () => {
    const epub = buildEpub({
      chapters,
      ncx: ncx([
        ['a.xhtml', 'One (NCX)'],
        ['b.xhtml', 'Two (NCX)'],
        ['c.xhtml', 'Three (NCX)'],
      ]),
      extraManifest: NAV_ITEM,
      files: {
        'OEBPS/nav.xhtml': nav([
          ['gone1.xhtml', 'Lost one'],
          ['gone2.xhtml', 'Lost two'],
          ['c.xhtml', 'Three (nav)'],
        ]),
      },
    })
    expect(titlesOf(await importDocument(epub, 'badnav.epub'))).toEqual([
      'One (NCX)',
      'Two (NCX)',
      'Three (NCX)',
    ])
  })

  it('when nav and NCX disagree, the nav is read unless the NCX covers far more of the book', async () => {
    const both = (navLinks: [string, string][]) =>
      buildEpub({
        chapters,
        ncx: ncx([
          ['a.xhtml', 'NCX one'],
          ['b.xhtml', 'NCX two'],
          ['c.xhtml', 'NCX three'],
        ]),
        extraManifest: NAV_ITEM,
        files: { 'OEBPS/nav.xhtml': nav(navLinks) },
      })
    const full = await importDocument(
      both([
        ['a.xhtml', 'Nav one'],
        ['b.xhtml', 'Nav two'],
        ['c.xhtml', 'Nav three'],
      ]),
      'agree.epub',
    )
    expect(titlesOf(full)).toEqual(['Nav one', 'Nav two', 'Nav three'])
    const stub = await importDocument(both([['a.xhtml', 'Start']]), 'stub.epub')
    expect(titlesOf(stub)).toEqual(['NCX one', 'NCX two', 'NCX three'])
  })

  it('file names with spaces and Chinese, percent-encoded or not, in manifest, nav and images', async () => {
    const epub = buildEpub({
      chapters: [
        {
          id: 'a',
          href: 'Text/第一章 开始.xhtml',
          manifestHref: 'Text/%E7%AC%AC%E4%B8%80%E7%AB%A0%20%E5%BC%80%E5%A7%8B.xhtml',
          body: '<h1>第一章 开始</h1><p>正文一。</p><img src="../Images/插图%201.png" alt="插图"/>',
        },
        {
          id: 'b',
          href: 'Text/Chapter Two.xhtml',
          manifestHref: 'text/chapter%20two.xhtml',
          body: '<h1 id="t">第二章 继续</h1><p>正文二。</p>',
        },
      ],
      extraManifest: NAV_ITEM,
      files: {
        'OEBPS/Images/插图 1.png': PNG_1X1,
        'OEBPS/nav.xhtml': nav([
          ['Text/%E7%AC%AC%E4%B8%80%E7%AB%A0%20%E5%BC%80%E5%A7%8B.xhtml', '第一章 开始'],
          ['Text/Chapter%20Two.xhtml#t', '第二章 继续'],
        ]),
      },
    })
    const doc = await importDocument(epub, 'names.epub')
    expect(doc.blocks.filter((b) => b.type === 'paragraph').map((b) => b.text)).toEqual([
      '正文一。',
      '正文二。',
    ])
    expect(doc.blocks.find((b) => b.type === 'image')).toMatchObject({ width: 1, height: 1 })
    expect(doc.blocks.find((b) => b.type === 'image')?.src).toBeTruthy()
    expect(doc.outline.map((e) => [e.title, blockOf(doc, e.blockId).block.text])).toEqual([
      ['第一章 开始', '第一章 开始'],
      ['第二章 继续', '第二章 继续'],
    ])
  })

  it('an EPUB 2 with neither NCX nor nav reads the contents page its guide names, else the headings', async () => {
    const contents = {
      id: 'toc',
      href: 'contents.xhtml',
      body: '<h1>Contents</h1><ul><li><a href="a.xhtml">One</a><ul><li><a href="b.xhtml">One, part two</a></li></ul></li><li><a href="c.xhtml">Three</a></li></ul>',
    }
    const withGuide = buildEpub({
      chapters: [contents, ...chapters],
      guide: '<guide><reference type="toc" title="Contents" href="contents.xhtml"/></guide>',
    })
    const doc = await importDocument(withGuide, 'guide.epub')
    expect(doc.outline.map((e) => [e.title, e.level, blockOf(doc, e.blockId).block.text])).toEqual([
      ['One', 1, 'Chapter One'],
      ['One, part two', 2, 'Chapter Two'],
      ['Three', 1, 'Chapter Three'],
    ])
    const bare = await importDocument(buildEpub({ chapters }), 'bare.epub')
    expect(titlesOf(bare)).toEqual(['Chapter One', 'Chapter Two', 'Chapter Three'])
  })

  it('malformed XHTML: bare ampersands, unclosed tags, an undeclared entity', async () => {
    const epub = buildEpub({
      chapters: [
        {
          id: 'a',
          href: 'a.xhtml',
          body: '<h1>Tom & Jerry &copy; 1940</h1><p>Salt &amp; pepper & more &unknown; here<p>Next <i>para',
        },
      ],
    })
    const doc = await importDocument(epub, 'malformed.epub')
    expect(doc.blocks.map((b) => b.text)).toEqual([
      'Tom & Jerry © 1940',
      'Salt & pepper & more &unknown; here',
      'Next para',
    ])
  })
})
