import { randomBytes } from 'node:crypto'
import { constants } from 'node:fs'
import { open, rename, rm, type FileHandle } from 'node:fs/promises'
import { dirname, join } from 'node:path'

/** fsync a directory so a rename inside it survives a power cut (a no-op where the OS refuses). */
export async function syncDirectory(path: string): Promise<void> {
  let handle
  try {
    handle = await open(path, 'r')
    await handle.sync()
  } catch {
    // Windows cannot open directories for syncing; its renames are journalled anyway.
  } finally {
    await handle?.close()
  }
}

/** Writes a file whole or not at all: temporary file, fsync, rename. */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temporary = join(dirname(path), `.${randomBytes(6).toString('hex')}.tmp`)
  const handle = await open(temporary, 'w')
  try {
    await handle.writeFile(data)
    await handle.sync()
  } finally {
    await handle.close()
  }
  try {
    await rename(temporary, path)
  } catch (error) {
    await rm(temporary, { force: true })
    throw error
  }
  await syncDirectory(dirname(path))
}

/**
 * A new file opened for synchronized data writes (O_DSYNC) where the OS has them: each write
 * returns once its data is on disk, all in the thread pool. An fsync after the write needed this
 * thread back in between, so the original's fsync began only once the parse had ended (9–13 ms
 * of an import's wait at 10 MB). Elsewhere (Windows): write, then fsync.
 */
const SYNCED_WRITE_FLAGS =
  constants.O_DSYNC === undefined
    ? null
    : constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_DSYNC

async function openForSyncedWrite(path: string): Promise<FileHandle> {
  return open(path, SYNCED_WRITE_FLAGS ?? 'w')
}

/** The data written so far is on disk: already so where the file was opened with O_DSYNC. */
async function flushWritten(handle: FileHandle): Promise<void> {
  if (SYNCED_WRITE_FLAGS === null) await handle.sync()
}

/**
 * Writes and syncs a file in place, for a file nothing reads yet (a staging folder renamed into
 * place later, a chunk no head names yet): the caller syncs the folder once when all are written.
 */
export async function writeFileSynced(path: string, data: string | Uint8Array): Promise<void> {
  const bytes = typeof data === 'string' ? utf8Bytes(data) : data
  const handle = await openForSyncedWrite(path)
  try {
    await writeAll(handle, bytes)
    await flushWritten(handle)
  } finally {
    await handle.close()
  }
}

/**
 * UTF-8 of a string, written into a buffer sized for the worst case: half the time of
 * Buffer.from, which measures the string first (16 -> 7 ms for 6 M characters of a Chinese book's JSON).
 */
function utf8Bytes(text: string): Uint8Array {
  const buffer = Buffer.allocUnsafe(text.length * 3)
  return buffer.subarray(0, buffer.write(text, 'utf8'))
}

/** One write call for the whole buffer where the OS takes it (FileHandle#writeFile goes 512 KB at a time). */
async function writeAll(handle: FileHandle, bytes: Uint8Array): Promise<void> {
  for (let at = 0; at < bytes.length;)
    at += (await handle.write(bytes, at, bytes.length - at)).bytesWritten
}

/**
 * Opens a new file and starts writing all of `data` to it (one write under way once this
 * resolves, so it proceeds on the thread pool while the caller's thread parses); `written`
 * settles once the data is written and synced. For staging folders, as writeFileSynced.
 */
export async function startFileSynced(
  path: string,
  data: Uint8Array,
): Promise<{ written: Promise<void> }> {
  const handle = await openForSyncedWrite(path)
  const written = (async () => {
    try {
      await writeAll(handle, data)
      await flushWritten(handle)
    } finally {
      await handle.close()
    }
  })()
  written.catch(() => {}) // awaited by the caller; a failure before then must not crash the process
  return { written }
}
