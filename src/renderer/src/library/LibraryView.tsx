import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useMemo, useRef, useState, type DragEvent } from 'react'
import { IMPORTABLE_EXTENSIONS } from '../../../shared/importable-files'
import { marginDb } from '../db/margin-db'
import { allProgress } from '../db/reading-progress'
import { DocumentDetailsDialog } from './DocumentDetailsDialog'
import { DocumentTile } from './DocumentTile'
import { ImportActivityBar } from './ImportActivityBar'
import { arrangeLibrary, SORT_KEYS, SORT_LABELS, type SortKey } from './library-order'
import { collectDroppedFiles, importableFiles } from './dropped-files'
import { useImport } from './use-import'
import { useLibrary } from './use-library'
import { useLibraryPreferences } from './use-library-preferences'
import './library.css'
import { LibraryNotesActions } from '../export/LibraryNotesActions'

const ACCEPT = IMPORTABLE_EXTENSIONS.map((e) => `.${e}`).join(',')

interface LibraryViewProps {
  onOpen: (documentId: string) => void
  /** Shows the trash; absent where there is no trash view. */
  onShowTrash?: () => void
  onShowNotebook?: () => void
}

export function LibraryView({ onOpen, onShowTrash, onShowNotebook }: LibraryViewProps) {
  const { documents, error } = useLibrary()
  const progress = useLiveQuery(() => allProgress(marginDb()), [], null)
  const imports = useImport()
  const [{ layout, sort }, setPreferences] = useLibraryPreferences()
  const [query, setQuery] = useState('')
  const [detailsId, setDetailsId] = useState<string | null>(null)
  const [dragging, setDragging] = useState(false)
  const fileInput = useRef<HTMLInputElement>(null)
  const folderInput = useRef<HTMLInputElement>(null)
  const desktop = window.margin.platform === 'electron'

  useEffect(() => {
    // React has no prop for it: without the attribute the input picks files, not a folder.
    folderInput.current?.setAttribute('webkitdirectory', '')
  }, [])

  const entries = useMemo(
    () => arrangeLibrary(documents ?? [], progress ?? [], { query, sort }),
    [documents, progress, query, sort],
  )
  const details = documents?.find((d) => d.id === detailsId) ?? null
  const busy = imports.activity !== null

  function onDrop(event: DragEvent) {
    event.preventDefault()
    setDragging(false)
    if (busy) return
    void collectDroppedFiles(event.dataTransfer).then(imports.importFiles)
  }

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
          <LibraryNotesActions />
          {onShowNotebook && (
            <button type="button" className="button button--quiet" onClick={onShowNotebook}>
              Notebook
            </button>
          )}
          {onShowTrash && (
            <button type="button" className="button button--quiet" onClick={onShowTrash}>
              Trash
            </button>
          )}
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() =>
              desktop ? void imports.importFromDialog('folder') : folderInput.current?.click()
            }
          >
            Import folder
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={busy}
            onClick={() =>
              desktop ? void imports.importFromDialog('files') : fileInput.current?.click()
            }
          >
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
              void imports.importFiles(Array.from(e.currentTarget.files ?? []))
              e.currentTarget.value = ''
            }}
          />
          <input
            ref={folderInput}
            type="file"
            multiple
            hidden
            aria-label="Choose a folder to import"
            onChange={(e) => {
              void imports.importFiles(importableFiles(e.currentTarget.files ?? []))
              e.currentTarget.value = ''
            }}
          />
        </div>
      </header>
      <main className="library__main" aria-label="Library">
        {imports.activity && (
          <ImportActivityBar activity={imports.activity} onCancel={imports.cancel} />
        )}
        {imports.report && (
          <div
            className={`notice notice--${imports.report.kind} import-report`}
            role={imports.report.kind === 'error' ? 'alert' : 'status'}
          >
            <p>{imports.report.message}</p>
            {imports.report.details.length > 0 && (
              <ul className="import-report__files">
                {imports.report.details.map((detail, n) => (
                  <li key={n}>{detail}</li>
                ))}
              </ul>
            )}
            <button
              type="button"
              className="button button--small"
              onClick={() => imports.setReport(null)}
            >
              Dismiss
            </button>
          </div>
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
            <p>
              Import TXT, Markdown, HTML, EPUB or saved web page (MHTML) files or a whole folder, or
              drop them anywhere on this window.
            </p>
          </div>
        ) : (
          <>
            <div className="library-toolbar" role="toolbar" aria-label="Arrange the library">
              <input
                type="search"
                className="library-toolbar__search field__input"
                placeholder="Filter by title, author or file name"
                aria-label="Filter documents"
                value={query}
                onChange={(e) => setQuery(e.target.value)}
              />
              <label className="library-toolbar__sort">
                <span>Sort by</span>
                <select
                  className="field__input"
                  value={sort}
                  onChange={(e) => setPreferences({ sort: e.target.value as SortKey })}
                >
                  {SORT_KEYS.map((key) => (
                    <option key={key} value={key}>
                      {SORT_LABELS[key]}
                    </option>
                  ))}
                </select>
              </label>
              <div className="segmented" role="group" aria-label="Layout">
                {(['grid', 'list'] as const).map((option) => (
                  <button
                    key={option}
                    type="button"
                    className="segmented__option"
                    aria-pressed={layout === option}
                    onClick={() => setPreferences({ layout: option })}
                  >
                    {option === 'grid' ? 'Grid' : 'List'}
                  </button>
                ))}
              </div>
            </div>
            <p className="library__count" aria-live="polite">
              {entries.length === documents.length
                ? `${documents.length} ${documents.length === 1 ? 'document' : 'documents'}`
                : `${entries.length} of ${documents.length} documents match`}
            </p>
            <ul className={`tiles tiles--${layout}`} aria-label="Documents">
              {entries.map((entry) => (
                <DocumentTile
                  key={entry.doc.id}
                  entry={entry}
                  layout={layout}
                  onOpen={onOpen}
                  onDetails={setDetailsId}
                />
              ))}
            </ul>
          </>
        )}
      </main>
      {details && (
        <DocumentDetailsDialog
          key={details.id}
          doc={details}
          onClose={() => setDetailsId(null)}
          onTrashed={(doc) => {
            setDetailsId(null)
            imports.setReport({
              kind: 'success',
              message: `Moved “${doc.title}” to the trash.`,
              details: [],
            })
          }}
        />
      )}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          Drop files or folders to import
        </div>
      )}
    </div>
  )
}
