import { describe, expect, it } from 'vitest'
import { LATEST_VERSION, openMarginDatabase } from '../../../../src/renderer/src/db/margin-db'

const uniqueName = () => `upgrade-${Math.random()}`

describe('schema version 2', () => {
  it('upgrades every record a version 1 database holds', async () => {
    const name = uniqueName()
    const v1 = openMarginDatabase(name, { version: 1 })
    await v1.open()
    expect(v1.verno).toBe(1)
    const v1Annotations = Array.from({ length: 30 }, (_, i) => ({
      id: `a${i}`,
      documentId: i % 2 ? 'doc-odd' : 'doc-even',
      blockId: `b${i}`,
      selectors: [
        { type: 'TextPositionSelector', start: i * 10, end: i * 10 + 5 },
        { type: 'TextQuoteSelector', exact: `quote ${i}`, prefix: '', suffix: '' },
      ],
      // v1 took any string for a colour and did not insist on tags or notes.
      color: i % 3 === 0 ? '#ffeb3b' : 'green',
      style: 'highlight',
      ...(i % 4 === 0 ? {} : { note: `note ${i}`, tags: ['t'] }),
      createdAt: 1000 + i,
      updatedAt: 2000 + i,
    }))
    const v1Bookmarks = Array.from({ length: 12 }, (_, i) => ({
      id: `k${i}`,
      documentId: 'doc-even',
      blockId: `b${i}`,
      textOffset: 100 * i,
      label: i % 2 ? `mark ${i}` : '',
      createdAt: 3000 + i,
    }))
    await v1.table('annotations').bulkAdd(v1Annotations)
    await v1.table('bookmarks').bulkAdd(v1Bookmarks)
    await v1
      .table('progress')
      .add({
        documentId: 'doc-even',
        blockId: 'b1',
        blockIndex: 1,
        withinBlock: 0,
        textOffset: 5,
        percent: 1,
        updatedAt: 1,
      })
    v1.close()

    const v2 = openMarginDatabase(name)
    await v2.open()
    expect(v2.verno).toBe(LATEST_VERSION)

    const annotations = await v2.annotations.orderBy('id').toArray()
    expect(annotations).toHaveLength(30)
    for (const record of annotations) {
      const before = v1Annotations.find((a) => a.id === record.id)!
      expect(record.selectors).toEqual(before.selectors)
      expect(['yellow', 'green']).toContain(record.color)
      expect(typeof record.note).toBe('string')
      expect(Array.isArray(record.tags)).toBe(true)
      expect(record.createdAt).toBe(before.createdAt)
    }
    expect(annotations.find((a) => a.id === 'a0')).toMatchObject({
      color: 'yellow',
      note: '',
      tags: [],
    })
    expect(annotations.find((a) => a.id === 'a1')).toMatchObject({
      color: 'green',
      note: 'note 1',
      tags: ['t'],
    })

    const bookmarks = await v2.bookmarks.toArray()
    expect(bookmarks).toHaveLength(12)
    for (const record of bookmarks) {
      expect(record.selectors).toEqual([
        { type: 'TextPositionSelector', start: record.textOffset, end: record.textOffset },
      ])
      expect(record.updatedAt).toBe(record.createdAt)
    }
    // The new index works on upgraded records.
    expect(await v2.bookmarks.where('updatedAt').above(3005).count()).toBe(6)
    expect(await v2.progress.count()).toBe(1)
    v2.close()
  })
})
