/**
 * The backup archive: one zip holding every document folder of the library byte for byte
 * (the original, its parsed copy, its metadata and whatever else the store keeps there), the
 * notes from the renderer's database, and a manifest listing each file with its size and
 * SHA-256. Reading an archive checks all of it before anything on disk is touched.
 */
import { createHash, randomBytes } from 'node:crypto'
import { mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { unzipSync, zipSync, type Zippable } from 'fflate'
import { backupNotes, type BackupNotes } from '../../shared/ipc/notes'
import { MarginError } from '../../shared/ipc/result'
import { syncDirectory, writeFileAtomic } from './atomic-write'

export const BACKUP_FORMAT = 'margin-backup'
export const BACKUP_FORMAT_VERSION = 1
const MANIFEST = 'manifest.json'
const NOTES = 'notes.json'
const ID_PATTERN = /^[0-9a-f]{64}$/
/** What one archive may unpack to: far above any real library, far below what would exhaust memory. */
const MAX_TOTAL_BYTES = 4 * 1024 ** 3
const MAX_ENTRIES = 200_000

interface ManifestFile {
  path: string
  size: number
  sha256: string
}

export interface BackupManifest {
  format: typeof BACKUP_FORMAT
  formatVersion: number
  appVersion: string
  createdAt: string
  documents: { id: string; files: ManifestFile[] }[]
  notes: ManifestFile
  counts: {
    documents: number
    annotations: number
    bookmarks: number
    progress: number
    settings: number
  }
}

export interface BackupContents {
  manifest: BackupManifest
  /** Each document's files, keyed by their path inside its folder. */
  documents: { id: string; files: Map<string, Uint8Array> }[]
  notes: BackupNotes
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

async function filesUnder(folder: string, prefix = ''): Promise<string[]> {
  const found: string[] = []
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name
    if (entry.isDirectory()) found.push(...(await filesUnder(join(folder, entry.name), relative)))
    else if (entry.isFile() && !entry.name.endsWith('.tmp')) found.push(relative)
  }
  return found.sort()
}

/** Packs the library in `<dataFolder>/documents/` and the notes into one archive. */
export async function buildBackupArchive(options: {
  dataFolder: string
  notes: BackupNotes
  appVersion: string
  now?: () => Date
}): Promise<Uint8Array> {
  const documentsDir = join(options.dataFolder, 'documents')
  const ids = await readdir(documentsDir).then(
    (names) => names.filter((name) => ID_PATTERN.test(name)).sort(),
    () => [] as string[],
  )
  const entries: Zippable = {}
  const documents: BackupManifest['documents'] = []
  for (const id of ids) {
    const files: ManifestFile[] = []
    for (const path of await filesUnder(join(documentsDir, id))) {
      const bytes = new Uint8Array(await readFile(join(documentsDir, id, path)))
      // Originals are mostly compressed already (EPUB) or small; level 1 keeps big libraries quick.
      entries[`documents/${id}/${path}`] = [bytes, { level: 1 }]
      files.push({ path, size: bytes.length, sha256: sha256(bytes) })
    }
    documents.push({ id, files })
  }
  const notesBytes = new TextEncoder().encode(JSON.stringify(options.notes))
  entries[NOTES] = notesBytes
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion: options.appVersion,
    createdAt: (options.now?.() ?? new Date()).toISOString(),
    documents,
    notes: { path: NOTES, size: notesBytes.length, sha256: sha256(notesBytes) },
    counts: {
      documents: documents.length,
      annotations: options.notes.annotations.length,
      bookmarks: options.notes.bookmarks.length,
      progress: options.notes.progress.length,
      settings: options.notes.settings.length,
    },
  }
  entries[MANIFEST] = new TextEncoder().encode(JSON.stringify(manifest, null, 2))
  return zipSync(entries)
}

const refuse = (why: string): never => {
  throw new MarginError(
    'corrupt-file',
    `This is not a Margin backup Margin can restore: ${why}. Nothing was changed.`,
  )
}

/** A path inside a document folder: plain names, no way out of the folder. */
function isSafeRelativePath(path: string): boolean {
  if (path.length === 0 || path.length > 500 || path.includes('\\') || path.startsWith('/'))
    return false
  return path
    .split('/')
    .every(
      (part) => part.length > 0 && part !== '.' && part !== '..' && !/[\u0000-\u001f:]/.test(part),
    )
}

function readManifest(raw: Uint8Array | undefined): BackupManifest {
  if (!raw) return refuse('it has no manifest')
  let manifest: BackupManifest
  try {
    manifest = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw)) as BackupManifest
  } catch {
    return refuse('its manifest is damaged')
  }
  if (manifest?.format !== BACKUP_FORMAT) refuse('its manifest is not a Margin manifest')
  if (
    typeof manifest.formatVersion !== 'number' ||
    manifest.formatVersion > BACKUP_FORMAT_VERSION
  ) {
    refuse(
      `it was made by a newer Margin (format ${String(manifest.formatVersion)}); update Margin first`,
    )
  }
  if (!Array.isArray(manifest.documents) || typeof manifest.notes?.sha256 !== 'string')
    refuse('its manifest is incomplete')
  return manifest
}

/** Unpacks and checks an archive whole: manifest, paths, sizes, checksums, the notes. Touches nothing. */
export function readBackupArchive(archive: Uint8Array): BackupContents {
  let unpacked: Record<string, Uint8Array>
  let total = 0
  let count = 0
  try {
    unpacked = unzipSync(archive, {
      // Sizes come from the zip's directory: refuse a bomb before inflating it.
      filter: (file) => {
        total += file.originalSize
        count++
        if (total > MAX_TOTAL_BYTES || count > MAX_ENTRIES) throw new RangeError('too large')
        return true
      },
    })
  } catch (error) {
    return refuse(
      error instanceof RangeError
        ? 'it unpacks to more than Margin will hold in memory'
        : 'it is not a readable zip archive',
    )
  }
  const manifest = readManifest(unpacked[MANIFEST])
  const expected = new Set([MANIFEST, NOTES])
  const documents: BackupContents['documents'] = []
  for (const doc of manifest.documents) {
    if (!ID_PATTERN.test(String(doc?.id)) || !Array.isArray(doc.files))
      refuse('a document in its manifest is malformed')
    const files = new Map<string, Uint8Array>()
    for (const file of doc.files) {
      if (!isSafeRelativePath(String(file?.path)))
        refuse(`it names an unsafe path (${String(file?.path)})`)
      const entry = `documents/${doc.id}/${file.path}`
      const bytes = unpacked[entry]
      if (!bytes) refuse(`${entry} is missing`)
      if (bytes!.length !== file.size || sha256(bytes!) !== file.sha256)
        refuse(`${entry} is damaged`)
      files.set(file.path, bytes!)
      expected.add(entry)
    }
    const original = [...files.entries()].find(([path]) =>
      /^original(\.[A-Za-z0-9]{1,8})?$/.test(path),
    )
    if (!original || sha256(original[1]) !== doc.id)
      refuse(`the original of document ${doc.id.slice(0, 8)} is missing or altered`)
    documents.push({ id: doc.id, files })
  }
  for (const name of Object.keys(unpacked)) {
    if (!expected.has(name) && !name.endsWith('/'))
      refuse(`it holds a file its manifest does not list (${name})`)
  }
  const notesBytes = unpacked[NOTES]
  if (
    !notesBytes ||
    notesBytes.length !== manifest.notes.size ||
    sha256(notesBytes) !== manifest.notes.sha256
  ) {
    refuse('its notes are missing or damaged')
  }
  let notes: BackupNotes
  try {
    const parsed = backupNotes.safeParse(JSON.parse(new TextDecoder().decode(notesBytes)))
    if (!parsed.success) return refuse('its notes are not in the expected form')
    notes = parsed.data
  } catch {
    return refuse('its notes are damaged')
  }
  return { manifest, documents, notes }
}

/**
 * Puts the archive's documents into the library. Each document folder is written whole in a
 * staging folder and renamed into place; a document already in the library is left as it is.
 */
export async function restoreBackupDocuments(
  dataFolder: string,
  contents: BackupContents,
): Promise<{ restored: number; kept: number }> {
  const documentsDir = join(dataFolder, 'documents')
  const stagingRoot = join(dataFolder, 'restoring')
  await mkdir(documentsDir, { recursive: true })
  await rm(stagingRoot, { recursive: true, force: true })
  let restored = 0
  let kept = 0
  for (const doc of contents.documents) {
    const target = join(documentsDir, doc.id)
    if (
      await stat(target).then(
        () => true,
        () => false,
      )
    ) {
      kept++
      continue
    }
    const staging = join(stagingRoot, randomBytes(8).toString('hex'))
    for (const [path, bytes] of doc.files) {
      await mkdir(dirname(join(staging, path)), { recursive: true })
      await writeFileAtomic(join(staging, path), bytes)
    }
    await rename(staging, target)
    restored++
  }
  await syncDirectory(documentsDir)
  await rm(stagingRoot, { recursive: true, force: true })
  return { restored, kept }
}
