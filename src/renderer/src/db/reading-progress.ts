import type { MarginDatabase } from './margin-db'
import type { ReadingProgress } from './schema'

export async function saveProgress(db: MarginDatabase, progress: ReadingProgress): Promise<void> {
  await db.transaction('rw', db.progress, () => db.progress.put(progress))
}

export function loadProgress(db: MarginDatabase, documentId: string): Promise<ReadingProgress | undefined> {
  return db.progress.get(documentId)
}

export function allProgress(db: MarginDatabase): Promise<ReadingProgress[]> {
  return db.progress.toArray()
}
