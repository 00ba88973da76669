import { join } from 'node:path'
import type { Block, OutlineEntry, ParsedDocument } from '../../shared/document-model'
import {
  applyOutlineCorrections,
  isEmptyCorrections,
  type OutlineCorrections,
} from '../../shared/outline-corrections'
import { writeFileAtomic } from './atomic-write'
import { readHead, readJson, readOutlineCorrections, type ParseDocument } from './document-folder'
import { readBlockRange, readChunk, readWholeFromParts, type PartsHead } from './document-parts'

/** The table of contents as corrected, kept beside the parts: promoted blocks past the head need the whole text to place. */
export const CORRECTED_OUTLINE = 'corrected-outline.json'
/** Chunks of the most recently opened document kept parsed in memory (about 1 MB of JSON each). */
const CHUNKS_KEPT = 6

interface Opened {
  id: string
  folder: string
  head: PartsHead
  corrections: OutlineCorrections
  outline: OutlineEntry[]
  chunks: Map<number, Promise<Block[]>>
}

function correctBlocks(blocks: Block[], corrections: OutlineCorrections): Block[] {
  if (isEmptyCorrections(corrections)) return blocks
  return applyOutlineCorrections({ blocks, outline: [] } as unknown as ParsedDocument, corrections)
    .blocks
}

/** Remembers the outline a set of corrections gives, for the next open. */
export async function saveCorrectedOutline(
  folder: string,
  generation: string,
  corrections: OutlineCorrections,
  outline: OutlineEntry[],
): Promise<void> {
  const record = { generation, corrections: JSON.stringify(corrections), outline }
  await writeFileAtomic(join(folder, CORRECTED_OUTLINE), JSON.stringify(record))
}

async function correctedOutline(
  folder: string,
  head: PartsHead,
  corrections: OutlineCorrections,
): Promise<OutlineEntry[]> {
  if (isEmptyCorrections(corrections)) return head.document.outline
  const cached = (await readJson(join(folder, CORRECTED_OUTLINE))) as
    { generation?: unknown; corrections?: unknown; outline?: unknown } | undefined
  if (
    cached?.generation === head.generation &&
    cached.corrections === JSON.stringify(corrections) &&
    Array.isArray(cached.outline)
  ) {
    return cached.outline as OutlineEntry[]
  }
  const listed = new Set(head.document.outline.map((entry) => entry.blockId))
  const onlyListed = Object.entries(corrections.blocks).every(
    ([id, correction]) => correction.heading === false || listed.has(id),
  )
  // Renames, levels and removals of listed entries need no blocks; a promoted block needs its place and text.
  const source = onlyListed
    ? { ...head.document, blocks: [] }
    : await readWholeFromParts(folder, head)
  const { outline } = applyOutlineCorrections(source, corrections)
  await saveCorrectedOutline(folder, head.generation, corrections, outline)
  return outline
}

/**
 * Opening documents in parts: the head (first blocks, corrected outline) from one small file,
 * then blocks by range from chunk files, with the last opened document's chunks kept in memory.
 */
export function createDocumentPartsReader({
  requireFolder,
  parse,
}: {
  requireFolder: (id: string) => Promise<string>
  parse: ParseDocument
}) {
  let opened: Opened | null = null

  async function open(id: string): Promise<Opened> {
    const folder = await requireFolder(id)
    const head = await readHead(folder, parse)
    const corrections = await readOutlineCorrections(folder)
    const outline = await correctedOutline(folder, head, corrections)
    const chunks =
      opened?.id === id && opened.head.generation === head.generation ? opened.chunks : new Map()
    opened = { id, folder, head, corrections, outline, chunks }
    return opened
  }

  function chunkOf(entry: Opened, n: number): Promise<Block[]> {
    let chunk = entry.chunks.get(n)
    if (!chunk) {
      chunk = readChunk(entry.folder, entry.head, n)
      chunk.catch(() => entry.chunks.delete(n))
      entry.chunks.set(n, chunk)
      if (entry.chunks.size > CHUNKS_KEPT) entry.chunks.delete(entry.chunks.keys().next().value!)
    }
    return chunk
  }

  return {
    /** The document with its first `blocks` blocks (outline and stats whole). */
    async openHead(
      id: string,
      blocks: number,
    ): Promise<{ document: ParsedDocument; totalBlocks: number }> {
      const entry = await open(id)
      const first = await readBlockRange(entry.head, 0, blocks, (n) => chunkOf(entry, n))
      return {
        document: {
          ...entry.head.document,
          blocks: correctBlocks(first, entry.corrections),
          outline: entry.outline,
        },
        totalBlocks: entry.head.totalBlocks,
      }
    },

    /** Blocks [from, to), as corrected. */
    async blocks(id: string, from: number, to: number): Promise<Block[]> {
      const entry = opened?.id === id ? opened : await open(id)
      const blocks = await readBlockRange(entry.head, from, to, (n) => chunkOf(entry, n))
      return correctBlocks(blocks, entry.corrections)
    },

    /** Drops what is kept of a document whose parts or corrections changed. */
    forget(id: string): void {
      if (opened?.id === id) opened = null
    },
  }
}
