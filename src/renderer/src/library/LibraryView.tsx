import { useLiveQuery } from 'dexie-react-hooks'
import { useRef, useState, type DragEvent } from 'react'
import { unwrap } from '../bridge/call-margin'
import { marginDb } from '../db/margin-db'
import { allProgress } from '../db/reading-progress'
import { formatDate, formatPercent, formatSize } from './describe-document'
import { describeOutcome, readDroppedFiles, useLibrary, type ImportReport } from './use-library'

const ACCEPT = '.txt,.text,.md,.markdown,.html,.htm,.xhtml,.epub'

export function LibraryView({ onOpen }: { onOpen: (documentId: string) => void }) {
  const { documents, error } = useLibrary()
  const progress = useLiveQuery(() => allProgress(marginDb()), [], null)
  const [report, setReport] = useState<ImportReport | null>(null)
  const [busy, setBusy] = useState(false)
  const [dragging, setDragging] = useState(false)
  const fileInput = useRef<HTMLInputElement>(null)

  async function runImport(call: () => ReturnType<typeof window.margin.importFiles>) {
    setBusy(true)
    setReport(null)
    try {
      setReport(describeOutcome(await unwrap(call())))
    } catch (e) {
      setReport({ kind: 'error', message: e instanceof Error ? e.message : String(e) })
    } finally {
      setBusy(false)
    }
  }

  async function importFiles(files: FileList | null) {
    if (!files || files.length === 0) return
    const read = await readDroppedFiles(Array.from(files))
    await runImport(() => window.margin.importFiles(read))
  }

  function onImportClick() {
    if (window.margin.platform === 'electron') void runImport(() => window.margin.importFromDialog())
    else fileInput.current?.click()
  }

  function onDrop(event: DragEvent) {
    event.preventDefault()
    setDragging(false)
    void importFiles(event.dataTransfer.files)
  }

  const percentById = new Map(progress?.map((p) => [p.documentId, p.percent]) ?? [])

  return (
    <div
      className={`library${dragging ? ' library--dragging' : ''}`}
      onDragOver={(e) => {
        e.preventDefault()
        setDragging(true)
      }}
      onDragLeave={(e) => {
        if (e.currentTarget === e.target) setDragging(false)
      }}
      onDrop={onDrop}
    >
      <header className="app-bar">
        <h1 className="app-bar__title">Margin</h1>
        <div className="app-bar__actions">
          <button type="button" className="button button--primary" onClick={onImportClick} disabled={busy}>
            {busy ? 'Importing…' : 'Import files'}
          </button>
          <input
            ref={fileInput}
            type="file"
            multiple
            accept={ACCEPT}
            hidden
            aria-label="Choose files to import"
            onChange={(e) => {
              void importFiles(e.currentTarget.files)
              e.currentTarget.value = ''
            }}
          />
        </div>
      </header>
      <main className="library__main" aria-label="Library">
        {report && (
          <p className={`notice notice--${report.kind}`} role={report.kind === 'error' ? 'alert' : 'status'}>
            {report.message}
          </p>
        )}
        {error && (
          <p className="notice notice--error" role="alert">
            {error}
          </p>
        )}
        {documents === null ? (
          <p className="library__empty">Loading the library…</p>
        ) : documents.length === 0 ? (
          <div className="library__empty">
            <h2>Your library is empty</h2>
            <p>Import a TXT, Markdown, HTML or EPUB file, or drop files anywhere on this window.</p>
          </div>
        ) : (
          <ul className="library__list" aria-label="Documents">
            {documents.map((doc) => (
              <li key={doc.id} className="document-card">
                <button type="button" className="document-card__open" onClick={() => onOpen(doc.id)}>
                  <span className="document-card__title">{doc.title}</span>
                  {doc.author && <span className="document-card__author">{doc.author}</span>}
                  <span className="document-card__details">
                    {doc.format.toUpperCase()} · {formatSize(doc.size)} · {formatDate(doc.importedAt)}
                  </span>
                  <span className="document-card__progress">{formatPercent(percentById.get(doc.id))}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </main>
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          Drop to import
        </div>
      )}
    </div>
  )
}
