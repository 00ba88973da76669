import Dexie, { type EntityTable } from 'dexie'
import { upgradeAnnotationToV2, upgradeBookmarkToV2 } from './upgrade-v2'
import type { AnnotationRecord, BookmarkRecord, ReadingProgress, SettingRecord } from './schema'

export type MarginDatabase = Dexie & {
  progress: EntityTable<ReadingProgress, 'documentId'>
  settings: EntityTable<SettingRecord, 'key'>
  annotations: EntityTable<AnnotationRecord, 'id'>
  bookmarks: EntityTable<BookmarkRecord, 'id'>
}

export const DATABASE_NAME = 'margin'
export const LATEST_VERSION = 2

/**
 * Every schema version Margin has shipped, oldest first. A released version is never edited:
 * add the next one (with an upgrade function if records change shape) and a test that opens
 * a database written by the previous one.
 */
export function declareVersions(db: Dexie, upTo = LATEST_VERSION): void {
  db.version(1).stores({
    progress: 'documentId, updatedAt',
    settings: 'key',
    annotations: 'id, documentId, [documentId+createdAt], updatedAt, color, *tags',
    bookmarks: 'id, documentId, [documentId+createdAt]',
  })
  if (upTo < 2) return
  // v2: bookmarks carry selectors (so they survive a changed document) and updatedAt; annotations get their fields normalized.
  db.version(2)
    .stores({ bookmarks: 'id, documentId, [documentId+createdAt], updatedAt' })
    .upgrade(async (tx) => {
      await tx.table('annotations').toCollection().modify(upgradeAnnotationToV2)
      await tx.table('bookmarks').toCollection().modify(upgradeBookmarkToV2)
    })
}

export function openMarginDatabase(
  name = DATABASE_NAME,
  options: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange; version?: number } = {},
): MarginDatabase {
  const { version, ...dexieOptions } = options
  // Strict durability: a write is on disk before its transaction completes, so a crash loses no note.
  const db = new Dexie(name, {
    chromeTransactionDurability: 'strict',
    ...dexieOptions,
  }) as MarginDatabase
  declareVersions(db, version)
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
  if (!shared) {
    shared = openMarginDatabase()
    // Ask the browser not to evict our notes under storage pressure (granted silently for installed apps).
    void globalThis.navigator?.storage?.persist?.().catch(() => false)
  }
  return shared
}
