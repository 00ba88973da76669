import Dexie, { type EntityTable } from 'dexie'
import type { AnnotationRecord, BookmarkRecord, ReadingProgress, SettingRecord } from './schema'

export type MarginDatabase = Dexie & {
  progress: EntityTable<ReadingProgress, 'documentId'>
  settings: EntityTable<SettingRecord, 'key'>
  annotations: EntityTable<AnnotationRecord, 'id'>
  bookmarks: EntityTable<BookmarkRecord, 'id'>
}

export const DATABASE_NAME = 'margin'

/**
 * Every schema version Margin has shipped, oldest first. A released version is never edited:
 * add the next one (with an upgrade function if records change shape) and a test that opens
 * a database written by the previous one.
 */
export function declareVersions(db: Dexie): void {
  db.version(1).stores({
    progress: 'documentId, updatedAt',
    settings: 'key',
    annotations: 'id, documentId, [documentId+createdAt], updatedAt, color, *tags',
    bookmarks: 'id, documentId, [documentId+createdAt]',
  })
}

export function openMarginDatabase(name = DATABASE_NAME, options: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {}): MarginDatabase {
  // Strict durability: a write is on disk before its transaction completes, so a crash loses no note.
  const db = new Dexie(name, { chromeTransactionDurability: 'strict', ...options }) as MarginDatabase
  declareVersions(db)
  db.on('versionchange', () => {
    // A newer Margin opened the database in another window: step aside so its upgrade can run.
    db.close()
    if (typeof location !== 'undefined') location.reload()
    return false
  })
  return db
}

let shared: MarginDatabase | undefined
/** The app's one database connection. */
export function marginDb(): MarginDatabase {
  shared ??= openMarginDatabase()
  return shared
}
