import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createSafetyCopies } from '../../../../src/main/services/safety-copies'

const note = (id: string) => ({ id, documentId: 'd'.repeat(64), note: `note ${id}`, tags: ['t'] })
const snapshot = (ids: string[]) => ({
  annotations: ids.map(note),
  bookmarks: [],
  progress: [{ documentId: 'd'.repeat(64), percent: 40 }],
})

describe('safety copies', () => {
  let dataFolder: string
  let clock: number
  beforeEach(async () => {
    dataFolder = await mkdtemp(join(tmpdir(), 'margin-safety-'))
    clock = Date.UTC(2024, 4, 1, 9, 30)
  })
  afterEach(() => rm(dataFolder, { recursive: true, force: true }))
  const copies = (keep = 3) => createSafetyCopies({ dataFolder, keep, now: () => (clock += 1000) })

  it('writes copies that read back whole, newest first', async () => {
    const safety = copies()
    await safety.write(snapshot(['a']))
    const second = await safety.write(snapshot(['a', 'b']))
    const newest = await safety.newest()
    expect(newest?.info).toEqual(second)
    expect(newest?.snapshot.annotations.map((a) => a.id)).toEqual(['a', 'b'])
    expect(newest?.snapshot.annotations[1]).toEqual(note('b'))
    expect((await safety.list()).map((c) => c.annotations)).toEqual([2, 1])
  })

  it('keeps only the last few in rotation, and always the newest copy that holds notes', async () => {
    const safety = copies(3)
    await safety.write(snapshot(['a', 'b']))
    for (let i = 0; i < 5; i++) await safety.write(snapshot([]))
    const left = await safety.list()
    expect(left).toHaveLength(4)
    expect(left.slice(0, 3).every((c) => c.annotations === 0)).toBe(true)
    expect(left[3]!.annotations).toBe(2)
  })

  it('numbers copies taken in the same millisecond so the later one is newest', async () => {
    const safety = createSafetyCopies({ dataFolder, now: () => clock })
    await safety.write(snapshot(['a']))
    await safety.write(snapshot(['a', 'b']))
    expect((await safety.newest())?.snapshot.annotations).toHaveLength(2)
  })

  it('sets a damaged copy aside (renamed, not deleted) and falls back to the one before', async () => {
    const safety = copies()
    const good = await safety.write(snapshot(['a']))
    const bad = await safety.write(snapshot(['a', 'b']))
    await writeFile(
      join(safety.folder, bad.name),
      '{"format":"margin-safety-copy","savedAt":1,"annot',
    )
    const newest = await safety.newest()
    expect(newest?.info.name).toBe(good.name)
    const files = await readdir(safety.folder)
    expect(files).toContain(`${bad.name}.damaged`)
    expect(files).not.toContain(bad.name)
  })

  it('treats a copy with the wrong shape as damaged too', async () => {
    const safety = copies()
    const only = await safety.write(snapshot(['a']))
    await writeFile(
      join(safety.folder, only.name),
      JSON.stringify({ format: 'margin-safety-copy', savedAt: 1, annotations: 'x' }),
    )
    expect(await safety.newest()).toBeNull()
    expect(await readdir(safety.folder)).toEqual([`${only.name}.damaged`])
  })

  it('has nothing to offer before the first copy', async () => {
    expect(await copies().newest()).toBeNull()
  })
})
