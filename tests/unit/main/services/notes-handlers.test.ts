import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createEventHub } from '../../../../src/main/services/event-hub'
import { createNotesHandlers } from '../../../../src/main/services/notes-handlers'
import { dispatch, type HandlerTable } from '../../../../src/shared/ipc/handler-table'

const notes = {
  annotations: [{ id: 'a', note: '要点' }],
  bookmarks: [],
  progress: [],
  settings: [{ key: 'theme', value: 'sepia' }],
}

describe('notes handlers', () => {
  let dataFolder: string
  let saveFolder: string
  beforeEach(async () => {
    dataFolder = await mkdtemp(join(tmpdir(), 'margin-notes-data-'))
    saveFolder = await mkdtemp(join(tmpdir(), 'margin-notes-save-'))
  })
  afterEach(async () => {
    await rm(dataFolder, { recursive: true, force: true })
    await rm(saveFolder, { recursive: true, force: true })
  })
  const table = (extra: Parameters<typeof createNotesHandlers>[0] = { events: createEventHub() }) =>
    ({ ...createNotesHandlers({ dataFolder, ...extra }) }) as unknown as HandlerTable

  it('saves an export where the user chose, whole, and reports a cancelled dialog', async () => {
    const chooseSavePath = vi.fn(async (name: string): Promise<string | null> => join(saveFolder, name))
    const handlers = table({ events: createEventHub(), chooseSavePath })
    const result = await dispatch(handlers, 'margin:notes.saveFile', {
      suggestedName: '金砖 notes.md',
      content: '# 笔记\n',
    })
    expect(result).toEqual({
      ok: true,
      value: { saved: true, path: join(saveFolder, '金砖 notes.md') },
    })
    expect(await readFile(join(saveFolder, '金砖 notes.md'), 'utf8')).toBe('# 笔记\n')
    expect(await readdir(saveFolder)).toEqual(['金砖 notes.md']) // no temporary file left behind

    chooseSavePath.mockResolvedValueOnce(null)
    expect(
      await dispatch(handlers, 'margin:notes.saveFile', { suggestedName: 'x.md', content: 'x' }),
    ).toEqual({ ok: true, value: { saved: false } })
  })

  it('refuses names with path separators and says there is no save dialog in browser mode', async () => {
    const handlers = table()
    expect(
      await dispatch(handlers, 'margin:notes.saveFile', { suggestedName: '../x.md', content: 'x' }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } })
    expect(
      await dispatch(handlers, 'margin:notes.saveFile', { suggestedName: 'x.md', content: 'x' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'unsupported', message: expect.stringMatching(/browser mode/) },
    })
  })

  it('builds a backup that restores, and tells the library it changed only when documents arrive', async () => {
    const events = createEventHub()
    const seen: string[] = []
    events.listen((event) => seen.push(event))
    const handlers = table({ events })
    const built = await dispatch(handlers, 'margin:notes.buildBackup', { notes })
    if (!built.ok) throw new Error(built.error.message)
    expect(built.value.name).toMatch(/^margin-backup-\d{4}-\d\d-\d\d-\d\d-\d\d-\d\d\.zip$/)
    const restored = await dispatch(handlers, 'margin:notes.restoreBackup', {
      archive: built.value.archive,
    })
    expect(restored).toMatchObject({ ok: true, value: { restoredDocuments: 0, notes } })
    expect(seen).toEqual([])

    const broken = await dispatch(handlers, 'margin:notes.restoreBackup', {
      archive: new Uint8Array([1, 2, 3]),
    })
    expect(broken).toMatchObject({
      ok: false,
      error: { code: 'corrupt-file', message: expect.stringMatching(/Nothing was changed/) },
    })
  })

  it('writes and reads safety copies through the contract', async () => {
    const handlers = table()
    await dispatch(handlers, 'margin:notes.writeSafetyCopy', {
      snapshot: { annotations: notes.annotations, bookmarks: [], progress: [] },
    })
    const newest = await dispatch(handlers, 'margin:notes.newestSafetyCopy', {})
    expect(newest).toMatchObject({
      ok: true,
      value: { info: { annotations: 1 }, snapshot: { annotations: notes.annotations } },
    })
  })
})
