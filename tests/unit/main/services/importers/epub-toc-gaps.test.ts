import { describe, expect, it } from 'vitest'
import type { ParsedDocument } from '../../../../../src/shared/document-model'
import { importDocument } from '../../../../../src/main/services/importers/import-document'
import { buildEpub } from './epub-fixtures'

/**
 * A table of contents that skips chapters the spine holds: the skipped chapters are listed where
 * they fall, named by their headings, so the contents and the status line never name the wrong one.
 */
const page = (id: string, body: string) => ({ id, href: `${id}.xhtml`, body })
const text =
  '<p>' + 'It was a dark and stormy night; the rain fell in torrents. '.repeat(8) + '</p>'
const ncx = (entries: [string, string, ([string, string][] | undefined)?][]): string =>
  `<ncx><navMap>${entries
    .map(
      ([label, src, children]) =>
        `<navPoint><navLabel><text>${label}</text></navLabel><content src="${src}"/>${children ? ncx(children).replace(/^<ncx><navMap>|<\/navMap><\/ncx>$/g, '') : ''}</navPoint>`,
    )
    .join('')}</navMap></ncx>`
const outline = (doc: ParsedDocument) =>
  doc.outline.map((e) => [e.title, e.level, doc.blocks.find((b) => b.id === e.blockId)!.text])

describe('an EPUB whose table of contents skips chapters', () => {
  it('the skipped chapters and the preface come in where they fall, named by their headings', async () => {
    const doc = await importDocument(
      buildEpub({
        chapters: [
          page('preface', `<h1>Preface</h1>${text}`),
          ...[1, 2, 3, 4, 5].map((n) => page(`c${n}`, `<h1>Chapter ${n}</h1>${text}`)),
        ],
        ncx: ncx([
          ['Chapter Two', 'c2.xhtml'],
          ['Chapter Four', 'c4.xhtml'],
          ['Chapter Five', 'c5.xhtml'],
        ]),
      }),
      'gaps.epub',
    )
    expect(outline(doc)).toEqual([
      ['Preface', 1, 'Preface'],
      ['Chapter 1', 1, 'Chapter 1'],
      ['Chapter Two', 1, 'Chapter 2'],
      ['Chapter 3', 1, 'Chapter 3'],
      ['Chapter Four', 1, 'Chapter 4'],
      ['Chapter Five', 1, 'Chapter 5'],
    ])
  })

  it('a skipped chapter inside a part sits beside its siblings; title pages, contents pages and split files add nothing', async () => {
    const doc = await importDocument(
      buildEpub({
        title: 'The Storm',
        chapters: [
          page('title', '<h1>The Storm</h1><p>Ann Author</p>'),
          page('toc', '<h2>Contents</h2><p><a href="c1.xhtml">One</a></p>'),
          page('p1', '<h1>Part One</h1>'),
          page('c1', `<h2>The Harbour</h2>${text}`),
          page('c1b', text),
          page('c2', `<h2>The Lighthouse</h2>${text}`),
          page('p2', '<h1>Part Two</h1>'),
          page('c3', `<h2>Landfall</h2>${text}`),
        ],
        ncx: ncx([
          ['Part One', 'p1.xhtml', [['The Harbour', 'c1.xhtml']]],
          ['Part Two', 'p2.xhtml', [['Landfall', 'c3.xhtml']]],
        ]),
      }),
      'parts.epub',
    )
    expect(outline(doc).map(([title, level]) => [title, level])).toEqual([
      ['Part One', 1],
      ['The Harbour', 2],
      ['The Lighthouse', 2],
      ['Part Two', 1],
      ['Landfall', 2],
    ])
  })

  it('a table of contents listing only the parts gets their chapters nested under them', async () => {
    const doc = await importDocument(
      buildEpub({
        chapters: [
          page('p1', '<h1>Part One</h1>'),
          page('c1', `<h2>The Harbour</h2>${text}`),
          page('c2', `<h2>The Lighthouse</h2>${text}`),
          page('p2', '<h1>Part Two</h1>'),
          page('c3', `<h2>Landfall</h2>${text}`),
        ],
        ncx: ncx([
          ['Part One', 'p1.xhtml'],
          ['Part Two', 'p2.xhtml'],
        ]),
      }),
      'parts-only.epub',
    )
    expect(doc.outline.map((e) => [e.title, e.level])).toEqual([
      ['Part One', 1],
      ['The Harbour', 2],
      ['The Lighthouse', 2],
      ['Part Two', 1],
      ['Landfall', 2],
    ])
  })

  it('a table of contents covering every file is kept as it is', async () => {
    const doc = await importDocument(
      buildEpub({
        chapters: [1, 2, 3].map((n) =>
          page(`c${n}`, `<h1>Chapter ${n}</h1><h2>Section</h2>${text}`),
        ),
        ncx: ncx([
          ['First', 'c1.xhtml'],
          ['Second', 'c2.xhtml'],
          ['Third', 'c3.xhtml'],
        ]),
      }),
      'full.epub',
    )
    expect(doc.outline.map((e) => e.title)).toEqual(['First', 'Second', 'Third'])
  })
})
