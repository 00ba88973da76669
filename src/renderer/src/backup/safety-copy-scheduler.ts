import Dexie, { type ObservabilitySet } from 'dexie'
import type { NotesSnapshot, SafetyCopyInfo } from '../../../shared/ipc/notes'
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
  newestCopy,
  delayMs = SAFETY_COPY_DELAY_MS,
  progressDelayMs = PROGRESS_COPY_DELAY_MS,
}: {
  db: MarginDatabase
  write: (snapshot: NotesSnapshot) => Promise<unknown>
  /** The newest copy's summary: a start-up copy is skipped when that copy already holds everything. */
  newestCopy?: () => Promise<SafetyCopyInfo | null>
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
  // With 10,000 notes a needless copy at start is a long task while the reader opens.
  void copyHoldsEverything(db, newestCopy).then((current) => {
    if (!current && !stopped && timer === undefined) schedule(delayMs, true)
  })

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

/** A change this close before a copy was saved may have come after the copy's read: copied again. */
const COPY_READ_MARGIN_MS = 10_000

/** True when the newest copy has as many notes and bookmarks as the database and nothing changed after it. */
async function copyHoldsEverything(
  db: MarginDatabase,
  newestCopy: (() => Promise<SafetyCopyInfo | null>) | undefined,
): Promise<boolean> {
  try {
    const copy = await newestCopy?.()
    if (!copy) return false
    const [annotations, bookmarks, ...newest] = await Promise.all([
      db.annotations.count(),
      db.bookmarks.count(),
      db.annotations.orderBy('updatedAt').last(),
      db.bookmarks.orderBy('updatedAt').last(),
      db.progress.orderBy('updatedAt').last(),
    ])
    const changedAt = Math.max(0, ...newest.map((record) => record?.updatedAt ?? 0))
    return (
      annotations === copy.annotations &&
      bookmarks === copy.bookmarks &&
      changedAt < copy.savedAt - COPY_READ_MARGIN_MS
    )
  } catch {
    return false
  }
}
