import { useEffect, useMemo, useState } from 'react'
import { unwrap } from '../bridge/call-margin'
import { marginDb } from '../db/margin-db'
import type { NotesExport } from './collect-notes'
import { ModalDialog } from '../dialogs/ModalDialog'
import { fileNameFor } from './export-labels'
import { EXPORT_FORMATS, exportFormat, type ExportFormatId } from './export-formats'
import { loadNotesExport } from './load-notes-export'
import { toMarkdown } from './markdown-export'
import { currentAppUrl } from './passage-link'
import { saveExport } from './save-export'
import './export.css'

/** Longer previews are cut here: the file saved is always whole. */
const PREVIEW_CHARS = 60_000

export function ExportDialog({
  documentId,
  onClose,
}: {
  documentId?: string
  onClose: () => void
}) {
  const [scope, setScope] = useState<'document' | 'library'>(documentId ? 'document' : 'library')
  const [formatId, setFormatId] = useState<ExportFormatId>('markdown')
  const [data, setData] = useState<NotesExport | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [status, setStatus] = useState<string | null>(null)

  useEffect(() => {
    let live = true
    const sources = {
      listDocuments: () => unwrap(window.margin.listDocuments()),
      openDocument: (id: string) => unwrap(window.margin.openDocument(id)),
    }
    const target = scope === 'document' && documentId ? { documentId } : 'library'
    loadNotesExport(
      marginDb(),
      sources,
      target,
      currentAppUrl(window.margin.platform, location.origin),
    ).then(
      (loaded) => {
        if (!live) return
        setData(loaded)
        setError(null)
      },
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    )
    return () => {
      live = false
    }
  }, [scope, documentId])

  const format = exportFormat(formatId)
  const output = useMemo(() => (data ? format.render(data) : ''), [data, format])
  const notes = data?.documents.reduce((n, d) => n + d.noteCount, 0) ?? 0
  const bookmarks = data?.documents.reduce((n, d) => n + d.bookmarks.length, 0) ?? 0
  const empty = data !== null && notes + bookmarks === 0
  const title =
    scope === 'document' && data?.documents[0] ? data.documents[0].title : 'Margin notes'

  async function onSave() {
    setStatus(null)
    try {
      const where = await saveExport(fileNameFor(title, format.extension), output, format.mimeType)
      if (where)
        setStatus(
          window.margin.platform === 'electron' ? `Saved to ${where}` : `Downloaded ${where}`,
        )
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e))
    }
  }

  async function onCopyMarkdown() {
    if (!data) return
    try {
      await navigator.clipboard.writeText(toMarkdown(data))
      setStatus('Copied as Markdown')
    } catch {
      setError('Margin could not reach the clipboard.')
    }
  }

  return (
    <ModalDialog title="Export notes" onClose={onClose} className="notes-dialog export-dialog">
      <div className="export-dialog__body">
        <div className="export-dialog__options">
          {documentId && (
            <label className="export-dialog__field">
              Notes of
              <select
                value={scope}
                onChange={(e) => setScope(e.currentTarget.value as 'document' | 'library')}
              >
                <option value="document">This document</option>
                <option value="library">The whole library</option>
              </select>
            </label>
          )}
          <fieldset className="export-dialog__formats">
            <legend>Format</legend>
            {EXPORT_FORMATS.map((f) => (
              <label key={f.id} className="export-dialog__format">
                <input
                  type="radio"
                  name="export-format"
                  value={f.id}
                  checked={f.id === formatId}
                  onChange={() => setFormatId(f.id)}
                />
                <span>
                  <span className="export-dialog__format-name">{f.label}</span>
                  <span className="export-dialog__format-note">{f.description}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <p className="export-dialog__count" role="status">
            {data === null
              ? 'Gathering notes…'
              : `${notes} ${notes === 1 ? 'note' : 'notes'}, ${bookmarks} ${bookmarks === 1 ? 'bookmark' : 'bookmarks'} in ${data.documents.length} ${data.documents.length === 1 ? 'document' : 'documents'}`}
          </p>
          <div className="export-dialog__actions">
            <button
              type="button"
              className="button button--primary"
              onClick={() => void onSave()}
              disabled={!data || empty}
            >
              {window.margin.platform === 'electron'
                ? `Save ${format.extension.toUpperCase()}…`
                : `Download ${format.extension.toUpperCase()}`}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => void onCopyMarkdown()}
              disabled={!data || empty}
            >
              Copy as Markdown
            </button>
          </div>
          {status && <p className="notice notice--success">{status}</p>}
          {error && (
            <p className="notice notice--error" role="alert">
              {error}
            </p>
          )}
        </div>
        <section className="export-dialog__preview" aria-label="Export preview">
          {empty ? (
            <p className="export-dialog__empty">
              No notes or bookmarks here yet: highlight a passage in the reader first.
            </p>
          ) : (
            <pre
              className={`export-dialog__text export-dialog__text--${format.id}`}
              lang={data?.documents[0]?.language ?? undefined}
            >
              {output.length > PREVIEW_CHARS ? `${output.slice(0, PREVIEW_CHARS)}\n…` : output}
            </pre>
          )}
        </section>
      </div>
    </ModalDialog>
  )
}
