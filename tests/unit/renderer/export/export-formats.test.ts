import MarkdownIt from 'markdown-it'
import Papa from 'papaparse'
import { beforeAll, describe, expect, it } from 'vitest'
import type { ParsedDocument } from '../../../../src/shared/document-model'
import {
  collectDocumentNotes,
  type NotesExport,
} from '../../../../src/renderer/src/export/collect-notes'
import { READWISE_COLUMNS, toReadwiseCsv } from '../../../../src/renderer/src/export/csv-export'
import { toHtml } from '../../../../src/renderer/src/export/html-export'
import { toMarkdown } from '../../../../src/renderer/src/export/markdown-export'
import { toPlainText } from '../../../../src/renderer/src/export/plain-text-export'
import { toWebAnnotationCollection } from '../../../../src/renderer/src/export/web-annotation'
import type { AnnotationRecord } from '../../../../src/renderer/src/db/schema'
import {
  exportable,
  loadSample,
  SAMPLE_ID,
  seedAnnotations,
  seedBookmark,
  textOf,
  withEnglishParagraph,
} from './sample-notes'

const APP = 'margin://app/'
const EXPORTED_AT = new Date(Date.UTC(2024, 5, 1, 12))

/** The sample with two articles in its outline: the BRICS summit and the industrial-internet piece. */
function withArticles(doc: ParsedDocument): ParsedDocument {
  const second = doc.blocks.find((b) => b.text.includes('大型融媒访谈栏目揭牌仪式启动'))!
  return {
    ...doc,
    outline: [
      { title: doc.blocks[0]!.text, level: 1, blockId: doc.blocks[0]!.id },
      { title: second.text, level: 1, blockId: second.id },
    ],
  }
}

describe('note export formats on the newspaper sample', () => {
  let doc: ParsedDocument
  let annotations: AnnotationRecord[]
  let data: NotesExport
  const quoteOf = (a: AnnotationRecord) =>
    a.selectors.find((s) => s.type === 'TextQuoteSelector')!.exact
  const inReadingOrder = () =>
    [...annotations].sort(
      (a, b) =>
        a.selectors.find((s) => s.type === 'TextPositionSelector')!.start -
        b.selectors.find((s) => s.type === 'TextPositionSelector')!.start,
    )

  beforeAll(async () => {
    doc = withArticles(withEnglishParagraph(await loadSample()))
    annotations = seedAnnotations(doc)
    expect(annotations).toHaveLength(4)
    data = {
      documents: [collectDocumentNotes(exportable(doc, annotations, [seedBookmark(doc)]), APP)],
      exportedAt: EXPORTED_AT,
      wholeLibrary: false,
    }
  })

  it('groups notes in reading order under the article each falls in', () => {
    const [exported] = data.documents
    expect(exported!.sections.map((s) => [s.title, s.notes.map((n) => n.annotation.id)])).toEqual([
      [doc.outline[0]!.title, ['ann-1', 'ann-2']],
      [doc.outline[1]!.title, ['ann-0', 'ann-3']],
    ])
    // The spanning highlight reaches into the next paragraph.
    expect(exported!.sections[0]!.notes[1]!.quote).toContain('\n')
  })

  it('falls back to heading blocks when the document has no outline', () => {
    const headed = {
      ...doc,
      outline: [],
      blocks: doc.blocks.map((b, i) =>
        i === 0 ? { ...b, type: 'heading' as const, level: 1 } : b,
      ),
    }
    const exported = collectDocumentNotes(exportable(headed, annotations, []), APP)
    expect(exported.sections).toHaveLength(1)
    expect(exported.sections[0]!.title).toBe(doc.blocks[0]!.text)
    expect(exported.sections[0]!.notes.map((n) => n.annotation.id)).toEqual(
      inReadingOrder().map((a) => a.id),
    )
  })

  it('writes Markdown that parses back: front matter, headings, quotes, notes, tags, links, bookmarks', () => {
    const markdown = toMarkdown(data)
    const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(markdown)!
    const fields = Object.fromEntries(
      front!.split('\n').map((line) => {
        const [key, ...rest] = line.split(': ')
        const value = rest.join(': ')
        return [key, value.startsWith('"') ? JSON.parse(value) : value]
      }),
    )
    expect(fields).toMatchObject({
      title: doc.title,
      author: '齐鲁晚报',
      source: `${APP}#/read/${SAMPLE_ID}`,
      exported: EXPORTED_AT.toISOString(),
    })

    const tokens = new MarkdownIt().parse(body!, {})
    const headings = tokens.flatMap((t, i) =>
      t.type === 'heading_open' ? [`${t.tag} ${tokens[i + 1]!.content}`] : [],
    )
    expect(headings).toEqual([
      'h1 ' + doc.title,
      'h2 ' + doc.outline[0]!.title,
      'h2 ' + doc.outline[1]!.title,
      'h2 Bookmarks',
    ])

    // Each block quote renders to exactly the highlighted text, in reading order.
    const html = new MarkdownIt().render(body!)
    const dom = new DOMParser().parseFromString(html, 'text/html')
    const quotes = [...dom.querySelectorAll('blockquote')].map((q) =>
      [...q.querySelectorAll('p')].map((p) => p.textContent).join('\n'),
    )
    const expected = inReadingOrder().map((a) =>
      quoteOf(a)
        .split('\n')
        .filter((l) => l.trim())
        .join('\n'),
    )
    expect(quotes).toEqual(expected)
    expect(dom.querySelectorAll('blockquote b, blockquote ol, blockquote em')).toHaveLength(0)

    const links = [...dom.querySelectorAll('a')].map((a) => a.getAttribute('href'))
    for (const a of annotations) {
      const start = a.selectors.find((s) => s.type === 'TextPositionSelector')!.start
      expect(links).toContain(`${APP}#/read/${SAMPLE_ID}?at=${start}`)
    }
    expect(body).toContain('第十四次会晤，北京，视频方式。')
    expect(body).toContain('Tags: #industry #policy-notes')
    expect(body).toContain('Tags: #外交')
    expect(dom.querySelectorAll('ul li')).toHaveLength(1) // the bookmark
  })

  it('writes JSON in the Web Annotation model with every required field', () => {
    const collection = toWebAnnotationCollection(data)
    expect(collection['@context']).toContain('http://www.w3.org/ns/anno.jsonld')
    expect(collection).toMatchObject({ type: 'AnnotationCollection', total: 5 })
    expect(collection.id).toMatch(/^urn:/)
    const page = collection.first
    expect(page).toMatchObject({ type: 'AnnotationPage', startIndex: 0 })
    expect(page.items).toHaveLength(collection.total)
    for (const item of page.items) {
      expect(item.type).toBe('Annotation')
      expect(item.id).toMatch(/^urn:margin:(annotation|bookmark):/)
      expect(new Date(item.created).toISOString()).toBe(item.created)
      expect(new Date(item.modified).toISOString()).toBe(item.modified)
      expect(item.target.source).toBe(`urn:margin:document:${SAMPLE_ID}`)
      for (const body of item.body ?? [])
        expect(body).toMatchObject({ type: 'TextualBody', value: expect.any(String) })
    }
    const text = textOf(doc)
    const highlights = page.items.filter((i) => i.motivation !== 'bookmarking')
    expect(highlights.map((i) => i.id)).toEqual(
      inReadingOrder().map((a) => `urn:margin:annotation:${a.id}`),
    )
    for (const item of highlights) {
      const quote = item.target.selector.find((s) => s.type === 'TextQuoteSelector')!
      const position = item.target.selector.find((s) => s.type === 'TextPositionSelector')!
      expect(text.slice(position.start, position.end)).toBe(quote.exact)
    }
    const tagged = highlights.find((i) => i.id.endsWith('ann-0'))!
    expect(tagged.motivation).toBe('commenting')
    expect(tagged.body).toEqual([
      expect.objectContaining({ purpose: 'commenting', value: annotations[0]!.note }),
      expect.objectContaining({ purpose: 'tagging', value: 'industry' }),
      expect.objectContaining({ purpose: 'tagging', value: 'policy notes' }),
    ])
    expect(highlights.find((i) => i.id.endsWith('ann-2'))!.motivation).toBe('highlighting')
    expect(page.items.at(-1)!.motivation).toBe('bookmarking')
  })

  it('writes CSV with Readwise’s columns that a CSV library reads back field for field', () => {
    const csv = toReadwiseCsv(data)
    const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true })
    expect(parsed.errors).toEqual([])
    const [header, ...rows] = parsed.data
    expect(header).toEqual([...READWISE_COLUMNS])
    expect(rows.map((r) => r[0])).toEqual(inReadingOrder().map(quoteOf))
    const byQuote = new Map(rows.map((r) => [r[0], r]))
    const first = byQuote.get(quoteOf(annotations[0]!))!
    expect(first).toEqual([
      quoteOf(annotations[0]!),
      doc.title,
      '齐鲁晚报',
      `${APP}#/read/${SAMPLE_ID}`,
      `.industry .policy_notes\n${annotations[0]!.note}`,
      String(annotations[0]!.selectors.find((s) => s.type === 'TextPositionSelector')!.start),
      '2024-05-01 09:00:00',
    ])
    expect(byQuote.get(quoteOf(annotations[3]!))![4]).toBe('')
    // Readwise groups highlights by source: one URL for the whole document.
    expect(new Set(rows.map((r) => r[3]))).toEqual(new Set([`${APP}#/read/${SAMPLE_ID}`]))
    for (const row of rows) expect(row[6]).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/)
    // Inline tags must open the note for Readwise to read them.
    for (const row of rows) if (row[4]!.includes('.industry')) expect(row[4]).toMatch(/^\.industry/)
  })

  it('writes a printable HTML page with everything escaped and CJK typography', () => {
    const html = toHtml(data)
    const dom = new DOMParser().parseFromString(html, 'text/html')
    expect(dom.querySelectorAll('script, link, img')).toHaveLength(0)
    expect(dom.querySelector('style')!.textContent).toMatch(/@media print/)
    expect(dom.querySelector('style')!.textContent).toMatch(/Noto Serif CJK SC/)
    expect(dom.querySelector('article')!.getAttribute('lang')).toBe('zh')
    expect(dom.querySelector('h1')!.textContent).toBe(doc.title)
    const quotes = [...dom.querySelectorAll('blockquote')].map((q) =>
      [...q.querySelectorAll('p')].map((p) => p.textContent).join('\n'),
    )
    expect(quotes).toEqual(
      inReadingOrder().map((a) =>
        quoteOf(a)
          .split('\n')
          .filter((l) => l.trim())
          .join('\n'),
      ),
    )
    expect(dom.querySelectorAll('blockquote b')).toHaveLength(0)
    expect(dom.querySelector('.comment')!.textContent).toBe(annotations[1]!.note)
    expect([...dom.querySelectorAll('.tag')].map((t) => t.textContent)).toEqual([
      '外交',
      'industry',
      'policy notes',
    ])
  })

  it('writes plain text with sections, quotes, notes and tags in reading order', () => {
    const text = toPlainText(data)
    const positions = inReadingOrder().map((a) => text.indexOf(quoteOf(a).split('\n')[0]!))
    expect(positions.every((p) => p >= 0)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
    expect(text.indexOf(doc.outline[1]!.title)).toBeLessThan(text.indexOf(quoteOf(annotations[0]!)))
    expect(text).toContain('Tags: industry, policy notes')
    expect(text).toContain('<b>not bold</b> & "quoted"') // plain text is not escaped
  })

  it('puts each document under its own heading for the whole library', () => {
    const second = collectDocumentNotes(
      {
        ...exportable(doc, annotations.slice(0, 1), []),
        meta: {
          id: 'e'.repeat(64),
          title: 'Second',
          author: null,
          sourceName: 's.txt',
          language: 'en',
        },
      },
      APP,
    )
    const library = { ...data, documents: [...data.documents, second], wholeLibrary: true }
    const tokens = new MarkdownIt().parse(
      toMarkdown(library).replace(/^---[\s\S]*?\n---\n/, ''),
      {},
    )
    const h2 = tokens.flatMap((t, i) =>
      t.type === 'heading_open' && t.tag === 'h2' ? [tokens[i + 1]!.content] : [],
    )
    expect(h2).toEqual([doc.title, 'Second'])
    expect(toReadwiseCsv(library).split('\r\n').filter(Boolean)).toHaveLength(
      1 + annotations.length + 1,
    )
  })
})
