import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import type { Block, ParsedDocument } from '../../../../../src/shared/document-model'
import { importDocument } from '../../../../../src/main/services/importers/import-document'
import { buildEpub } from './epub-fixtures'

const CORPUS = join(import.meta.dirname, '../../../../../../shared/corpus')
const open = async (folder: string, name: string) =>
  importDocument(await readFile(join(CORPUS, folder, name)), name)

interface Link {
  from: number
  label: string
  to: number
}

/** Every in-document link of a document, by block index, failing the test on a dangling one. */
function internalLinks(doc: ParsedDocument): Link[] {
  const index = new Map(doc.blocks.map((b, i) => [b.id, i]))
  const links: Link[] = []
  doc.blocks.forEach((block, from) => {
    for (const match of (block.html ?? '').matchAll(/<a href="([^"]*)">([\s\S]*?)<\/a>/g)) {
      const href = match[1]!
      if (/^(https?:|mailto:)/.test(href)) continue
      expect(href, `a link in block ${from} that is neither web nor block`).toMatch(
        /^#b[0-9a-z-]+$/,
      )
      const to = index.get(href.slice(1))
      expect(to, `link target ${href} exists`).toBeDefined()
      links.push({ from, label: plain(match[2]!), to: to! })
    }
  })
  return links
}

function plain(html: string): string {
  return html
    .replace(/<br>/g, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
}

/** The markup spells the block's text exactly, so offsets and annotations are untouched. */
function expectMarkupMatchesText(blocks: Block[]) {
  for (const block of blocks) if (block.html) expect(plain(block.html)).toBe(block.text)
}

const normalize = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase()

describe('links inside real EPUBs land on blocks', () => {
  it('Moby-Dick: the contents page links reach their chapters', async () => {
    const doc = await open('epub', 'moby-dick.epub3.epub')
    const links = internalLinks(doc)
    expect(links.length).toBeGreaterThan(140)
    const loomings = links.find((l) => l.label.includes('Loomings'))!
    expect(doc.blocks[loomings.to]!.text).toBe('Chapter 1. Loomings.')
    const chapters = links.filter((l) => /^Chapter \d+\./.test(l.label))
    expect(chapters.length).toBeGreaterThan(130)
    for (const link of chapters) expect(doc.blocks[link.to]!.text).toBe(link.label)
    expectMarkupMatchesText(doc.blocks)
  })

  it('Debian Policy: cross-references between files and sections inside them reach their headings', async () => {
    const doc = await open('epub', 'debian-policy.epub3.epub')
    const links = internalLinks(doc)
    expect(links.length).toBeGreaterThan(500)
    const numbered = links.filter((l) => /^\d+(\.\d+)*\. \S/.test(l.label))
    expect(numbered.length).toBeGreaterThan(300)
    const exact = numbered.filter((l) => normalize(doc.blocks[l.to]!.text) === normalize(l.label))
    expect(exact.length / numbered.length).toBeGreaterThan(0.95)
    // Links from the body text, not only the contents page, go forward and back across files.
    expect(links.some((l) => l.to < l.from)).toBe(true)
    expectMarkupMatchesText(doc.blocks)
  })

  it('alice_pg19033: links added into its page reach the chapter, the page number, or read as text when missing', async () => {
    const bytes = await readFile(join(CORPUS, 'epub', 'alice_pg19033.epub2.epub'))
    const files = unzipSync(bytes)
    const page = Object.keys(files).find((n) => n.endsWith('-0.htm'))!
    const html = strFromU8(files[page]!).replace(
      /<body([^>]*)>/,
      '<body$1><p>Go to <a href="#I_DOWN_THE_RABBIT-HOLE">the first chapter</a>, to <a href="#Page_4">page 4</a>, or <a href="gone.htm#x">nowhere</a>.</p>',
    )
    files[page] = strToU8(html)
    const doc = await importDocument(zipSync(files), 'alice-with-links.epub')
    expect(internalLinks(doc)).toHaveLength(2)
    const [chapter, page4] = internalLinks(doc)
    expect(chapter!.label).toBe('the first chapter')
    expect(doc.blocks[chapter!.to]!.text).toMatch(/DOWN THE RABBIT-HOLE/i)
    expect(page4!.to).toBeGreaterThan(chapter!.to)
    const intro = doc.blocks[chapter!.from]!
    expect(intro.text).toBe('Go to the first chapter, to page 4, or nowhere.')
    expect(intro.html).not.toContain('nowhere</a>')
    expectMarkupMatchesText(doc.blocks)
    // The book itself has no links in its text: none are invented.
    const original = await open('epub', 'alice_pg19033.epub2.epub')
    expect(internalLinks(original)).toHaveLength(0)
  })

  it('a built book: chapter2.xhtml#sec3, a bare file, a footnote, a missing file and a script link', async () => {
    const epub = buildEpub({
      chapters: [
        {
          id: 'c1',
          href: 'text/chapter1.xhtml',
          body: `<h1>One</h1><p>See <a href="chapter2.xhtml#sec3">section three</a>, <a href="chapter2.xhtml">chapter two</a>, a note<a href="#fn1"><sup>1</sup></a>, <a href="../missing.xhtml#x">lost</a> and <a href="javascript:alert(1)">bad</a>.</p><p>Filler.</p><aside epub:type="footnote" id="fn1"><p>1. The note says <a href="#top-of-one">where</a>.</p></aside>`,
        },
        {
          id: 'c2',
          href: 'text/chapter2.xhtml',
          body: `<h1>Two</h1><p>Intro.</p><h2 id="sec3">Three</h2><p>Body of <span id="deep">three</span>.</p><p><a href="chapter1.xhtml#fn1">Back to the note</a></p>`,
        },
      ],
    })
    const doc = await importDocument(epub, 'built.epub')
    const byText = (t: string) => doc.blocks.findIndex((b) => b.text === t)
    const links = internalLinks(doc)
    const to = (label: string) => links.find((l) => l.label === label)?.to
    expect(to('section three')).toBe(byText('Three'))
    expect(to('chapter two')).toBe(byText('Two'))
    expect(to('1')).toBe(byText('1. The note says where.'))
    expect(to('Back to the note')).toBe(byText('1. The note says where.'))
    expect(to('lost')).toBeUndefined()
    // A missing id in an existing file: that file's first block.
    expect(to('where')).toBe(byText('One'))
    const first = doc.blocks[byText('See section three, chapter two, a note1, lost and bad.')]!
    expect(first.html).not.toMatch(/javascript|missing|@\d/)
    expectMarkupMatchesText(doc.blocks)
  })
})

describe('links inside one page', () => {
  it('Debian Reference: its contents and footnote links land in the page, links to other chapters read as text', async () => {
    const doc = await open('html', 'debian-reference.ch01.zh-cn.html')
    const links = internalLinks(doc)
    // The page links to itself as ch01.zh-cn.html#… though saved under another name.
    expect(links.length).toBeGreaterThan(70)
    const shell = links.find((l) => normalize(l.label) === '1.1.1. shell 提示符')!
    expect(doc.blocks[shell.to]!.type).toBe('heading')
    expect(normalize(doc.blocks[shell.to]!.text)).toBe('1.1.1. shell 提示符')
    const toc = links.filter((l) => /^1\.\d/.test(l.label))
    expect(toc.length).toBeGreaterThan(50)
    for (const l of toc) expect(normalize(doc.blocks[l.to]!.text)).toBe(normalize(l.label))
    const footnote = links.find((l) => l.label === '[1]')!
    expect(doc.blocks[footnote.to]!.text).toMatch(/^\[1\] 即使旧的 vim/)
    expect(links.some((l) => l.from === footnote.to && l.to === footnote.from)).toBe(true)
    // ch09.zh-cn.html#… is another file: no link at all, not a dead one.
    expect(doc.blocks.some((b) => b.html?.includes('ch09'))).toBe(false)
    expectMarkupMatchesText(doc.blocks)
  })

  it('Markdown: heading anchors (GitHub ids, Chinese too), footnotes and their way back', async () => {
    const md = [
      '# 入门 Guide',
      '',
      'See [the usage](#usage-notes), [安装](#第二章-安装), [the second](#usage-notes-1), [gone](#nowhere) and [another file](other.md#usage-notes).',
      'A claim[^1].',
      '',
      '## Usage Notes',
      '',
      'Text.',
      '',
      '## Usage Notes',
      '',
      'Again.',
      '',
      '## 第二章 安装',
      '',
      'More.',
      '',
      '[^1]: The footnote, [back to the top](#入门-guide).',
    ].join('\n')
    const doc = await importDocument(strToU8(md), 'guide.md')
    const links = internalLinks(doc)
    const headings = doc.blocks.flatMap((b, i) => (b.type === 'heading' ? [i] : []))
    const to = (label: string) => links.find((l) => l.label === label)?.to
    expect(to('the usage')).toBe(headings[1])
    expect(to('the second')).toBe(headings[2])
    expect(to('安装')).toBe(headings[3])
    expect(to('gone')).toBeUndefined()
    expect(to('another file')).toBeUndefined()
    const note = to('[1]')!
    expect(doc.blocks[note]!.text).toBe('1. The footnote, back to the top.')
    expect(to('back to the top')).toBe(headings[0])
    expectMarkupMatchesText(doc.blocks)
  })
})
