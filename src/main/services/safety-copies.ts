import { mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { notesSnapshot, type NotesSnapshot, type SafetyCopyInfo } from '../../shared/ipc/notes'
import { writeFileAtomic } from './atomic-write'

export interface SafetyCopyOptions {
  /** The data folder; copies live in `<dataFolder>/safety/`. */
  dataFolder: string
  /** How many of the newest copies rotation keeps. */
  keep?: number
  now?: () => number
}

const FORMAT = 'margin-safety-copy'
const NAME = /^notes-(\d{8}T\d{9}Z)-(\d{3})-n(\d+)\.json$/

function stampOf(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:.]/g, '')
}

function notesIn(name: string): number {
  return Number(NAME.exec(name)?.[3] ?? 0)
}

/**
 * Copies of the notes kept beside the library, so a damaged or emptied IndexedDB never costs
 * a note. Each copy is written atomically; rotation keeps the newest few and, whatever else
 * happens, the newest copy that holds notes. A copy that does not read back is renamed, never deleted.
 */
export function createSafetyCopies({ dataFolder, keep = 5, now = Date.now }: SafetyCopyOptions) {
  const folder = join(dataFolder, 'safety')

  /** Names of the copies, newest first (the name sorts by time). */
  async function names(): Promise<string[]> {
    await mkdir(folder, { recursive: true })
    return (await readdir(folder))
      .filter((name) => NAME.test(name))
      .sort((a, b) => (a < b ? 1 : a > b ? -1 : 0))
  }

  async function exists(path: string): Promise<boolean> {
    return stat(path).then(
      () => true,
      () => false,
    )
  }

  async function setAside(name: string): Promise<void> {
    let target = join(folder, `${name}.damaged`)
    for (let n = 2; await exists(target); n++) target = join(folder, `${name}.damaged-${n}`)
    await rename(join(folder, name), target)
  }

  /** The copy's content, or null when it is damaged. */
  async function read(
    name: string,
  ): Promise<{ info: SafetyCopyInfo; snapshot: NotesSnapshot } | null> {
    try {
      const data = JSON.parse(await readFile(join(folder, name), 'utf8')) as Record<string, unknown>
      if (data['format'] !== FORMAT || typeof data['savedAt'] !== 'number') return null
      const parsed = notesSnapshot.safeParse({
        annotations: data['annotations'],
        bookmarks: data['bookmarks'],
        progress: data['progress'],
      })
      if (!parsed.success) return null
      const snapshot = parsed.data
      const info = {
        name,
        savedAt: data['savedAt'],
        annotations: snapshot.annotations.length,
        bookmarks: snapshot.bookmarks.length,
      }
      return { info, snapshot }
    } catch {
      return null
    }
  }

  async function rotate(): Promise<void> {
    const all = await names()
    const newestWithNotes = all.find((name) => notesIn(name) > 0)
    for (const name of all.slice(keep)) {
      if (name !== newestWithNotes) await rm(join(folder, name), { force: true })
    }
  }

  return {
    folder,

    async write(snapshot: NotesSnapshot): Promise<SafetyCopyInfo> {
      const savedAt = now()
      const stamp = stampOf(savedAt)
      // Two copies in the same millisecond: number the later one so it still sorts after.
      const sameStamp = (await names()).filter((name) => NAME.exec(name)?.[1] === stamp)
      const sequence =
        sameStamp.length === 0
          ? 0
          : Math.max(...sameStamp.map((name) => Number(NAME.exec(name)![2]))) + 1
      const count = snapshot.annotations.length + snapshot.bookmarks.length
      const name = `notes-${stamp}-${String(sequence).padStart(3, '0')}-n${count}.json`
      await writeFileAtomic(
        join(folder, name),
        JSON.stringify({ format: FORMAT, version: 1, savedAt, ...snapshot }),
      )
      await rotate()
      return {
        name,
        savedAt,
        annotations: snapshot.annotations.length,
        bookmarks: snapshot.bookmarks.length,
      }
    },

    /** The copies that read back whole, newest first; damaged ones are set aside. */
    async list(): Promise<SafetyCopyInfo[]> {
      const infos: SafetyCopyInfo[] = []
      for (const name of await names()) {
        const copy = await read(name)
        if (copy) infos.push(copy.info)
        else await setAside(name)
      }
      return infos
    },

    /** The newest copy that reads back whole, setting aside the damaged ones in front of it. */
    async newest(): Promise<{ info: SafetyCopyInfo; snapshot: NotesSnapshot } | null> {
      for (const name of await names()) {
        const copy = await read(name)
        if (copy) return copy
        await setAside(name)
      }
      return null
    },
  }
}

export type SafetyCopies = ReturnType<typeof createSafetyCopies>
