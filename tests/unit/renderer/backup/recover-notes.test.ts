import { afterEach, describe, expect, it, vi } from 'vitest'
import { openMarginDatabase, type MarginDatabase } from '../../../../src/renderer/src/db/margin-db'
import { recoverNotes } from '../../../../src/renderer/src/backup/recover-notes'
import { readNotesSnapshot } from '../../../../src/renderer/src/backup/notes-tables'
import { startSafetyCopies } from '../../../../src/renderer/src/backup/safety-copy-scheduler'
import type { AnnotationRecord, ReadingProgress } from '../../../../src/renderer/src/db/schema'

const DOC = 'd'.repeat(64)
const annotation = (id: string): AnnotationRecord => ({
  id,
  documentId: DOC,
  blockId: 'b1',
  selectors: [
    { type: 'TextQuoteSelector', exact: '金砖', prefix: '', suffix: '' },
    { type: 'TextPositionSelector', start: 3, end: 5 },
  ],
  color: 'green',
  style: 'highlight',
  note: '要点',
  tags: ['外交'],
  createdAt: 1,
  updatedAt: 2,
})
const copyOf = (annotations: AnnotationRecord[], savedAt = Date.UTC(2024, 4, 1, 9, 30)) => ({
  info: { name: 'notes-x.json', savedAt, annotations: annotations.length, bookmarks: 0 },
  snapshot: {
    annotations,
    bookmarks: [],
    progress: [
      {
        documentId: DOC,
        blockId: 'b1',
        blockIndex: 0,
        withinBlock: 0,
        textOffset: 0,
        percent: 30,
        updatedAt: 5,
      },
    ],
  },
})

let counter = 0
const databases: MarginDatabase[] = []
function freshDb(): MarginDatabase {
  const db = openMarginDatabase(`recover-test-${counter++}`)
  databases.push(db)
  return db
}
afterEach(async () => {
  for (const db of databases.splice(0)) await db.delete()
})

describe('recovering notes at start-up', () => {
  it('puts the newest safety copy back into an emptied database and names its time', async () => {
    const db = freshDb()
    const copy = copyOf([annotation('a'), annotation('b')])
    const recovery = await recoverNotes({ db, newestCopy: async () => copy })
    expect(recovery).toEqual({ kind: 'restored-empty', copy: copy.info })
    const now = await readNotesSnapshot(db)
    expect(now.annotations).toEqual(copy.snapshot.annotations)
    expect(now.progress).toEqual(copy.snapshot.progress)
  })

  it('leaves a database with notes alone, and does not restore a copy that holds none', async () => {
    const db = freshDb()
    await db.annotations.put(annotation('mine'))
    const newestCopy = vi.fn(async () => copyOf([annotation('old')]))
    expect(await recoverNotes({ db, newestCopy })).toEqual({ kind: 'fine' })
    expect(newestCopy).not.toHaveBeenCalled()
    expect((await db.annotations.toArray()).map((a) => a.id)).toEqual(['mine'])

    const empty = freshDb()
    expect(await recoverNotes({ db: empty, newestCopy: async () => copyOf([]) })).toEqual({
      kind: 'fine',
    })
    expect(await recoverNotes({ db: empty, newestCopy: async () => null })).toEqual({
      kind: 'fine',
    })
  })

  it('rebuilds a database that cannot be opened from the copy, and leaves it alone without one', async () => {
    const db = freshDb()
    const open = db.open.bind(db)
    let failures = 1
    vi.spyOn(db, 'open').mockImplementation(
      () =>
        (failures-- > 0
          ? Promise.reject(Object.assign(new Error('broken'), { name: 'UnknownError' }))
          : open()) as ReturnType<typeof open>,
    )
    const copy = copyOf([annotation('a')])
    const recovery = await recoverNotes({ db, newestCopy: async () => copy })
    expect(recovery).toMatchObject({ kind: 'restored-unopenable', copy: copy.info })
    expect((await db.annotations.toArray()).map((a) => a.id)).toEqual(['a'])

    const other = freshDb()
    await other.annotations.put(annotation('kept'))
    vi.spyOn(other, 'open').mockRejectedValueOnce(
      Object.assign(new Error('broken'), { name: 'UnknownError' }),
    )
    expect(await recoverNotes({ db: other, newestCopy: async () => null })).toMatchObject({
      kind: 'unopenable',
    })
    expect((await other.annotations.toArray()).map((a) => a.id)).toEqual(['kept'])
  })
})

describe('safety copy scheduler', () => {
  it('sends the notes a moment after they change, once per change', async () => {
    const db = freshDb()
    const written: number[] = []
    const stop = startSafetyCopies({
      db,
      delayMs: 50,
      write: async (s) => written.push(s.annotations.length),
    })
    await vi.waitFor(() => expect(written).toEqual([0]), { timeout: 3000 })
    await db.annotations.put(annotation('a'))
    await db.annotations.put(annotation('b'))
    await vi.waitFor(() => expect(written.at(-1)).toBe(2), { timeout: 3000 })
    expect(written[0]).toBe(0)
    stop()
  })

  it('copies a saved reading position alone later, without re-reading every note on each one', async () => {
    const db = freshDb()
    // Opened first, as the app's recovery step does: Dexie reports a new database as all changed.
    await db.open()
    const written: { annotations: number; percent: number | undefined }[] = []
    const stop = startSafetyCopies({
      db,
      delayMs: 50,
      progressDelayMs: 1500,
      write: async (s) =>
        written.push({
          annotations: s.annotations.length,
          percent: (s.progress[0] as ReadingProgress | undefined)?.percent,
        }),
    })
    await vi.waitFor(() => expect(written).toHaveLength(1), { timeout: 3000 })
    const position = (percent: number): ReadingProgress => ({
      documentId: DOC,
      blockId: 'b1',
      blockIndex: 0,
      withinBlock: 0,
      textOffset: 0,
      percent,
      updatedAt: percent,
    })
    // Scrolling stops several times: each saves a position, and none of them asks for a copy at once.
    for (const percent of [10, 20, 30]) {
      await db.progress.put(position(percent))
      await new Promise((done) => setTimeout(done, 60))
    }
    expect(written).toHaveLength(1)
    // One copy holds the last of them.
    await vi.waitFor(() => expect(written).toHaveLength(2), { timeout: 3000 })
    expect(written[1]).toEqual({ annotations: 0, percent: 30 })
    // A note is copied soon, with the position as it is.
    await db.annotations.put(annotation('a'))
    await vi.waitFor(() => expect(written).toHaveLength(3), { timeout: 1000 })
    expect(written[2]).toEqual({ annotations: 1, percent: 30 })
    stop()
    await db.annotations.put(annotation('b'))
    await new Promise((done) => setTimeout(done, 200))
    expect(written).toHaveLength(3)
  })

  /** Starts copies on a database holding notes a and b, the newest copy holding `copied`, saved at `savedAt`. */
  async function startBeside(copied: AnnotationRecord[], savedAt: number) {
    const db = freshDb()
    await db.annotations.bulkPut([annotation('a'), annotation('b')])
    const written: number[] = []
    const stop = startSafetyCopies({
      db,
      delayMs: 50,
      write: async (s) => written.push(s.annotations.length),
      newestCopy: async () => ({ ...copyOf(copied).info, savedAt }),
    })
    return { db, written, stop }
  }

  it('skips the copy at start when the newest copy already holds every note, and copies the next change', async () => {
    const { db, written, stop } = await startBeside([annotation('a'), annotation('b')], Date.now())
    await new Promise((done) => setTimeout(done, 400))
    expect(written).toEqual([])
    await db.annotations.put({ ...annotation('c'), updatedAt: Date.now() })
    await vi.waitFor(() => expect(written).toEqual([3]), { timeout: 3000 })
    stop()
  })

  it('copies at start when the newest copy misses a note or an edit', async () => {
    const cases: [AnnotationRecord[], number][] = [
      [[annotation('a')], Date.now()],
      [[annotation('a'), annotation('b')], 1],
    ]
    for (const [copied, savedAt] of cases) {
      const { written, stop } = await startBeside(copied, savedAt)
      await vi.waitFor(() => expect(written).toEqual([2]), { timeout: 3000 })
      stop()
    }
  })
})
