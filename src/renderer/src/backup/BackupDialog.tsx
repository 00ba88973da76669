import { useEffect, useState } from 'react'
import { unwrap } from '../bridge/call-margin'
import { marginDb } from '../db/margin-db'
import { ModalDialog } from '../dialogs/ModalDialog'
import { readWebAnnotations } from '../export/read-web-annotations'
import { saveExport } from '../export/save-export'
import type { SafetyCopyInfo } from '../../../shared/ipc/notes'
import { putNotes, readBackupNotes } from './notes-tables'

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

/** Back up everything, restore a backup, import notes from Web Annotation JSON, see the safety copies. */
export function BackupDialog({ onClose }: { onClose: () => void }) {
  const [busy, setBusy] = useState(false)
  const [status, setStatus] = useState<{ kind: 'success' | 'error'; message: string } | null>(null)
  const [copies, setCopies] = useState<SafetyCopyInfo[] | null>(null)

  useEffect(() => {
    unwrap(window.margin.listSafetyCopies()).then(setCopies, () => setCopies([]))
  }, [])

  async function run(task: () => Promise<string | null>) {
    setBusy(true)
    setStatus(null)
    try {
      const message = await task()
      if (message) setStatus({ kind: 'success', message })
    } catch (e) {
      setStatus({ kind: 'error', message: e instanceof Error ? e.message : String(e) })
    } finally {
      setBusy(false)
    }
  }

  const backUp = () =>
    run(async () => {
      const notes = await readBackupNotes(marginDb())
      if (window.margin.platform === 'electron') {
        const saved = await unwrap(window.margin.saveBackup(notes))
        return saved.saved ? `Backed up to ${saved.path}` : null
      }
      const archive = await unwrap(window.margin.buildBackup(notes))
      await saveExport(archive.name, archive.archive, 'application/zip')
      return `Downloaded ${archive.name}`
    })

  const restore = (file: File) =>
    run(async () => {
      const restored = await unwrap(
        window.margin.restoreBackup(new Uint8Array(await file.arrayBuffer())),
      )
      await putNotes(marginDb(), restored.notes)
      const kept =
        restored.keptDocuments > 0
          ? ` (${plural(restored.keptDocuments, 'document')} already here were kept)`
          : ''
      return `Restored the backup of ${new Date(restored.createdAt).toLocaleString()}: ${plural(restored.restoredDocuments, 'document')}${kept}, ${plural(restored.notes.annotations.length, 'note')}, ${plural(restored.notes.bookmarks.length, 'bookmark')}.`
    })

  const importJson = (file: File) =>
    run(async () => {
      const read = readWebAnnotations(await file.text())
      if (read.annotations.length + read.bookmarks.length === 0)
        throw new Error('This file holds no Margin annotations.')
      await putNotes(marginDb(), { annotations: read.annotations, bookmarks: read.bookmarks })
      const skipped =
        read.skipped > 0 ? ` ${plural(read.skipped, 'item')} from other tools were left out.` : ''
      return `Imported ${plural(read.annotations.length, 'note')} and ${plural(read.bookmarks.length, 'bookmark')}.${skipped}`
    })

  const filePicker = (label: string, accept: string, onFile: (file: File) => void) => (
    <label className="button">
      {label}
      <input
        type="file"
        accept={accept}
        hidden
        disabled={busy}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0]
          e.currentTarget.value = ''
          if (file) onFile(file)
        }}
      />
    </label>
  )

  return (
    <ModalDialog title="Backup and restore" onClose={onClose} className="notes-dialog">
      <div className="backup-dialog__body">
        <section>
          <h3>Back up everything</h3>
          <p>
            One archive with your documents as imported, your notes, bookmarks, reading positions
            and settings.
          </p>
          <button
            type="button"
            className="button button--primary"
            onClick={() => void backUp()}
            disabled={busy}
          >
            {window.margin.platform === 'electron' ? 'Back up…' : 'Download backup'}
          </button>
        </section>
        <section>
          <h3>Restore a backup</h3>
          <p>
            Margin checks the whole archive first; a damaged one changes nothing. Documents already
            in the library stay as they are.
          </p>
          {filePicker('Restore from backup…', '.zip,application/zip', (file) => void restore(file))}
        </section>
        <section>
          <h3>Import notes</h3>
          <p>
            Annotations exported from Margin as Web Annotation JSON come back with their ids,
            colours, tags and dates.
          </p>
          {filePicker(
            'Import notes from JSON…',
            '.json,.jsonld,application/json,application/ld+json',
            (file) => void importJson(file),
          )}
        </section>
        {status && (
          <p
            className={`notice notice--${status.kind}`}
            role={status.kind === 'error' ? 'alert' : 'status'}
          >
            {status.message}
          </p>
        )}
        <section>
          <h3>Safety copies</h3>
          <p>
            Seconds after every change Margin copies your notes into its data folder, keeping the
            last few.
          </p>
          {copies === null ? null : copies.length === 0 ? (
            <p>No safety copy yet.</p>
          ) : (
            <ul className="backup-dialog__copies" aria-label="Safety copies">
              {copies.map((c) => (
                <li key={c.name}>
                  {new Date(c.savedAt).toLocaleString()}: {plural(c.annotations, 'note')},{' '}
                  {plural(c.bookmarks, 'bookmark')}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </ModalDialog>
  )
}
