import { afterEach, describe, expect, it } from 'vitest'
import { LATEST_VERSION, openMarginDatabase } from '../../../../src/renderer/src/db/margin-db'
import { loadProgress, saveProgress } from '../../../../src/renderer/src/db/reading-progress'

describe('the Margin database', () => {
  const names: string[] = []
  const open = () => {
    const name = `test-${Math.random()}`
    names.push(name)
    return openMarginDatabase(name)
  }
  afterEach(() => {
    names.length = 0
  })

  it('keeps a reading position across connections', async () => {
    const db = open()
    await saveProgress(db, {
      documentId: 'd1',
      blockId: 'b1',
      blockIndex: 7,
      withinBlock: 0.25,
      textOffset: 321,
      percent: 12.5,
      updatedAt: 1,
    })
    db.close()
    const again = openMarginDatabase(names[0]!)
    expect(await loadProgress(again, 'd1')).toMatchObject({
      blockIndex: 7,
      withinBlock: 0.25,
      percent: 12.5,
    })
  })

  it('has the tables the reader, annotations and bookmarks need', async () => {
    const db = open()
    await db.open()
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      'annotations',
      'bookmarks',
      'progress',
      'settings',
    ])
    expect(db.verno).toBe(LATEST_VERSION)
  })
})
