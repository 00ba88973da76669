/** Reads and writes of annotations. Each write is one Dexie transaction (strict durability is set on the db). */
import type { MarginDatabase } from '../db/margin-db'
import type { AnnotationRecord, HighlightColor, Selector } from '../db/schema'

export interface NewAnnotation {
  documentId: string
  blockId: string
  selectors: Selector[]
  color: HighlightColor
  style: AnnotationRecord['style']
  note?: string
  tags?: string[]
}

export type AnnotationChanges = Partial<
  Pick<AnnotationRecord, 'color' | 'style' | 'note' | 'tags' | 'selectors' | 'blockId'>
>

export function newId(): string {
  return (
    globalThis.crypto?.randomUUID?.() ??
    `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`
  )
}

export async function createAnnotation(
  db: MarginDatabase,
  input: NewAnnotation,
  now = Date.now(),
): Promise<AnnotationRecord> {
  const record: AnnotationRecord = {
    id: newId(),
    note: '',
    tags: [],
    ...input,
    createdAt: now,
    updatedAt: now,
  }
  await db.transaction('rw', db.annotations, () => db.annotations.add(record))
  return record
}

export async function updateAnnotation(
  db: MarginDatabase,
  id: string,
  changes: AnnotationChanges,
  now = Date.now(),
): Promise<void> {
  await db.transaction('rw', db.annotations, () =>
    db.annotations.update(id, { ...changes, updatedAt: now }),
  )
}

/** Deletes and hands back the record, so the caller can offer to undo. */
export async function deleteAnnotation(
  db: MarginDatabase,
  id: string,
): Promise<AnnotationRecord | undefined> {
  return db.transaction('rw', db.annotations, async () => {
    const record = await db.annotations.get(id)
    if (record) await db.annotations.delete(id)
    return record
  })
}

/** Puts a deleted annotation back exactly as it was (undo). */
export async function restoreAnnotation(
  db: MarginDatabase,
  record: AnnotationRecord,
): Promise<void> {
  await db.transaction('rw', db.annotations, () => db.annotations.put(record))
}

export function documentAnnotations(
  db: MarginDatabase,
  documentId: string,
): Promise<AnnotationRecord[]> {
  return db.annotations
    .where('[documentId+createdAt]')
    .between([documentId, -Infinity], [documentId, Infinity])
    .toArray()
}

export function allAnnotations(db: MarginDatabase): Promise<AnnotationRecord[]> {
  return db.annotations.orderBy('updatedAt').reverse().toArray()
}
