/** The notes as plain data, for safety copies, backups and imports; each write is one transaction. */
import type { BackupNotes, NotesSnapshot } from '../../../shared/ipc/notes'
import type { MarginDatabase } from '../db/margin-db'
import type { AnnotationRecord, BookmarkRecord, ReadingProgress, SettingRecord } from '../db/schema'

export async function readNotesSnapshot(db: MarginDatabase): Promise<NotesSnapshot> {
  return db.transaction('r', db.annotations, db.bookmarks, db.progress, async () => ({
    annotations: await db.annotations.toArray(),
    bookmarks: await db.bookmarks.toArray(),
    progress: await db.progress.toArray(),
  }))
}

export async function readBackupNotes(db: MarginDatabase): Promise<BackupNotes> {
  return db.transaction('r', db.annotations, db.bookmarks, db.progress, db.settings, async () => ({
    annotations: await db.annotations.toArray(),
    bookmarks: await db.bookmarks.toArray(),
    progress: await db.progress.toArray(),
    settings: await db.settings.toArray(),
  }))
}

/** Puts records back as they are (same ids replace what is there), all or nothing. */
export async function putNotes(
  db: MarginDatabase,
  notes: Partial<Record<keyof BackupNotes, readonly object[]>>,
): Promise<void> {
  await db.transaction('rw', db.annotations, db.bookmarks, db.progress, db.settings, async () => {
    if (notes.annotations?.length)
      await db.annotations.bulkPut(notes.annotations as unknown as AnnotationRecord[])
    if (notes.bookmarks?.length)
      await db.bookmarks.bulkPut(notes.bookmarks as unknown as BookmarkRecord[])
    if (notes.progress?.length)
      await db.progress.bulkPut(notes.progress as unknown as ReadingProgress[])
    if (notes.settings?.length)
      await db.settings.bulkPut(notes.settings as unknown as SettingRecord[])
  })
}

export async function countNotes(db: MarginDatabase): Promise<number> {
  const [annotations, bookmarks] = await Promise.all([db.annotations.count(), db.bookmarks.count()])
  return annotations + bookmarks
}
