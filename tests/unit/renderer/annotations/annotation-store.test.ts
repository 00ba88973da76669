import { liveQuery } from 'dexie'
import { describe, expect, it } from 'vitest'
import { openMarginDatabase } from '../../../../src/renderer/src/db/margin-db'
import {
  createAnnotation,
  deleteAnnotation,
  documentAnnotations,
  restoreAnnotation,
  updateAnnotation,
} from '../../../../src/renderer/src/annotations/annotation-store'

describe('annotation store', () => {
  it('creates, edits, deletes and restores an annotation, and live queries follow each write', async () => {
    const db = openMarginDatabase(`store-${Math.random()}`)
    const seen: number[] = []
    const subscription = liveQuery(() => documentAnnotations(db, 'doc')).subscribe((list) =>
      seen.push(list.length),
    )
    const made = await createAnnotation(
      db,
      {
        documentId: 'doc',
        blockId: 'b1',
        selectors: [{ type: 'TextPositionSelector', start: 1, end: 4 }],
        color: 'blue',
        style: 'highlight',
      },
      100,
    )
    await updateAnnotation(db, made.id, { note: 'a *note*', tags: ['x'] }, 200)
    expect(await db.annotations.get(made.id)).toMatchObject({
      note: 'a *note*',
      tags: ['x'],
      createdAt: 100,
      updatedAt: 200,
    })
    const removed = await deleteAnnotation(db, made.id)
    expect(await db.annotations.count()).toBe(0)
    await restoreAnnotation(db, removed!)
    expect(await db.annotations.get(made.id)).toEqual(removed)
    await expect.poll(() => seen.at(-1)).toBe(1)
    expect(seen).toContain(0)
    subscription.unsubscribe()
    db.close()
  })
})
