/** Reads and writes of bookmarks, each write one Dexie transaction. */
import type { MarginDatabase } from '../db/margin-db'
import type { BookmarkRecord, Selector } from '../db/schema'
import { newId } from './annotation-store'

export interface NewBookmark {
  documentId: string
  blockId: string
  textOffset: number
  selectors: Selector[]
  label?: string
}

export async function createBookmark(
  db: MarginDatabase,
  input: NewBookmark,
  now = Date.now(),
): Promise<BookmarkRecord> {
  const record: BookmarkRecord = {
    id: newId(),
    label: '',
    ...input,
    createdAt: now,
    updatedAt: now,
  }
  await db.transaction('rw', db.bookmarks, () => db.bookmarks.add(record))
  return record
}

export async function updateBookmark(
  db: MarginDatabase,
  id: string,
  changes: Partial<Pick<BookmarkRecord, 'label' | 'selectors' | 'textOffset' | 'blockId'>>,
  now = Date.now(),
): Promise<void> {
  await db.transaction('rw', db.bookmarks, () =>
    db.bookmarks.update(id, { ...changes, updatedAt: now }),
  )
}

export async function deleteBookmark(
  db: MarginDatabase,
  id: string,
): Promise<BookmarkRecord | undefined> {
  return db.transaction('rw', db.bookmarks, async () => {
    const record = await db.bookmarks.get(id)
    if (record) await db.bookmarks.delete(id)
    return record
  })
}

export async function restoreBookmark(db: MarginDatabase, record: BookmarkRecord): Promise<void> {
  await db.transaction('rw', db.bookmarks, () => db.bookmarks.put(record))
}

export function documentBookmarks(
  db: MarginDatabase,
  documentId: string,
): Promise<BookmarkRecord[]> {
  return db.bookmarks
    .where('[documentId+createdAt]')
    .between([documentId, -Infinity], [documentId, Infinity])
    .toArray()
}
