import { useEffect, useMemo, useState } from 'react'
import type { DocumentMeta } from '../../../shared/document-model'
import { unwrap } from '../bridge/call-margin'
import { positionSelector } from '../anchoring/describe'
import { marginDb } from '../db/margin-db'
import { saveProgress } from '../db/reading-progress'
import type { AnnotationRecord } from '../db/schema'
import { AnnotationCard } from './AnnotationCard'
import { AnnotationFilterBar } from './AnnotationFilterBar'
import { useAnnotationFilter } from './use-annotation-filter'
import { useAllAnnotations } from './use-annotations'

/** Opens a document at an annotation: its place becomes the reading position the reader restores. */
async function openAt(
  record: AnnotationRecord,
  onOpen: (documentId: string) => void,
): Promise<void> {
  const position = positionSelector(record.selectors)
  await saveProgress(marginDb(), {
    documentId: record.documentId,
    blockId: record.blockId,
    blockIndex: 0,
    withinBlock: 0,
    textOffset: position?.start ?? 0,
    percent: 0,
    updatedAt: Date.now(),
  })
  onOpen(record.documentId)
}

const NONE: readonly AnnotationRecord[] = []
const itself = (record: AnnotationRecord) => record
const noPosition = () => null

/** Every annotation in the library, grouped by document, with the panel's filters. */
export function NotebookView({
  onOpen,
  onClose,
}: {
  onOpen: (documentId: string) => void
  onClose: () => void
}) {
  const records = useAllAnnotations()
  const [documents, setDocuments] = useState<DocumentMeta[]>([])
  const { shown, bar } = useAnnotationFilter(records ?? NONE, 'newest', itself, noPosition)

  useEffect(() => {
    let live = true
    unwrap(window.margin.listDocuments()).then(
      (list) => live && setDocuments(list),
      () => {},
    )
    return () => {
      live = false
    }
  }, [])

  const titles = useMemo(() => new Map(documents.map((d) => [d.id, d.title])), [documents])
  const groups = useMemo(() => {
    const byDocument = new Map<string, AnnotationRecord[]>()
    for (const record of shown)
      byDocument.set(record.documentId, [...(byDocument.get(record.documentId) ?? []), record])
    return [...byDocument]
  }, [shown])

  return (
    <div className="notebook">
      <header className="app-bar">
        <button type="button" className="button" onClick={onClose}>
          ← Library
        </button>
        <h1 className="app-bar__title">Notebook</h1>
        <span className="side-panel__count">{records ? `${records.length} annotations` : ''}</span>
      </header>
      <div className="notebook__body">
        <nav aria-label="Notebook filters">
          <AnnotationFilterBar {...bar} readingOrder={false} />
        </nav>
        <main className="notebook__list" aria-label="All annotations">
          {records && records.length === 0 && (
            <p className="side-panel__empty">
              No highlights or notes yet: select text while reading.
            </p>
          )}
          {records && records.length > 0 && groups.length === 0 && (
            <p className="side-panel__empty">Nothing matches these filters.</p>
          )}
          {groups.map(([documentId, items]) => (
            <section key={documentId} aria-label={titles.get(documentId) ?? 'A removed document'}>
              <h2 className="notebook__document">
                {titles.get(documentId) ?? 'A removed document'}
              </h2>
              <ol className="annotation-list">
                {items.map((record) => (
                  <AnnotationCard
                    key={record.id}
                    record={record}
                    onOpen={titles.has(documentId) ? () => void openAt(record, onOpen) : undefined}
                  />
                ))}
              </ol>
            </section>
          ))}
        </main>
      </div>
    </div>
  )
}
