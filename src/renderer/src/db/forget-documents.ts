import type { MarginDatabase } from './margin-db'

/** Deletes everything kept about documents that left the library for good (the trash was emptied). */
export async function forgetDocuments(db: MarginDatabase, documentIds: readonly string[]): Promise<void> {
  if (documentIds.length === 0) return
  await db.transaction('rw', db.annotations, db.bookmarks, db.progress, async () => {
    await db.annotations.where('documentId').anyOf(documentIds).delete()
    await db.bookmarks.where('documentId').anyOf(documentIds).delete()
    await db.progress.bulkDelete([...documentIds])
  })
}
