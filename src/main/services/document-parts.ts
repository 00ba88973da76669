import { randomBytes } from 'node:crypto'
import { mkdir, readdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { Block, ParsedDocument } from '../../shared/document-model'
import { syncDirectory, writeFileAtomic, writeFileSynced } from './atomic-write'
import { decodeChunk, encodeChunk } from './document-chunk-format'

/**
 * The parsed document as stored for opening fast: a small head file (everything but the blocks,
 * plus the first blocks) and the blocks in numbered chunk files (as document-chunk-format says),
 * so the first page of a 30 MB book needs one small read and one small JSON.parse. head.json is written last and names the
 * generation of chunks it belongs to, so a half-written rewrite is never read.
 */
export const PARTS = 'parts'
const HEAD = 'head.json'
/** Blocks kept in the head file: more than a tall screen shows. */
export const HEAD_BLOCKS = 400
/** Blocks per chunk file (about 1 MB of a Chinese novel; each head records its own size). */
export const CHUNK_BLOCKS = 1000

export interface PartsHead {
  version: 1
  /** Names this set of chunk files: `<generation>-<n>.json`. */
  generation: string
  chunkBlocks: number
  totalBlocks: number
  /** The document with only its first blocks. */
  document: ParsedDocument
}

const chunkName = (generation: string, n: number) =>
  `${generation}-${String(n).padStart(5, '0')}.json`

/** Chunk files being written at once: the disk works while the next chunk is serialised. */
const WRITES_IN_FLIGHT = 8

/**
 * Writes the parts of a document into `<folder>/parts/`, head last (first in staging); removes older generations.
 * Chunks go straight to their names (no head names them until the new head is renamed into
 * place), fsynced together with one directory sync; in a staging folder (`staged`) the head is
 * written the same way, at once, and the caller syncs the folder before renaming it into the library.
 */
export async function writeParts(
  folder: string,
  doc: ParsedDocument,
  { staged = false }: { staged?: boolean } = {},
): Promise<PartsHead> {
  const dir = join(folder, PARTS)
  await mkdir(dir, { recursive: true })
  const generation = randomBytes(4).toString('hex')
  const total = doc.blocks.length
  const head: PartsHead = {
    version: 1,
    generation,
    chunkBlocks: CHUNK_BLOCKS,
    totalBlocks: total,
    document: { ...doc, blocks: doc.blocks.slice(0, HEAD_BLOCKS) },
  }
  // Nothing reads a staging folder before its rename: there the head goes first, beside the chunks.
  const writingHead = staged ? writeFileSynced(join(dir, HEAD), JSON.stringify(head)) : null
  writingHead?.catch(() => {}) // awaited below, after the chunks
  const writing = new Set<Promise<void>>()
  const failures: unknown[] = []
  for (let n = 0; n * CHUNK_BLOCKS < total; n++) {
    if (writing.size >= WRITES_IN_FLIGHT) await Promise.race(writing)
    const chunk = doc.blocks.slice(n * CHUNK_BLOCKS, (n + 1) * CHUNK_BLOCKS)
    const write: Promise<void> = writeFileSynced(
      join(dir, chunkName(generation, n)),
      encodeChunk(chunk),
    )
      .catch((error: unknown) => void failures.push(error))
      .finally(() => writing.delete(write))
    writing.add(write)
  }
  await Promise.all(writing)
  if (writingHead) await writingHead
  if (failures.length > 0) throw failures[0]
  await syncDirectory(dir)
  if (staged) return head
  await writeFileAtomic(join(dir, HEAD), JSON.stringify(head))
  for (const name of await readdir(dir)) {
    if (name !== HEAD && !name.startsWith(`${generation}-`))
      await rm(join(dir, name), { force: true })
  }
  return head
}

function isHead(value: unknown): value is PartsHead {
  const head = value as Partial<PartsHead> | null
  return (
    typeof head === 'object' &&
    head !== null &&
    head.version === 1 &&
    typeof head.generation === 'string' &&
    typeof head.chunkBlocks === 'number' &&
    head.chunkBlocks > 0 &&
    typeof head.totalBlocks === 'number' &&
    Array.isArray(head.document?.blocks) &&
    Array.isArray(head.document?.outline)
  )
}

/** The head of a stored document, or null when it has no parts yet (imported before they existed) or they are damaged. */
export async function readPartsHead(folder: string): Promise<PartsHead | null> {
  try {
    const value: unknown = JSON.parse(await readFile(join(folder, PARTS, HEAD), 'utf8'))
    return isHead(value) ? value : null
  } catch {
    return null
  }
}

export async function readChunk(folder: string, head: PartsHead, n: number): Promise<Block[]> {
  const bytes = await readFile(join(folder, PARTS, chunkName(head.generation, n)))
  try {
    return decodeChunk(bytes)
  } catch (error) {
    throw new Error(`Chunk ${n} of ${folder} is damaged (${(error as Error).message}).`)
  }
}

/** Blocks [from, to) read through `chunk` (which may cache); the head's own blocks need no chunk. */
export async function readBlockRange(
  head: PartsHead,
  from: number,
  to: number,
  chunk: (n: number) => Promise<Block[]>,
): Promise<Block[]> {
  const end = Math.min(to, head.totalBlocks)
  if (from >= end) return []
  if (end <= head.document.blocks.length) return head.document.blocks.slice(from, end)
  const blocks: Block[] = []
  for (let n = Math.floor(from / head.chunkBlocks); n * head.chunkBlocks < end; n++) {
    const first = n * head.chunkBlocks
    const part = await chunk(n)
    blocks.push(...part.slice(Math.max(0, from - first), end - first))
  }
  return blocks
}

/** The whole document from its parts. */
export async function readWholeFromParts(folder: string, head: PartsHead): Promise<ParsedDocument> {
  const blocks = await readBlockRange(head, 0, head.totalBlocks, (n) => readChunk(folder, head, n))
  return { ...head.document, blocks }
}
