import { useEffect, useState } from 'react'
import type { SafetyCopyInfo } from '../../../shared/ipc/notes'
import { unwrap } from '../bridge/call-margin'
import { marginDb } from '../db/margin-db'
import '../export/export.css'
import { recoverNotes, type Recovery } from './recover-notes'
import { startSafetyCopies } from './safety-copy-scheduler'

const timeOf = (ms: number) => new Date(ms).toLocaleString()

function describeRecovery(recovery: Recovery): string | null {
  switch (recovery.kind) {
    case 'fine':
      return null
    case 'restored-empty':
      return `Margin found its notes database empty, so it put back ${recovery.copy.annotations} notes and ${recovery.copy.bookmarks} bookmarks from the safety copy of ${timeOf(recovery.copy.savedAt)}.`
    case 'restored-unopenable':
      return `Margin could not open its notes database (${recovery.reason}), so it made a new one from the safety copy of ${timeOf(recovery.copy.savedAt)}: ${recovery.copy.annotations} notes and ${recovery.copy.bookmarks} bookmarks are back.`
    case 'unopenable':
      return `Margin could not open its notes database (${recovery.reason}) and has no safety copy to rebuild it from. Nothing was deleted; restart Margin, or restore a backup.`
  }
}

/** Checks the notes database at start-up, puts back the newest safety copy if needed, then keeps copies coming. */
export function SafetyCopyGuard() {
  const [message, setMessage] = useState<string | null>(null)

  useEffect(() => {
    let stop: (() => void) | undefined
    let live = true
    const db = marginDb()
    void recoverNotes({ db, newestCopy: () => unwrap(window.margin.newestSafetyCopy()) })
      .catch((error: unknown): Recovery => ({
        kind: 'unopenable',
        reason: error instanceof Error ? error.message : String(error),
      }))
      .then((recovery) => {
        if (!live) return
        setMessage(describeRecovery(recovery))
        if (recovery.kind !== 'unopenable')
          stop = startSafetyCopies({
            db,
            write: (snapshot) => unwrap(window.margin.writeSafetyCopy(snapshot)),
            newestCopy: async () => {
              const copies = await unwrap(window.margin.listSafetyCopies())
              return copies.reduce<SafetyCopyInfo | null>(
                (newest, copy) => (newest && newest.savedAt >= copy.savedAt ? newest : copy),
                null,
              )
            },
          })
      })
    return () => {
      live = false
      stop?.()
    }
  }, [])

  if (!message) return null
  return (
    <div className="notice notice--error safety-notice" role="alert">
      <span>{message}</span>
      <button type="button" className="button" onClick={() => setMessage(null)}>
        Dismiss
      </button>
    </div>
  )
}
