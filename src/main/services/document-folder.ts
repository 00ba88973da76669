import { readdir, readFile, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { DocumentMeta, ParsedDocument, UserEdits } from '../../shared/document-model'
import { readCorrections, type OutlineCorrections } from '../../shared/outline-corrections'
import { writeFileAtomic } from './atomic-write'
import { splitAssets, writeAssets } from './document-assets'
import { readPartsHead, readWholeFromParts, writeParts, type PartsHead } from './document-parts'

/**
 * One document's folder: the original, the parsed document, and small records beside them.
 * meta.json is a cache of the others: it can always be rebuilt from what is in the folder.
 */
export const ORIGINAL = 'original'
/** The parsed document as one file, as stored before parts (document-parts.ts): read once to migrate. */
export const DOCUMENT = 'document.json'
export const META = 'meta.json'
/** Where the file came from: its name and when it was imported. */
export const ORIGIN = 'origin.json'
/** The user's title, author and encoding, kept apart so a re-parse or a lost meta.json keeps them. */
export const EDITS = 'edits.json'
export const CORRECTIONS = 'corrections.json'

export interface DocumentOrigin {
  sourceName: string
  importedAt: string
}

export type ParseOptions = { encoding?: string; signal?: AbortSignal; sourcePath?: string }
export type ParseDocument = (bytes: Uint8Array, fileName: string, options?: ParseOptions) => Promise<ParsedDocument>

/** What the store needs of a document written elsewhere (its parts and assets already in the folder). */
export type DocumentSummary = Omit<ParsedDocument, 'blocks' | 'outline' | 'assets'> & { outlineEntries: number }
/** Parses bytes and writes the parts and assets into a staging folder (a worker does, see import-worker.ts). */
export type ParseInto = (
  folder: string,
  bytes: Uint8Array,
  fileName: string,
  options?: ParseOptions,
) => Promise<DocumentSummary>

/** Writes a parsed document's parts and assets into a staging folder; answers its summary. */
export async function writeParsedInto(folder: string, parsed: ParsedDocument): Promise<DocumentSummary> {
  const { doc, assets } = splitAssets(parsed)
  await Promise.all([writeParts(folder, doc, { staged: true }), writeAssets(folder, assets)])
  const { blocks: _blocks, outline, ...summary } = doc
  return { ...summary, outlineEntries: outline.length }
}

export async function readJson(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as unknown
  } catch {
    return undefined
  }
}

export function composeMeta(
  id: string,
  doc: Omit<ParsedDocument, 'blocks' | 'outline'>,
  size: number,
  origin: DocumentOrigin,
  edits: UserEdits,
): DocumentMeta {
  return {
    id,
    title: edits.title ?? doc.title,
    author: edits.author !== undefined ? edits.author : doc.author,
    language: doc.language,
    format: doc.format,
    encoding: doc.encoding,
    encodingConfidence: edits.encoding ? null : doc.encodingConfidence,
    size,
    chars: doc.stats.chars,
    blocks: doc.stats.blocks,
    importedAt: origin.importedAt,
    sourceName: origin.sourceName,
    cover: doc.cover ?? null,
    ...(Object.keys(edits).length > 0 ? { edits } : {}),
  }
}

export async function readEdits(folder: string): Promise<UserEdits> {
  const value = await readJson(join(folder, EDITS))
  if (typeof value !== 'object' || value === null) return {}
  const { title, author, encoding } = value as Record<string, unknown>
  const edits: UserEdits = {}
  if (typeof title === 'string' && title) edits.title = title
  if (typeof author === 'string' || author === null) edits.author = author
  if (typeof encoding === 'string' && encoding) edits.encoding = encoding
  return edits
}

export async function readOutlineCorrections(folder: string): Promise<OutlineCorrections> {
  return readCorrections(await readJson(join(folder, CORRECTIONS)))
}

export async function originalNameIn(folder: string): Promise<string> {
  const names = await readdir(folder)
  return names.find((n) => n.startsWith(ORIGINAL)) ?? ORIGINAL
}

async function readOrigin(folder: string, originalName: string): Promise<DocumentOrigin> {
  const value = (await readJson(join(folder, ORIGIN))) as Partial<DocumentOrigin> | undefined
  const old = (await readJson(join(folder, META))) as Partial<DocumentMeta> | undefined
  const sourceName = value?.sourceName ?? old?.sourceName ?? `document${originalName.slice(ORIGINAL.length)}`
  const importedAt = value?.importedAt ?? old?.importedAt ?? (await stat(folder)).mtime.toISOString()
  return { sourceName: String(sourceName), importedAt: String(importedAt) }
}

/**
 * The parsed document, from its parts (see document-parts.ts). A document stored before parts
 * existed is migrated on first read from its document.json; a missing or damaged one is
 * re-parsed from the original (with the user's encoding).
 */
export async function readParsed(folder: string, parse: ParseDocument): Promise<ParsedDocument> {
  const head = await readPartsHead(folder)
  if (head) {
    try {
      return await readWholeFromParts(folder, head)
    } catch {
      // A damaged chunk: rebuilt below from what else is there.
    }
  }
  const stored = (await readJson(join(folder, DOCUMENT))) as ParsedDocument | undefined
  if (stored && Array.isArray(stored.blocks) && Array.isArray(stored.outline)) {
    await writeParts(folder, stored)
    await rm(join(folder, DOCUMENT), { force: true })
    return stored
  }
  const originalName = await originalNameIn(folder)
  const original = await readFile(join(folder, originalName))
  const { sourceName } = await readOrigin(folder, originalName)
  const { encoding } = await readEdits(folder)
  const { doc, assets } = splitAssets(await parse(original, sourceName, encoding ? { encoding } : {}))
  await writeAssets(folder, assets)
  await writeParts(folder, doc)
  return doc
}

/** The head of the parsed document (first blocks, outline, stats), migrating or re-parsing as readParsed does. */
export async function readHead(folder: string, parse: ParseDocument): Promise<PartsHead> {
  const head = await readPartsHead(folder)
  if (head) return head
  await readParsed(folder, parse)
  const made = await readPartsHead(folder)
  if (!made) throw new Error(`The parts of ${folder} could not be written.`)
  return made
}

/** Writes meta.json afresh from the folder's other records. */
export async function rebuildMeta(folder: string, id: string, parse: ParseDocument): Promise<DocumentMeta> {
  const originalName = await originalNameIn(folder)
  const { size } = await stat(join(folder, originalName))
  const doc = (await readHead(folder, parse)).document
  const meta = composeMeta(id, doc, size, await readOrigin(folder, originalName), await readEdits(folder))
  await writeFileAtomic(join(folder, META), JSON.stringify(meta, null, 2))
  return meta
}

/** Reads a metadata record, rebuilding it from what is on disk when it is damaged or missing. */
export async function readMeta(folder: string, id: string, parse: ParseDocument): Promise<DocumentMeta> {
  const meta = (await readJson(join(folder, META))) as DocumentMeta | undefined
  if (meta && meta.id === id && typeof meta.title === 'string' && typeof meta.size === 'number') return meta
  return rebuildMeta(folder, id, parse)
}
