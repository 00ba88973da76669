import { useCallback, useEffect, useState } from 'react'
import type { TrashedDocument } from '../../../shared/ipc/library'
import { unwrap } from '../bridge/call-margin'
import { forgetDocuments } from '../db/forget-documents'
import { marginDb } from '../db/margin-db'
import { DocumentCover } from './DocumentCover'
import { formatDate, formatSize } from './describe-document'
import './library.css'

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e))

/** Removed documents, with their notes still kept: restore one, or empty the trash for good. */
export function TrashView({ onBack }: { onBack: () => void }) {
  const [trashed, setTrashed] = useState<TrashedDocument[] | null>(null)
  const [notice, setNotice] = useState<{ kind: 'success' | 'error'; text: string } | null>(null)
  const [confirming, setConfirming] = useState(false)

  const load = useCallback(
    () => unwrap(window.margin.listTrash()).then(setTrashed, (e: unknown) => setNotice({ kind: 'error', text: errorText(e) })),
    [],
  )
  useEffect(() => {
    void load()
  }, [load])

  async function restore(doc: TrashedDocument) {
    try {
      await unwrap(window.margin.restoreDocument(doc.id))
      setNotice({ kind: 'success', text: `Restored “${doc.title}”.` })
    } catch (e) {
      setNotice({ kind: 'error', text: errorText(e) })
    }
    await load()
  }

  async function empty() {
    setConfirming(false)
    try {
      const ids = await unwrap(window.margin.emptyTrash())
      await forgetDocuments(marginDb(), ids)
      setNotice({ kind: 'success', text: ids.length === 1 ? 'Deleted 1 document for good.' : `Deleted ${ids.length} documents for good.` })
    } catch (e) {
      setNotice({ kind: 'error', text: errorText(e) })
    }
    await load()
  }

  return (
    <div className="library">
      <header className="app-bar">
        <button type="button" className="button" onClick={onBack}>
          ← Library
        </button>
        <h1 className="app-bar__title">Trash</h1>
        <div className="app-bar__actions">
          {trashed && trashed.length > 0 && !confirming && (
            <button type="button" className="button button--danger" onClick={() => setConfirming(true)}>
              Empty trash
            </button>
          )}
        </div>
      </header>
      <main className="library__main" aria-label="Trash">
        {confirming && (
          <div className="confirm" role="alertdialog" aria-label="Empty the trash?">
            <p>
              Delete {trashed?.length === 1 ? 'this document' : `these ${trashed?.length} documents`} for good, with their
              highlights, notes and bookmarks? This cannot be undone.
            </p>
            <button type="button" className="button button--danger" onClick={() => void empty()}>
              Delete for good
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              Keep them
            </button>
          </div>
        )}
        {notice && (
          <p className={`notice notice--${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
            {notice.text}
          </p>
        )}
        {trashed === null ? (
          <p className="library__empty">Loading the trash…</p>
        ) : trashed.length === 0 ? (
          <div className="library__empty">
            <h2>The trash is empty</h2>
            <p>Documents you remove wait here, with their notes, until you empty the trash.</p>
          </div>
        ) : (
          <ul className="tiles tiles--list" aria-label="Documents in the trash">
            {trashed.map((doc) => (
              <li key={doc.id} className="tile tile--list">
                <div className="tile__open tile__open--static">
                  <DocumentCover doc={doc} />
                  <span className="tile__text">
                    <span className="tile__title" lang={doc.language ?? undefined}>
                      {doc.title}
                    </span>
                    <span className="tile__author">{doc.author ?? '—'}</span>
                    <span className="tile__details">
                      {formatSize(doc.size)} · removed {formatDate(doc.trashedAt)}
                    </span>
                  </span>
                </div>
                <button type="button" className="button tile__restore" aria-label={`Restore ${doc.title}`} onClick={() => void restore(doc)}>
                  Restore
                </button>
              </li>
            ))}
          </ul>
        )}
      </main>
    </div>
  )
}
