import Dexie, { type ObservabilitySet } from 'dexie'
import type { NotesSnapshot } from '../../../shared/ipc/notes'
import type { MarginDatabase } from '../db/margin-db'
import { readNotesSnapshot } from './notes-tables'

export const SAFETY_COPY_DELAY_MS = 2000
/** A reading position alone is copied within this long; notes and bookmarks much sooner. */
export const PROGRESS_COPY_DELAY_MS = 60_000

/**
 * Sends the notes to the main process a moment after they change (it writes them into the data
 * folder), and at once when the page is hidden. Returns a function that stops it.
 *
 * It watches Dexie's mutation events and reads the tables only when a copy is due, in idle time:
 * with 10,000 notes a copy costs a read and a serialisation of all of them, which must not run
 * on every saved reading position.
 */
export function startSafetyCopies({
  db,
  write,
  delayMs = SAFETY_COPY_DELAY_MS,
  progressDelayMs = PROGRESS_COPY_DELAY_MS,
}: {
  db: MarginDatabase
  write: (snapshot: NotesSnapshot) => Promise<unknown>
  delayMs?: number
  progressDelayMs?: number
}): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  let dueAt = Infinity
  let stopped = false
  let copying: Promise<void> | null = null
  let again = false

  const copy = async () => {
    try {
      await write(await readNotesSnapshot(db))
    } catch {
      // Tried again with the next change.
    }
  }
  const flush = () => {
    clearTimeout(timer)
    timer = undefined
    dueAt = Infinity
    if (stopped) return
    // One copy at a time; changes made meanwhile get one more.
    if (copying) {
      again = true
      return
    }
    copying = copy().finally(() => {
      copying = null
      if (again) {
        again = false
        flush()
      }
    })
  }
  const whenIdle = () =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(flush, { timeout: delayMs * 2 })
      : flush()
  /** Due in `delay` at the latest; `debounce` pushes a due copy back to `delay` from now. */
  const schedule = (delay: number, debounce: boolean) => {
    const at = Date.now() + delay
    if (!debounce && at >= dueAt) return
    clearTimeout(timer)
    dueAt = at
    timer = setTimeout(whenIdle, delay)
  }

  const tablePrefix = (table: string) => `idb://${db.name}/${table}/`
  const touches = (parts: ObservabilitySet, table: string) =>
    Object.keys(parts).some((part) => part.startsWith(tablePrefix(table)))
  const onMutated = (parts: ObservabilitySet) => {
    if (touches(parts, 'annotations') || touches(parts, 'bookmarks')) schedule(delayMs, true)
    else if (touches(parts, 'progress')) schedule(Math.max(delayMs, progressDelayMs), false)
  }
  Dexie.on.storagemutated.subscribe(onMutated)
  schedule(delayMs, true)

  const onHidden = () => {
    if (document.visibilityState === 'hidden' && timer !== undefined) flush()
  }
  const onPageHide = () => {
    if (timer !== undefined) flush()
  }
  document.addEventListener('visibilitychange', onHidden)
  window.addEventListener('pagehide', onPageHide)
  return () => {
    stopped = true
    Dexie.on.storagemutated.unsubscribe(onMutated)
    clearTimeout(timer)
    document.removeEventListener('visibilitychange', onHidden)
    window.removeEventListener('pagehide', onPageHide)
  }
}
