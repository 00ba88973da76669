import { describe, expect, it } from 'vitest'
import { importDocument } from '../../../../../src/main/services/importers/import-document'
import { buildEpub } from './epub-fixtures'

/**
 * Footnotes as EPUB 3 books (Standard Ebooks, Pandoc) and web pages write them: a note
 * reference shown as a superscript link, the note itself kept, the note's ↩ link back left out.
 */
const sentence =
  'It is a truth universally acknowledged, that a single man must be in want of a wife.'

describe('footnotes in EPUB 3 and HTML', () => {
  it('epub:type noteref becomes a superscript link; the aside keeps its text without the backlink', async () => {
    const doc = await importDocument(
      buildEpub({
        chapters: [
          {
            id: 'c1',
            href: 'c1.xhtml',
            body: `<section epub:type="chapter"><h1>Chapter 1</h1><p>${sentence}<a href="#note-1" id="noteref-1" epub:type="noteref">1</a></p><aside id="note-1" epub:type="footnote"><p>An older custom. <a href="#noteref-1" epub:type="backlink">↩</a></p></aside></section>`,
          },
        ],
      }),
      'notes.epub',
    )
    const text = doc.blocks.find((b) => b.text.startsWith('It is'))!
    expect(text.text).toBe(sentence + '1')
    const note = doc.blocks.find((b) => b.text.startsWith('An older'))!
    expect(text.html).toBe(`${sentence}<sup><a href="#${note.id}">1</a></sup>`)
    expect(note.text).toBe('An older custom.')
  })

  it('Pandoc: a noteref already holding its <sup> gets no second one; role doc-backlink goes', async () => {
    const page = `<html><body><h1>Essay</h1><p>A claim.<a href="#fn1" class="footnote-ref" id="fnref1" role="doc-noteref"><sup>1</sup></a></p><section class="footnotes" role="doc-endnotes"><hr /><ol><li id="fn1"><p>The source.<a href="#fnref1" class="footnote-back" role="doc-backlink">↩︎</a></p></li></ol></section></body></html>`
    const doc = await importDocument(new TextEncoder().encode(page), 'essay.html')
    const claim = doc.blocks.find((b) => b.text.startsWith('A claim'))!
    expect(claim.html).toMatch(/^A claim\.<a href="#[^"]+"><sup>1<\/sup><\/a>$/)
    expect(doc.blocks.at(-1)!.text).toBe('1. The source.')
  })

  it("a contents page's navigation list reads without numbers, each line a link to its chapter", async () => {
    const doc = await importDocument(
      buildEpub({
        chapters: [
          {
            id: 'toc',
            href: 'toc.xhtml',
            body: '<nav epub:type="toc"><h2>Contents</h2><ol><li><a href="c1.xhtml">One</a></li><li><a href="c2.xhtml">Two</a></li></ol></nav>',
          },
          { id: 'c1', href: 'c1.xhtml', body: `<h1>One</h1><p>${sentence}</p>` },
          { id: 'c2', href: 'c2.xhtml', body: `<h1>Two</h1><p>${sentence}</p>` },
        ],
      }),
      'nav.epub',
    )
    const items = doc.blocks.filter((b) => b.type === 'list-item')
    expect(items.map((b) => b.text)).toEqual(['One', 'Two'])
    const headings = doc.blocks.filter((b) => b.type === 'heading' && b.text !== 'Contents')
    expect(items.map((b) => b.html)).toEqual(
      headings.map((h) => `<a href="#${h.id}">${h.text}</a>`),
    )
    // A contents page that is no <nav> (Moby-Dick's section epub:type="toc", class toc-short) reads the same.
    const brief = await importDocument(
      buildEpub({
        chapters: [
          {
            id: 'toc',
            href: 'toc.xhtml',
            body: '<section class="frontmatter TableOfContents" epub:type="frontmatter toc"><h1>Brief Contents</h1><div class="toc-short"><ol><li><a href="c1.xhtml">One</a></li><li><a href="c2.xhtml">Two</a></li></ol></div></section>',
          },
          { id: 'c1', href: 'c1.xhtml', body: `<h1>One</h1><p>${sentence}</p>` },
          { id: 'c2', href: 'c2.xhtml', body: `<h1>Two</h1><p>${sentence}</p>` },
        ],
      }),
      'brief.epub',
    )
    expect(brief.blocks.filter((b) => b.type === 'list-item').map((b) => b.text)).toEqual([
      'One',
      'Two',
    ])
    // An ordered list elsewhere keeps its numbers.
    const list = await importDocument(
      buildEpub({
        chapters: [{ id: 'c', href: 'c.xhtml', body: '<ol><li>First</li><li>Second</li></ol>' }],
      }),
      'list.epub',
    )
    expect(list.blocks.map((b) => b.text)).toEqual(['1. First', '2. Second'])
  })
})
