/** Runs inside the page: developer 8's export modules over many notes on one document. */
import type { Block, OutlineEntry } from '../../src/shared/document-model'
import { collectDocumentNotes } from '../../src/renderer/src/export/collect-notes'
import { EXPORT_FORMATS } from '../../src/renderer/src/export/export-formats'
import { annotationRecords } from './annotation-records'

const api = {
  async exports(documentId: string, count: number) {
    const result = (await window.margin.openDocument(documentId)) as {
      ok: boolean
      value?: { blocks: Block[]; outline: OutlineEntry[]; title: string }
    }
    const doc = result.value!
    const annotations = annotationRecords(
      documentId,
      doc.blocks,
      count,
      0,
      Math.max(1, Math.floor(doc.blocks.at(-1)!.start / count)),
    )
    let began = performance.now()
    const collected = collectDocumentNotes(
      {
        meta: {
          id: documentId,
          title: doc.title,
          author: null,
          sourceName: `${doc.title}.txt`,
          language: 'zh',
        },
        blocks: doc.blocks,
        outline: doc.outline,
        annotations,
        bookmarks: [],
      },
      'http://127.0.0.1/',
    )
    const collectMs = performance.now() - began
    const data = { documents: [collected], exportedAt: new Date(), wholeLibrary: false }
    const formats: Record<string, { ms: number; bytes: number }> = {}
    for (const format of EXPORT_FORMATS) {
      began = performance.now()
      const output = format.render(data)
      formats[format.id] = { ms: performance.now() - began, bytes: new Blob([output]).size }
    }
    return { notes: collected.noteCount, collectMs, formats }
  },
}

;(window as unknown as { marginExportBench: typeof api }).marginExportBench = api
