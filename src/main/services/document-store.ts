import { createHash, randomBytes } from 'node:crypto'
import { mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { DocumentMeta, ParsedDocument } from '../../shared/document-model'
import { MarginError } from '../../shared/ipc/result'
import { syncDirectory, writeFileAtomic } from './atomic-write'

export type ParseDocument = (bytes: Uint8Array, fileName: string) => Promise<ParsedDocument>

export interface DocumentStoreOptions {
  /** The data folder; documents live in `<root>/documents/<sha256>/`. */
  root: string
  parse: ParseDocument
  now?: () => Date
}

const ORIGINAL = 'original'
const DOCUMENT = 'document.json'
const META = 'meta.json'
const ID_PATTERN = /^[0-9a-f]{64}$/

function metaOf(id: string, doc: ParsedDocument, size: number, sourceName: string, importedAt: string): DocumentMeta {
  return {
    id,
    title: doc.title,
    author: doc.author,
    language: doc.language,
    format: doc.format,
    encoding: doc.encoding,
    encodingConfidence: doc.encodingConfidence,
    size,
    chars: doc.stats.chars,
    blocks: doc.stats.blocks,
    importedAt,
    sourceName,
    cover: doc.cover ?? null,
  }
}

/**
 * The library on disk. Originals are kept byte for byte under their SHA-256, with the parsed
 * document and a metadata record beside them. A document appears only by renaming a fully
 * written staging folder into place, so a crash mid-import leaves nothing half-made.
 */
export function createDocumentStore({ root, parse, now = () => new Date() }: DocumentStoreOptions) {
  const documentsDir = join(root, 'documents')
  const stagingDir = join(root, 'staging')
  const trashDir = join(root, 'trash')
  const folderOf = (id: string) => join(documentsDir, id)
  let ready: Promise<void> | undefined

  function prepare(): Promise<void> {
    ready ??= (async () => {
      await mkdir(documentsDir, { recursive: true })
      await mkdir(trashDir, { recursive: true })
      // Whatever is left in staging is an import that never finished.
      await rm(stagingDir, { recursive: true, force: true })
      await mkdir(stagingDir, { recursive: true })
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

  async function readOriginalName(folder: string): Promise<string> {
    const names = await readdir(folder)
    return names.find((n) => n.startsWith(ORIGINAL)) ?? ORIGINAL
  }

  /** Reads a metadata record, rebuilding it from the document and the original when it is damaged. */
  async function readMeta(id: string): Promise<DocumentMeta> {
    const folder = folderOf(id)
    try {
      const meta = JSON.parse(await readFile(join(folder, META), 'utf8')) as DocumentMeta
      if (meta.id === id && typeof meta.title === 'string') return meta
    } catch {
      // fall through to the rebuild
    }
    const originalName = await readOriginalName(folder)
    const original = await readFile(join(folder, originalName))
    let doc: ParsedDocument
    try {
      doc = JSON.parse(await readFile(join(folder, DOCUMENT), 'utf8')) as ParsedDocument
    } catch {
      const sourceName = originalName.slice(ORIGINAL.length + 1) || 'document.txt'
      doc = await parse(original, sourceName)
      await writeFileAtomic(join(folder, DOCUMENT), JSON.stringify(doc))
    }
    const folderStat = await stat(folder)
    const sourceName = `${doc.title}${originalName.slice(ORIGINAL.length)}`
    const meta = metaOf(id, doc, original.length, sourceName, folderStat.mtime.toISOString())
    await writeFileAtomic(join(folder, META), JSON.stringify(meta, null, 2))
    return meta
  }

  async function requireFolder(id: string): Promise<string> {
    await prepare()
    if (!ID_PATTERN.test(id) || !(await exists(folderOf(id)))) {
      throw new MarginError('not-found', 'That document is no longer in the library.')
    }
    return folderOf(id)
  }

  return {
    async list(): Promise<DocumentMeta[]> {
      await prepare()
      const ids = (await readdir(documentsDir)).filter((n) => ID_PATTERN.test(n))
      const metas: DocumentMeta[] = []
      for (const id of ids) {
        try {
          metas.push(await readMeta(id))
        } catch {
          // A folder with nothing usable left in it is skipped, never deleted.
        }
      }
      return metas.sort((a, b) => b.importedAt.localeCompare(a.importedAt))
    },

    /** Imports bytes; the same bytes imported twice give the same single document. */
    async importBytes(fileName: string, bytes: Uint8Array): Promise<DocumentMeta> {
      await prepare()
      const id = createHash('sha256').update(bytes).digest('hex')
      if (await exists(folderOf(id))) return readMeta(id)
      const doc = await parse(bytes, fileName)
      const staging = join(stagingDir, randomBytes(8).toString('hex'))
      await mkdir(staging)
      const extension = /\.[A-Za-z0-9]{1,8}$/.exec(fileName)?.[0].toLowerCase() ?? ''
      const meta = metaOf(id, doc, bytes.length, fileName, now().toISOString())
      await writeFileAtomic(join(staging, ORIGINAL + extension), bytes)
      await writeFileAtomic(join(staging, DOCUMENT), JSON.stringify(doc))
      await writeFileAtomic(join(staging, META), JSON.stringify(meta, null, 2))
      try {
        await rename(staging, folderOf(id))
      } catch (error) {
        await rm(staging, { recursive: true, force: true })
        if (await exists(folderOf(id))) return readMeta(id) // imported meanwhile by another call
        throw error
      }
      await syncDirectory(documentsDir)
      return meta
    },

    async open(id: string): Promise<ParsedDocument> {
      const folder = await requireFolder(id)
      try {
        return JSON.parse(await readFile(join(folder, DOCUMENT), 'utf8')) as ParsedDocument
      } catch {
        await readMeta(id) // rebuilds document.json from the original
        return JSON.parse(await readFile(join(folder, DOCUMENT), 'utf8')) as ParsedDocument
      }
    },

    async meta(id: string): Promise<DocumentMeta> {
      await requireFolder(id)
      return readMeta(id)
    },

    /** Moves a document to the trash; nothing is deleted. */
    async remove(id: string): Promise<void> {
      const folder = await requireFolder(id)
      const target = join(trashDir, `${id}-${Date.now()}`)
      await rename(folder, target)
      await syncDirectory(documentsDir)
    },
  }
}

export type DocumentStore = ReturnType<typeof createDocumentStore>
