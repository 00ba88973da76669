import { liveQuery } from 'dexie'
import type { NotesSnapshot } from '../../../shared/ipc/notes'
import type { MarginDatabase } from '../db/margin-db'
import { readNotesSnapshot } from './notes-tables'

export const SAFETY_COPY_DELAY_MS = 2000

/**
 * Sends the notes to the main process a moment after they change (it writes them into the data
 * folder), and at once when the page is hidden. Returns a function that stops it.
 */
export function startSafetyCopies({
  db,
  write,
  delayMs = SAFETY_COPY_DELAY_MS,
}: {
  db: MarginDatabase
  write: (snapshot: NotesSnapshot) => Promise<unknown>
  delayMs?: number
}): () => void {
  let latest: NotesSnapshot | null = null
  let lastWritten = ''
  let timer: ReturnType<typeof setTimeout> | undefined

  const flush = () => {
    clearTimeout(timer)
    timer = undefined
    if (!latest) return
    const serialized = JSON.stringify(latest)
    if (serialized === lastWritten) return
    lastWritten = serialized
    write(latest).catch(() => {
      lastWritten = '' // try again with the next change
    })
  }

  const subscription = liveQuery(() => readNotesSnapshot(db)).subscribe({
    next: (snapshot) => {
      latest = snapshot
      clearTimeout(timer)
      timer = setTimeout(flush, delayMs)
    },
    error: () => {},
  })
  const onHidden = () => {
    if (document.visibilityState === 'hidden' && timer !== undefined) flush()
  }
  document.addEventListener('visibilitychange', onHidden)
  window.addEventListener('pagehide', flush)
  return () => {
    subscription.unsubscribe()
    clearTimeout(timer)
    document.removeEventListener('visibilitychange', onHidden)
    window.removeEventListener('pagehide', flush)
  }
}
