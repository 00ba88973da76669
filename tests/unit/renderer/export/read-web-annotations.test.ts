import { beforeAll, describe, expect, it } from 'vitest'
import type { ParsedDocument } from '../../../../src/shared/document-model'
import { anchor } from '../../../../src/renderer/src/anchoring/anchor'
import type { AnnotationRecord, BookmarkRecord } from '../../../../src/renderer/src/db/schema'
import { collectDocumentNotes } from '../../../../src/renderer/src/export/collect-notes'
import {
  AnnotationFileError,
  readWebAnnotations,
} from '../../../../src/renderer/src/export/read-web-annotations'
import { toWebAnnotationJson } from '../../../../src/renderer/src/export/web-annotation'
import {
  exportable,
  loadSample,
  seedAnnotations,
  seedBookmark,
  textOf,
  withEnglishParagraph,
} from './sample-notes'

describe('reading Web Annotation JSON back', () => {
  let doc: ParsedDocument
  let annotations: AnnotationRecord[]
  let bookmarks: BookmarkRecord[]
  let json: string
  beforeAll(async () => {
    doc = withEnglishParagraph(await loadSample())
    annotations = seedAnnotations(doc)
    // A record with a field a later Margin might add, and an underline.
    annotations[2] = { ...annotations[2]!, style: 'underline', ...{ pinned: true } }
    bookmarks = [
      seedBookmark(doc),
      { ...seedBookmark(doc), id: 'bm-2', label: '读到这里', textOffset: 0, selectors: [] },
    ]
    const data = {
      documents: [collectDocumentNotes(exportable(doc, annotations, bookmarks), 'margin://app/')],
      exportedAt: new Date(),
      wholeLibrary: false,
    }
    json = toWebAnnotationJson(data)
  })

  it('gives back identical annotations and bookmarks: ids, selectors, notes, tags, colours, dates', () => {
    const read = readWebAnnotations(json)
    const byId = <T extends { id: string }>(list: T[]) =>
      [...list].sort((a, b) => a.id.localeCompare(b.id))
    expect(byId(read.annotations)).toEqual(byId(annotations))
    expect(byId(read.bookmarks)).toEqual(byId(bookmarks))
    expect(read.skipped).toBe(0)
  })

  it('anchors the imported annotations where they were', () => {
    const text = textOf(doc)
    for (const a of readWebAnnotations(json).annotations) {
      const position = a.selectors.find((s) => s.type === 'TextPositionSelector')!
      expect(anchor(text, a.selectors)).toMatchObject({
        start: position.start,
        end: position.end,
        method: 'position',
      })
    }
  })

  it('leaves out annotations of other tools and says how many', () => {
    const collection = JSON.parse(json)
    collection.first.items.push({
      id: 'https://hypothes.is/a/xyz',
      type: 'Annotation',
      target: {
        source: 'https://example.com/',
        selector: [{ type: 'TextQuoteSelector', exact: 'x' }],
      },
    })
    collection.first.items.push({ nonsense: true })
    const read = readWebAnnotations(JSON.stringify(collection))
    expect(read.annotations).toHaveLength(annotations.length)
    expect(read.skipped).toBe(2)
  })

  it('refuses a file that is not an annotation collection', () => {
    expect(() => readWebAnnotations('not json')).toThrow(AnnotationFileError)
    expect(() => readWebAnnotations('{"hello": 1}')).toThrow(/not a Web Annotation collection/)
  })
})
