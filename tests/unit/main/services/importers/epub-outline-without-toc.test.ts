import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import type { ParsedDocument } from '../../../../../src/shared/document-model'
import { importDocument } from '../../../../../src/main/services/importers/import-document'
import { buildEpub } from './epub-fixtures'

/**
 * EPUBs without a table of contents (no nav, no NCX, no guide contents page): the outline is
 * rebuilt from the headings as a reader shows it, one entry per chapter. Real books have their
 * tables of contents removed here and the result is compared with the one removed.
 */
const EPUBS = join(import.meta.dirname, '../../../../../../shared/corpus/epub')

/** The book with its nav document and NCX gone from the package and the archive, and its guide dropped. */
function withoutToc(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes)
  const opfName = Object.keys(files).find((n) => n.endsWith('.opf'))!
  const folder = opfName.slice(0, opfName.lastIndexOf('/') + 1)
  let opf = strFromU8(files[opfName]!)
  const removed: string[] = []
  opf = opf.replace(/<item\b[^>]*>/g, (item) => {
    if (!/properties="[^"]*\bnav\b|application\/x-dtbncx\+xml/.test(item)) return item
    removed.push(/\bid="([^"]+)"/.exec(item)![1]!)
    delete files[folder + /\bhref="([^"]+)"/.exec(item)![1]!]
    return ''
  })
  for (const id of removed)
    opf = opf.replace(new RegExp(`<itemref\\b[^>]*idref="${id}"[^>]*>`, 'g'), '')
  opf = opf.replace(/(<spine\b[^>]*?)\s+toc="[^"]*"/, '$1').replace(/<guide\b[\s\S]*?<\/guide>/, '')
  files[opfName] = strToU8(opf)
  return zipSync(files)
}

async function bothVersions(
  name: string,
): Promise<{ real: ParsedDocument; rebuilt: ParsedDocument }> {
  const bytes = new Uint8Array(await readFile(join(EPUBS, name)))
  const real = await importDocument(bytes, name)
  const rebuilt = await importDocument(withoutToc(bytes), name)
  return { real, rebuilt }
}

const titles = (doc: ParsedDocument) => doc.outline.map((e) => e.title)
const at = (doc: ParsedDocument, level: number) =>
  doc.outline.filter((e) => e.level === level).map((e) => e.title)

/** The removed table's entries that the rebuilt outline has too, on the same block. */
function found(real: ParsedDocument, rebuilt: ParsedDocument) {
  const blocks = new Set(rebuilt.outline.map((e) => e.blockId))
  return real.outline.filter((e) => blocks.has(e.blockId))
}

describe('the outline of an EPUB without a table of contents, from real books', () => {
  it('Moby-Dick: the front matter and the 135 chapters and epilogue, without the contents page or sub-headings', async () => {
    const { real, rebuilt } = await bothVersions('moby-dick.epub3.epub')
    expect(titles(rebuilt).slice(0, 4)).toEqual([
      'Original Transcriber’s Notes:',
      'ETYMOLOGY.',
      'EXTRACTS (Supplied by a Sub-Sub-Librarian).',
      'Chapter 1. Loomings.',
    ])
    expect(titles(rebuilt).at(-1)).toBe('Epilogue')
    expect(rebuilt.outline.every((e) => e.level === 1)).toBe(true)
    // "Brief Contents" is a page of links; "Extracts." a heading inside the extracts.
    expect(titles(rebuilt)).not.toContain('Brief Contents')
    expect(titles(rebuilt)).not.toContain('Extracts.')
    const chapters = real.outline.filter((e) => /^Chapter \d+\./.test(e.title))
    expect(chapters).toHaveLength(135)
    expect(found(real, rebuilt)).toEqual(
      real.outline.filter((e) => e.title !== 'Moby-Dick' && e.title !== 'Copyright Page'),
    )
  })

  it('Alice (EPUB 3): ten chapters at the top level, not under the title page and its copyright line', async () => {
    const { real, rebuilt } = await bothVersions('alice.epub3.epub')
    expect(titles(rebuilt)).toEqual(real.outline.slice(1).map((e) => e.title))
    expect(rebuilt.outline.every((e) => e.level === 1)).toBe(true)
    expect(titles(rebuilt).join(' ')).not.toMatch(/Adventures In Wonderland|Copyright|Contents/)
  })

  it('Alice (EPUB 2, the whole book in one file): the ten chapters, not the series, title and publisher lines above them', async () => {
    const { real, rebuilt } = await bothVersions('alice_pg19033.epub2.epub')
    expect(rebuilt.outline).toEqual(real.outline.slice(4).map((e) => ({ ...e, level: 1 })))
    expect(titles(rebuilt)[0]).toBe('I—DOWN THE RABBIT-HOLE')
  })

  it('Debian Policy: chapters with their sections and subsections, as the removed table nests them', async () => {
    const { real, rebuilt } = await bothVersions('debian-policy.epub3.epub')
    expect(at(rebuilt, 1)).toContain('1. About this manual')
    expect(at(rebuilt, 1)).toContain('10. Upgrading checklist')
    expect(at(rebuilt, 2)).toContain('1.1. Scope')
    expect(at(rebuilt, 3)).toContain('1.3.1. Early history')
    expect(Math.max(...rebuilt.outline.map((e) => e.level))).toBe(3)
    // The index at the back is listed, its letter headings are not.
    expect(titles(rebuilt).slice(-2)).toEqual(['11. License', 'Index'])
    // The title page (the book's title over a list of links) is the one entry left out.
    const kept = found(real, rebuilt)
    expect(real.outline.filter((e) => !kept.includes(e)).map((e) => e.title)).toEqual([
      'Debian Policy Manual',
    ])
    const levelOf = new Map(rebuilt.outline.map((e) => [e.blockId, e.level]))
    expect(kept.every((e) => levelOf.get(e.blockId) === e.level)).toBe(true)
  })

  it('the debmake guide (Chinese, DocBook): chapters, then sections numbered under them, no Note or Tip boxes', async () => {
    const { real, rebuilt } = await bothVersions('debmake-doc.zh-cn.epub2.epub')
    expect(at(rebuilt, 1).slice(0, 4)).toEqual([
      '前言',
      'Chapter 1. 概览',
      'Chapter 2. 预备知识',
      'Chapter 3. 工具的配置',
    ])
    expect(at(rebuilt, 1).at(-1)).toBe('Appendix A. debmake(1) 手册页')
    const chapter2 = titles(rebuilt).indexOf('Chapter 2. 预备知识')
    expect(rebuilt.outline[chapter2 + 1]).toMatchObject({
      title: '2.1. Debian 社区的工作者',
      level: 2,
    })
    expect(titles(rebuilt)).toContain('5.1.1. debhelper 软件包')
    expect(titles(rebuilt)).not.toContain('Note')
    expect(titles(rebuilt)).not.toContain('Tip')
    // The title page (title and translators' names) and the contents page give no entries.
    expect(titles(rebuilt)).not.toContain('Debian 维护者指南')
    expect(titles(rebuilt)).not.toContain('Osamu Aoki')
    expect(found(real, rebuilt).length).toBeGreaterThanOrEqual(real.outline.length - 5)
  })
})

const page = (id: string, body: string) => ({ id, href: `${id}.xhtml`, body })
const text =
  '<p>' + 'It was a dark and stormy night; the rain fell in torrents. '.repeat(8) + '</p>'

describe('the outline of an EPUB without a table of contents, from book shapes', () => {
  it('a novel: title page, dedication and contents give nothing; "Chapter 1" over its title is one entry', async () => {
    const doc = await importDocument(
      buildEpub({
        title: 'The Storm',
        chapters: [
          page(
            'title',
            '<h1>The Storm</h1><h2>Ann Author</h2><h3>Harbour Press, London</h3><p>MMXX</p>',
          ),
          page('dedication', '<p>For M.</p>'),
          page(
            'contents',
            '<h2>Contents</h2><p><a href="c1.xhtml">Chapter 1</a></p><p><a href="c2.xhtml">Chapter 2</a></p>',
          ),
          page('c1', `<h2>Chapter 1</h2><h3>The Harbour</h3>${text}<h4>* * *</h4>${text}`),
          page('c2', `<h2>Chapter 2</h2><h3>The Lighthouse</h3>${text}<h4>* * *</h4>${text}`),
          page('c3', `<h2>Chapter 3</h2><h3>Landfall</h3>${text}<h4>* * *</h4>${text}`),
        ],
      }),
      'novel.epub',
    )
    expect(doc.outline.map((e) => [e.title, e.level])).toEqual([
      ['Chapter 1: The Harbour', 1],
      ['Chapter 2: The Lighthouse', 1],
      ['Chapter 3: Landfall', 1],
    ])
    expect(doc.blocks.find((b) => b.id === doc.outline[0]!.blockId)!.text).toBe('Chapter 1')
  })

  it('parts over chapters nest; a lone preface above the chapters does not', async () => {
    const parts = await importDocument(
      buildEpub({
        chapters: [
          page('p1', '<h1>Part One</h1>'),
          page('c1', `<h2>The Harbour</h2>${text}`),
          page('c2', `<h2>The Lighthouse</h2>${text}`),
          page('p2', '<h1>Part Two</h1>'),
          page('c3', `<h2>Landfall</h2>${text}`),
        ],
      }),
      'parts.epub',
    )
    expect(parts.outline.map((e) => [e.title, e.level])).toEqual([
      ['Part One', 1],
      ['The Harbour', 2],
      ['The Lighthouse', 2],
      ['Part Two', 1],
      ['Landfall', 2],
    ])
    const preface = await importDocument(
      buildEpub({
        chapters: [
          page('pre', `<h1>Preface</h1>${text}`),
          page('c1', `<h2>The Harbour</h2>${text}`),
          page('c2', `<h2>The Lighthouse</h2>${text}`),
        ],
      }),
      'preface.epub',
    )
    expect(preface.outline.map((e) => e.level)).toEqual([1, 1, 1])
    const long = text.repeat(6)
    const byTurns = await importDocument(
      buildEpub({
        chapters: [1, 2, 3, 4].map((n) =>
          page(`c${n}`, n % 2 ? `<h1>Chapter ${n}</h1>${long}` : `<h2>Chapter ${n}</h2>${long}`),
        ),
      }),
      'by-turns.epub',
    )
    expect(byTurns.outline.map((e) => e.level)).toEqual([1, 1, 1, 1])
  })

  it('a file holding several chapters lists each; a file continuing one (a split) adds nothing', async () => {
    const doc = await importDocument(
      buildEpub({
        chapters: [
          page('s0', `<h2>Chapter I</h2>${text}<h2>Chapter II</h2>${text}`),
          page('s1', `${text}<h2>Chapter III</h2>${text}`),
          page('s2', text),
        ],
      }),
      'split.epub',
    )
    expect(titles(doc)).toEqual(['Chapter I', 'Chapter II', 'Chapter III'])
  })

  it('a title page sharing a file with chapter 1 (as converters join them): the chapters, not the title or author', async () => {
    const doc = await importDocument(
      buildEpub({
        title: 'The Storm',
        chapters: [
          page('s0', `<h1>The Storm</h1><h2>Ann Author</h2><h1>Chapter 1</h1>${text.repeat(9)}`),
          page('s1', `<h1>Chapter 2</h1>${text}`),
        ],
      }),
      'converted.epub',
    )
    expect(titles(doc)).toEqual(['Chapter 1', 'Chapter 2'])
  })

  it('endnotes at the back, each linking back to the text, are listed; a list of links at the front is not', async () => {
    const notes = Array.from(
      { length: 12 },
      (_, i) => `<p>See Genesis ${i + 1}. <a href="c1.xhtml#ref-${i}">↩</a></p>`,
    ).join('')
    const doc = await importDocument(
      buildEpub({
        chapters: [
          page(
            'front',
            '<h2>In this book</h2><p><a href="c1.xhtml">The Harbour</a></p><p><a href="c2.xhtml">Landfall</a></p><p><a href="notes.xhtml">Endnotes</a></p>',
          ),
          page('c1', `<h2>The Harbour</h2>${text}`),
          page('c2', `<h2>Landfall</h2>${text}`),
          page('notes', `<h2>Endnotes</h2>${notes}`),
        ],
      }),
      'endnotes.epub',
    )
    expect(titles(doc)).toEqual(['The Harbour', 'Landfall', 'Endnotes'])
  })

  it('a half title after the imprint page gives no entry; the imprint, with its heading, does', async () => {
    const doc = await importDocument(
      buildEpub({
        title: 'The Storm',
        chapters: [
          page('titlepage', '<h1>The Storm</h1><p>By Ann Author.</p>'),
          page('imprint', '<h2>Imprint</h2><p>This ebook was produced from a scan.</p>'),
          page('halftitle', '<h2>The Storm</h2>'),
          page('c1', `<h2>I</h2><h3>The Harbour</h3>${text}`),
          page('c2', `<h2>II</h2><h3>Landfall</h3>${text}`),
        ],
      }),
      'half-title.epub',
    )
    expect(titles(doc)).toEqual(['Imprint', 'I: The Harbour', 'II: Landfall'])
  })

  it('a manual with many short front pages still lists the sections of its long chapters', async () => {
    const front = ['Foreword', 'Preface', 'Acknowledgements', 'About the authors', 'Conventions']
    const chapter = (n: number) =>
      page(
        `c${n}`,
        `<h1>${n}. Chapter ${n}</h1>${text}<h2>${n}.1. First part</h2>${text.repeat(4)}<h2>${n}.2. Second part</h2>${text.repeat(4)}`,
      )
    const doc = await importDocument(
      buildEpub({
        chapters: [
          ...front.map((name, i) => page(`f${i}`, `<h1>${name}</h1><p>A short page.</p>`)),
          chapter(1),
          chapter(2),
          chapter(3),
        ],
      }),
      'manual.epub',
    )
    expect(doc.outline).toHaveLength(5 + 3 * 3)
    expect(doc.outline.slice(5, 8).map((e) => [e.title, e.level])).toEqual([
      ['1. Chapter 1', 1],
      ['1.1. First part', 2],
      ['1.2. Second part', 2],
    ])
  })

  it('a Chinese web novel: volumes over chapters, no 目录 page, no book-title page', async () => {
    const chapterText = '<p>' + '那年春天，他们在湖边相遇。'.repeat(30) + '</p>'
    const doc = await importDocument(
      buildEpub({
        title: '湖边',
        language: 'zh',
        chapters: [
          page('title', '<h1>湖边</h1><p>作者：佚名</p>'),
          page('intro', '<h2>内容简介</h2><p>一个关于湖的故事。</p>'),
          page(
            'toc',
            '<h2>目录</h2><p><a href="v1.xhtml">第一卷 春</a></p><p><a href="c1.xhtml">第一章 初遇</a></p>',
          ),
          page('v1', '<h1>第一卷 春</h1>'),
          page('c1', `<h2>第一章 初遇</h2>${chapterText}`),
          page('c2', `<h2>第二章 重逢</h2>${chapterText}`),
          page('v2', '<h1>第二卷 秋</h1>'),
          page('c3', `<h2>第三章</h2><h3>别离</h3>${chapterText}`),
        ],
      }),
      'webnovel.epub',
    )
    expect(doc.outline.map((e) => [e.title, e.level])).toEqual([
      ['内容简介', 1],
      ['第一卷 春', 1],
      ['第一章 初遇', 2],
      ['第二章 重逢', 2],
      ['第二卷 秋', 1],
      ['第三章 别离', 2],
    ])
  })

  it("a converter's one-entry table of contents gives way to the chapters; a short book's short table stays", async () => {
    const ncx = (entries: [string, string][]) =>
      `<ncx><navMap>${entries.map(([label, src]) => `<navPoint><navLabel><text>${label}</text></navLabel><content src="${src}"/></navPoint>`).join('')}</navMap></ncx>`
    const chapters = [1, 2, 3, 4, 5, 6].map((n) => page(`c${n}`, `<h1>Chapter ${n}</h1>${text}`))
    const stub = await importDocument(
      buildEpub({ chapters, ncx: ncx([['Start', 'c1.xhtml']]) }),
      'stub.epub',
    )
    expect(titles(stub)).toEqual(chapters.map((_, i) => `Chapter ${i + 1}`))
    const short = await importDocument(
      buildEpub({
        chapters: chapters.slice(0, 2),
        ncx: ncx([
          ['One', 'c1.xhtml'],
          ['Two', 'c2.xhtml'],
        ]),
      }),
      'short.epub',
    )
    expect(titles(short)).toEqual(['One', 'Two'])
  })

  it('a whole book in one file under its title: the chapters one level down, not the title lines', async () => {
    const long = text.repeat(6)
    const doc = await importDocument(
      buildEpub({
        title: 'The Storm',
        chapters: [
          page(
            'book',
            `<h3>A Harbour Series Book</h3><h1>THE STORM</h1><h4>by Ann Author</h4><h2>Contents</h2><h2>I. The Harbour</h2>${long}<h2>II. Landfall</h2>${long}`,
          ),
        ],
      }),
      'one-file.epub',
    )
    expect(titles(doc)).toEqual(['I. The Harbour', 'II. Landfall'])
  })
})
