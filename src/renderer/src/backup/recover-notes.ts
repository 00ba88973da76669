import type { NotesSnapshot, SafetyCopyInfo } from '../../../shared/ipc/notes'
import type { MarginDatabase } from '../db/margin-db'
import { countNotes, putNotes } from './notes-tables'

export type Recovery =
  | { kind: 'fine' }
  /** The database opened empty while a safety copy holds notes: they were put back. */
  | { kind: 'restored-empty'; copy: SafetyCopyInfo }
  /** The database could not be opened: it was made anew from the safety copy. */
  | { kind: 'restored-unopenable'; copy: SafetyCopyInfo; reason: string }
  /** The database could not be opened and there is no copy to rebuild it from: it was left alone. */
  | { kind: 'unopenable'; reason: string }

export interface RecoveryDependencies {
  db: MarginDatabase
  newestCopy: () => Promise<{ info: SafetyCopyInfo; snapshot: NotesSnapshot } | null>
}

const holdsNotes = (copy: { info: SafetyCopyInfo }) =>
  copy.info.annotations + copy.info.bookmarks > 0

/**
 * Run once at start-up, before safety copies are taken. Chromium resets a site's IndexedDB after
 * a full disk or a damaged file; the newest safety copy then gives the notes back.
 */
export async function recoverNotes({ db, newestCopy }: RecoveryDependencies): Promise<Recovery> {
  try {
    await db.open()
  } catch (error) {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
    // A newer Margin's database is not ours to replace.
    if (error instanceof Error && /VersionError/.test(error.name))
      return { kind: 'unopenable', reason }
    const copy = await newestCopy()
    if (!copy || !holdsNotes(copy)) return { kind: 'unopenable', reason }
    db.close()
    await db.delete()
    await db.open()
    await putNotes(db, copy.snapshot)
    return { kind: 'restored-unopenable', copy: copy.info, reason }
  }
  if ((await countNotes(db)) > 0) return { kind: 'fine' }
  const copy = await newestCopy()
  if (!copy || !holdsNotes(copy)) return { kind: 'fine' }
  await putNotes(db, copy.snapshot)
  return { kind: 'restored-empty', copy: copy.info }
}
