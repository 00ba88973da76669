/** Runs inside the page (bundled by bench/page-bundle.ts): Dexie in Chromium's real IndexedDB. */
import type { Block } from '../../src/shared/document-model'
import { openMarginDatabase } from '../../src/renderer/src/db/margin-db'
import { annotationRecords } from './annotation-records'

async function openedDocument(documentId: string): Promise<{ blocks: Block[] }> {
  const result = (await window.margin.openDocument(documentId)) as {
    ok: boolean
    value?: { blocks: Block[] }
  }
  if (!result.ok || !result.value) throw new Error('the document did not open')
  return result.value
}

const time = async (task: () => Promise<unknown>) => {
  const began = performance.now()
  await task()
  return performance.now() - began
}

const api = {
  /** Puts annotations into the app's own database, for the reader to paint. */
  async seedAnnotations(
    documentId: string,
    count: number,
    from: number,
    spacing: number,
  ): Promise<number> {
    const { blocks } = await openedDocument(documentId)
    const db = openMarginDatabase()
    const records = annotationRecords(documentId, blocks, count, from, spacing)
    await db.transaction('rw', db.annotations, () => db.annotations.bulkPut(records))
    db.close()
    return records.length
  },

  async dexie(documentId: string, count: number, singles: number) {
    const { blocks } = await openedDocument(documentId)
    const name = `margin-bench-${Date.now()}`
    const db = openMarginDatabase(name)
    const records = annotationRecords(
      documentId,
      blocks,
      count,
      0,
      Math.max(1, Math.floor(blocks.at(-1)!.start / count)),
    )
    const bulkWriteMs = await time(() =>
      db.transaction('rw', db.annotations, () => db.annotations.bulkAdd(records)),
    )
    let read = 0
    const readMs = await time(async () => {
      read = (await db.annotations.where('documentId').equals(documentId).toArray()).length
    })
    const readSortedMs = await time(() =>
      db.annotations
        .where('[documentId+createdAt]')
        .between([documentId, 0], [documentId, Infinity])
        .toArray(),
    )
    // One transaction per note, as the reader saves them (strict durability: each waits for the disk).
    const extra = annotationRecords(documentId, blocks, singles, 7, 997).map((r) => ({
      ...r,
      id: `${r.id}-single`,
    }))
    const singleWritesMs = await time(async () => {
      for (const record of extra)
        await db.transaction('rw', db.annotations, () => db.annotations.add(record))
    })
    db.close()
    await indexedDB.deleteDatabase(name)
    return {
      count: records.length,
      read,
      bulkWriteMs,
      readMs,
      readSortedMs,
      singles: extra.length,
      singleWritesMs,
      perSingleWriteMs: singleWritesMs / Math.max(1, extra.length),
    }
  },
}

;(window as unknown as { marginBench: typeof api }).marginBench = api
