import { randomBytes } from 'node:crypto'
import { mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { DocumentMeta, ParsedDocument, UserEdits } from '../../shared/document-model'
import type { EncodingPreview } from '../../shared/ipc/documents'
import type { TrashedDocument } from '../../shared/ipc/library'
import { MarginError } from '../../shared/ipc/result'
import {
  applyOutlineCorrections,
  changeCorrections,
  type OutlineChange,
} from '../../shared/outline-corrections'
import { startFileSynced, syncDirectory, writeFileAtomic, writeFileSynced } from './atomic-write'
import {
  CORRECTIONS,
  EDITS,
  META,
  ORIGIN,
  ORIGINAL,
  composeMeta,
  originalNameIn,
  readEdits,
  readMeta,
  readOutlineCorrections,
  readParsed,
  rebuildMeta,
  type DocumentOrigin,
  type ParseDocument,
  type ParseInto,
} from './document-folder'
import { previewEncoding } from './encoding-preview'
import { readAsset, splitAssets, writeAssets, type AssetFile } from './document-assets'
import { readPartsHead, writeParts } from './document-parts'
import { createDocumentPartsReader, saveCorrectedOutline } from './document-parts-reader'

export type { DocumentSummary, ParseDocument, ParseInto, ParseOptions } from './document-folder'

export interface DocumentStoreOptions {
  /** The data folder; documents live in `<root>/documents/<sha256>/`. */
  root: string
  /** Turns bytes into a document: in-process, or in a worker thread (see parse-in-worker.ts). */
  parse: ParseDocument
  /**
   * Imports parse through this when given: it writes the parts and assets into the staging folder
   * itself (a worker thread, see parse-in-worker.ts) and answers only the summary. `parse` stays
   * for re-encoding and re-parsing damaged documents.
   */
  parseInto?: ParseInto
  now?: () => Date
}

export interface ImportOptions {
  /** Aborting drops the import whole: nothing of it stays in the library. */
  signal?: AbortSignal
  /** The file's path when it was read from disk: images beside it are imported with it. */
  sourcePath?: string
  onPhase?: (phase: 'parsing' | 'saving') => void
}

const ID_PATTERN = /^[0-9a-f]{64}$/
/** Trash entries are `<id>-<milliseconds when removed>`; one document can be there more than once. */
const TRASH_ENTRY = /^([0-9a-f]{64})-(\d+)$/
/** A trash entry renamed aside before deletion, so a crash mid-delete never shows a half document. */
const DELETING = '.deleting-'

/** SHA-256 in hex, computed on libuv's thread pool so the main thread stays free. */
async function sha256Hex(bytes: Uint8Array): Promise<string> {
  return Buffer.from(
    await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>),
  ).toString('hex')
}

/** The original keeps its file's extension (lower case), so a re-parse picks the same importer. */
function extensionOf(fileName: string): string {
  return /\.[A-Za-z0-9]{1,8}$/.exec(fileName)?.[0].toLowerCase() ?? ''
}

function throwIfCancelled(signal: AbortSignal | undefined, fileName: string): void {
  if (signal?.aborted)
    throw new MarginError('cancelled', `The import of ${fileName} was cancelled.`)
}

/**
 * The library on disk. Originals are kept byte for byte under their SHA-256, with the parsed
 * document and records beside them (see document-folder.ts). A document appears only by renaming
 * a fully written staging folder into place, so a crash mid-import leaves nothing half-made;
 * removing moves a folder to the trash, and only emptying the trash deletes.
 */
export function createDocumentStore({
  root,
  parse,
  parseInto,
  now = () => new Date(),
}: DocumentStoreOptions) {
  const documentsDir = join(root, 'documents')
  const stagingDir = join(root, 'staging')
  const trashDir = join(root, 'trash')
  const folderOf = (id: string) => join(documentsDir, id)
  let ready: Promise<void> | undefined
  const parts = createDocumentPartsReader({ requireFolder: (id) => requireFolder(id), parse })

  function prepare(): Promise<void> {
    ready ??= (async () => {
      await mkdir(documentsDir, { recursive: true })
      await mkdir(trashDir, { recursive: true })
      // Whatever is left in staging is an import that never finished.
      await rm(stagingDir, { recursive: true, force: true })
      await mkdir(stagingDir, { recursive: true })
      for (const name of await readdir(trashDir)) {
        if (name.startsWith(DELETING))
          await rm(join(trashDir, name), { recursive: true, force: true })
      }
    })()
    return ready
  }

  async function exists(path: string): Promise<boolean> {
    try {
      await stat(path)
      return true
    } catch {
      return false
    }
  }

  async function requireFolder(id: string): Promise<string> {
    await prepare()
    if (!ID_PATTERN.test(id) || !(await exists(folderOf(id)))) {
      throw new MarginError('not-found', 'That document is no longer in the library.')
    }
    return folderOf(id)
  }

  /** Trash entries, newest first. */
  async function trashEntries(): Promise<{ name: string; id: string; trashedAt: number }[]> {
    await prepare()
    const entries = []
    for (const name of await readdir(trashDir)) {
      const match = TRASH_ENTRY.exec(name)
      if (match) entries.push({ name, id: match[1]!, trashedAt: Number(match[2]) })
    }
    return entries.sort((a, b) => b.trashedAt - a.trashedAt)
  }

  /** Moves the newest trashed copy of a document back; false if there is none. */
  async function restoreFromTrash(id: string): Promise<boolean> {
    const entry = (await trashEntries()).find((e) => e.id === id)
    if (!entry) return false
    try {
      await rename(join(trashDir, entry.name), folderOf(id))
    } catch {
      return exists(folderOf(id)) // restored meanwhile by another call
    }
    await syncDirectory(documentsDir)
    return true
  }

  /** Removes a staging folder; retried, since a worker just ended may still be finishing a write in it. */
  async function discard(staging: string): Promise<void> {
    await rm(staging, { recursive: true, force: true, maxRetries: 5 }).catch(() => {}) // else cleared at the next start
  }

  /**
   * An import through `parseInto`: the staging folder exists before the parse, which writes the
   * parts into it; the main thread adds the original and records, syncs, and renames it into place.
   */
  async function importInto(
    writeInto: ParseInto,
    fileName: string,
    bytes: Uint8Array,
    { signal, onPhase, sourcePath }: ImportOptions,
  ): Promise<DocumentMeta> {
    const known = new AbortController()
    const parseSignal = signal ? AbortSignal.any([signal, known.signal]) : known.signal
    const staging = join(stagingDir, randomBytes(8).toString('hex'))
    await mkdir(staging)
    const hashing = sha256Hex(bytes)
    onPhase?.('parsing')
    const writing = writeInto(staging, bytes, fileName, {
      signal: parseSignal,
      ...(sourcePath ? { sourcePath } : {}),
    })
    writing.catch(() => {}) // awaited below unless the file is already in the library
    let id: string | undefined
    let records: Promise<unknown> = Promise.resolve()
    try {
      id = await hashing
      if ((await exists(folderOf(id))) || (await restoreFromTrash(id))) {
        known.abort()
        // Cleared once the parse has stopped writing (a parse in this thread may not stop at once).
        void writing.catch(() => {}).finally(() => discard(staging))
        return await readMeta(folderOf(id), id, parse)
      }
      // The original and its origin are written while the worker still parses.
      const origin: DocumentOrigin = { sourceName: fileName, importedAt: now().toISOString() }
      records = Promise.all([
        writeFileSynced(join(staging, ORIGINAL + extensionOf(fileName)), bytes),
        writeFileSynced(join(staging, ORIGIN), JSON.stringify(origin, null, 2)),
      ])
      records.catch(() => {}) // awaited below, or before the staging folder is removed
      const summary = await writing
      throwIfCancelled(signal, fileName)
      onPhase?.('saving')
      const meta = composeMeta(id, summary, bytes.length, origin, {})
      await Promise.all([
        records,
        writeFileSynced(join(staging, META), JSON.stringify(meta, null, 2)),
      ])
      await syncDirectory(staging)
      throwIfCancelled(signal, fileName)
      await rename(staging, folderOf(id))
      await syncDirectory(documentsDir)
      return meta
    } catch (error) {
      if (!known.signal.aborted) {
        await Promise.all([writing.catch(() => {}), records.catch(() => {})])
        await discard(staging)
      }
      if (id !== undefined && (await exists(folderOf(id)))) return readMeta(folderOf(id), id, parse) // imported meanwhile
      throw error
    }
  }

  async function updateEdits(
    id: string,
    change: (edits: UserEdits) => UserEdits,
  ): Promise<DocumentMeta> {
    const folder = await requireFolder(id)
    await writeFileAtomic(
      join(folder, EDITS),
      JSON.stringify(change(await readEdits(folder)), null, 2),
    )
    return rebuildMeta(folder, id, parse)
  }

  return {
    async list(): Promise<DocumentMeta[]> {
      await prepare()
      const ids = (await readdir(documentsDir)).filter((n) => ID_PATTERN.test(n))
      const metas: DocumentMeta[] = []
      for (const id of ids) {
        try {
          metas.push(await readMeta(folderOf(id), id, parse))
        } catch {
          // A folder with nothing usable left in it is skipped, never deleted.
        }
      }
      return metas.sort((a, b) => b.importedAt.localeCompare(a.importedAt))
    },

    /**
     * Imports bytes; the same bytes imported twice give the same single document, and bytes
     * whose document is in the trash bring it back with the user's edits and corrections.
     */
    async importBytes(
      fileName: string,
      bytes: Uint8Array,
      options: ImportOptions = {},
    ): Promise<DocumentMeta> {
      const { signal, onPhase, sourcePath } = options
      await prepare()
      throwIfCancelled(signal, fileName)
      if (parseInto) return importInto(parseInto, fileName, bytes, options)
      const extension = extensionOf(fileName)
      const origin: DocumentOrigin = { sourceName: fileName, importedAt: now().toISOString() }
      // Nothing in staging is visible until the rename: each file is fsynced, the folder synced once.
      const staging = join(stagingDir, randomBytes(8).toString('hex'))
      await mkdir(staging)
      // The original's write is under way before the parse takes this thread, so the disk works meanwhile.
      const original = await startFileSynced(join(staging, ORIGINAL + extension), bytes).catch(
        async (error: unknown) => {
          await discard(staging)
          throw error
        },
      )
      // The hash (off the main thread) and the parse run together; a file already here stops the parse.
      const known = new AbortController()
      const parseSignal = signal ? AbortSignal.any([signal, known.signal]) : known.signal
      const hashing = sha256Hex(bytes)
      onPhase?.('parsing')
      // Called at once; a parse that throws instead of rejecting still reaches the clean-up below.
      const parsing = (async () =>
        parse(bytes, fileName, { signal: parseSignal, ...(sourcePath ? { sourcePath } : {}) }))()
      parsing.catch(() => {}) // awaited below unless the file is already in the library
      let id: string | undefined
      let meta: DocumentMeta
      try {
        id = await hashing
        if ((await exists(folderOf(id))) || (await restoreFromTrash(id))) {
          known.abort()
          await original.written.catch(() => {})
          await discard(staging)
          return await readMeta(folderOf(id), id, parse)
        }
        const { doc, assets } = splitAssets(await parsing)
        throwIfCancelled(signal, fileName)
        onPhase?.('saving')
        meta = composeMeta(id, doc, bytes.length, origin, {})
        await Promise.all([
          original.written,
          writeParts(staging, doc, { staged: true }),
          writeAssets(staging, assets),
          writeFileSynced(join(staging, ORIGIN), JSON.stringify(origin, null, 2)),
          writeFileSynced(join(staging, META), JSON.stringify(meta, null, 2)),
        ])
        await syncDirectory(staging)
        throwIfCancelled(signal, fileName)
        await rename(staging, folderOf(id))
      } catch (error) {
        await original.written.catch(() => {})
        await discard(staging)
        if (id !== undefined && (await exists(folderOf(id))))
          return readMeta(folderOf(id), id, parse) // imported meanwhile by another call
        throw error
      }
      await syncDirectory(documentsDir)
      return meta
    },

    /** The document as the user corrected its table of contents. */
    async open(id: string): Promise<ParsedDocument> {
      const folder = await requireFolder(id)
      return applyOutlineCorrections(
        await readParsed(folder, parse),
        await readOutlineCorrections(folder),
      )
    },

    /** The start of a document (outline and stats whole), read without the rest: see document-parts.ts. */
    openHead: (id: string, blocks: number) => parts.openHead(id, blocks),

    /** Blocks [from, to) of a document, as corrected. */
    blocks: (id: string, from: number, to: number) => parts.blocks(id, from, to),

    /** An image stored with a document, by name; null for anything else. */
    async readAsset(id: string, name: string): Promise<AssetFile | null> {
      await prepare()
      return readAsset(documentsDir, id, name)
    },

    async meta(id: string): Promise<DocumentMeta> {
      return readMeta(await requireFolder(id), id, parse)
    },

    /** A string sets the title or author; null puts back what the file says; an empty author means none. */
    editDetails(
      id: string,
      details: { title?: string | null; author?: string | null },
    ): Promise<DocumentMeta> {
      return updateEdits(id, (edits) => {
        const next = { ...edits }
        if (details.title !== undefined) {
          if (details.title?.trim()) next.title = details.title.trim()
          else delete next.title
        }
        if (details.author !== undefined) {
          if (details.author === null) delete next.author
          else next.author = details.author.trim() || null
        }
        return next
      })
    },

    async previewEncoding(id: string, encoding: string): Promise<EncodingPreview> {
      const folder = await requireFolder(id)
      return previewEncoding(await readFile(join(folder, await originalNameIn(folder))), encoding)
    },

    /** Re-reads the original in the encoding the user picked; block ids come from the text, so notes re-anchor. */
    async setEncoding(id: string, encoding: string): Promise<DocumentMeta> {
      const folder = await requireFolder(id)
      const meta = await readMeta(folder, id, parse)
      if (meta.encoding === null)
        throw new MarginError('unsupported', `${meta.sourceName} declares its own encoding.`)
      const original = await readFile(join(folder, await originalNameIn(folder)))
      const { doc } = splitAssets(await parse(original, meta.sourceName, { encoding }))
      await writeParts(folder, doc)
      parts.forget(id)
      return updateEdits(id, (edits) => ({ ...edits, encoding }))
    },

    async correctOutline(id: string, change: OutlineChange): Promise<ParsedDocument> {
      const folder = await requireFolder(id)
      const corrections = changeCorrections(await readOutlineCorrections(folder), change)
      await writeFileAtomic(join(folder, CORRECTIONS), JSON.stringify(corrections, null, 2))
      parts.forget(id)
      const corrected = applyOutlineCorrections(await readParsed(folder, parse), corrections)
      const head = await readPartsHead(folder)
      if (head) await saveCorrectedOutline(folder, head.generation, corrections, corrected.outline)
      return corrected
    },

    /** Moves a document to the trash; nothing is deleted. */
    async remove(id: string): Promise<void> {
      const folder = await requireFolder(id)
      parts.forget(id)
      await rename(folder, join(trashDir, `${id}-${now().getTime()}`))
      await syncDirectory(documentsDir)
    },

    async listTrash(): Promise<TrashedDocument[]> {
      const listed: TrashedDocument[] = []
      const seen = new Set<string>()
      for (const entry of await trashEntries()) {
        if (seen.has(entry.id)) continue
        seen.add(entry.id)
        try {
          const meta = await readMeta(join(trashDir, entry.name), entry.id, parse)
          listed.push({ ...meta, trashedAt: new Date(entry.trashedAt).toISOString() })
        } catch {
          // Unreadable: left for emptying the trash.
        }
      }
      return listed
    },

    async restore(id: string): Promise<DocumentMeta> {
      await prepare()
      if (!ID_PATTERN.test(id) || !((await exists(folderOf(id))) || (await restoreFromTrash(id)))) {
        throw new MarginError('not-found', 'That document is no longer in the trash.')
      }
      return readMeta(folderOf(id), id, parse)
    },

    /** Deletes the trash for good; answers the ids that left the library with it (their notes may go now). */
    async emptyTrash(): Promise<string[]> {
      const gone = new Set<string>()
      for (const entry of await trashEntries()) {
        const aside = join(trashDir, `${DELETING}${entry.name}`)
        await rename(join(trashDir, entry.name), aside)
        await rm(aside, { recursive: true, force: true })
        gone.add(entry.id)
      }
      await syncDirectory(trashDir)
      // A document re-imported since it was trashed is still here: its notes stay.
      const kept = await Promise.all(
        [...gone].map(async (id) => ((await exists(folderOf(id))) ? null : id)),
      )
      return kept.filter((id): id is string => id !== null)
    },
  }
}

export type DocumentStore = ReturnType<typeof createDocumentStore>
