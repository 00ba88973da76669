import { hashText } from './content-hash'
import type { Block, BlockDraft, OutlineEntry, ParsedDocument } from './document-model'

const BASE36 = '0123456789abcdefghijklmnopqrstuvwxyz'

const DIGIT_CODES = Uint8Array.from(BASE36, (c) => c.charCodeAt(0))

/**
 * 'b' + a 53-bit text hash in base 36: its high 21 bits, then its low 32 bits padded to seven
 * digits, made as one string (building it digit by digit made a string per digit, 110,000
 * blocks of a 30 MB book: 26 -> 17 ms). padStart would cost more than hashing the text.
 */
function formatBlockId(hash: number): string {
  let low = hash >>> 0
  const d6 = low % 36
  low = (low - d6) / 36
  const d5 = low % 36
  low = (low - d5) / 36
  const d4 = low % 36
  low = (low - d4) / 36
  const d3 = low % 36
  low = (low - d3) / 36
  const d2 = low % 36
  low = (low - d2) / 36
  const d1 = low % 36
  low = (low - d1) / 36
  // 2^32 < 36^7: what is left of the low half is its first digit.
  const tail = String.fromCharCode(
    DIGIT_CODES[low]!,
    DIGIT_CODES[d1]!,
    DIGIT_CODES[d2]!,
    DIGIT_CODES[d3]!,
    DIGIT_CODES[d4]!,
    DIGIT_CODES[d5]!,
    DIGIT_CODES[d6]!,
  )
  return 'b' + Math.floor(hash / 4294967296).toString(36) + tail
}

/** Separator between blocks in the normalized text. */
export const BLOCK_SEPARATOR = '\n'

/**
 * Gives each draft its id and offset. Ids hash the text alone (not the type or position),
 * so promoting a line to a heading or finding one more chapter leaves every other id as it was;
 * repeated texts get a running suffix.
 */
export function assignBlockIds(drafts: readonly BlockDraft[]): Block[] {
  const seenBefore = createRepeatCounter(drafts.length)
  const blocks: Block[] = new Array(drafts.length)
  let start = 0
  for (let i = 0; i < drafts.length; i++) {
    const draft = drafts[i]!
    const hash = hashText(draft.type === 'image' ? `${draft.src ?? ''}|${draft.text}` : draft.text)
    const base = formatBlockId(hash)
    const n = seenBefore(hash)
    blocks[i] = toBlock(draft, n === 0 ? base : `${base}-${n}`, start)
    start += draft.text.length + BLOCK_SEPARATOR.length
  }
  return blocks
}

/**
 * How often each hash came before: an open-addressing table of the hashes themselves (the id is a
 * one-to-one spelling of the hash), several times faster than a Map on a hundred thousand blocks.
 */
function createRepeatCounter(expected: number): (hash: number) => number {
  const size = 2 ** Math.ceil(Math.log2(expected * 2 + 16))
  const mask = size - 1
  const hashes = new Float64Array(size)
  const counts = new Int32Array(size)
  return (hash) => {
    let slot = hash & mask
    while (counts[slot] !== 0 && hashes[slot] !== hash) slot = (slot + 1) & mask
    const before = counts[slot]!
    hashes[slot] = hash
    counts[slot] = before + 1
    return before
  }
}

/** One object shape for every block: spreading drafts of mixed shapes cost more than hashing the whole text. */
function toBlock(draft: BlockDraft, id: string, start: number): Block {
  const block: Block = { id, type: draft.type, text: draft.text, start }
  if (draft.level !== undefined) block.level = draft.level
  if (draft.src !== undefined) block.src = draft.src
  if (draft.width !== undefined) block.width = draft.width
  if (draft.height !== undefined) block.height = draft.height
  if (draft.rows !== undefined) block.rows = draft.rows
  if (draft.html !== undefined) block.html = draft.html
  return block
}

/** The document's normalized plain text, which offsets and annotations refer to. */
export function documentText(blocks: readonly Block[]): string {
  return blocks.map((b) => b.text).join(BLOCK_SEPARATOR)
}

/** Outline from the heading blocks, for formats that have no table of contents of their own. */
export function outlineFromHeadings(blocks: readonly Block[]): OutlineEntry[] {
  const outline: OutlineEntry[] = []
  for (const block of blocks) {
    if (block.type === 'heading' && block.text.trim() !== '') {
      outline.push({ title: block.text.trim(), level: block.level ?? 1, blockId: block.id })
    }
  }
  return outline
}

export interface AssembleInput {
  format: ParsedDocument['format']
  encoding: string | null
  encodingConfidence: number | null
  title: string
  author?: string | null
  language?: string | null
  drafts: readonly BlockDraft[]
  /** Builds the outline once ids exist; defaults to the heading blocks. */
  outline?: (blocks: Block[]) => OutlineEntry[]
  cover?: string | null
}

export function assembleDocument(input: AssembleInput): ParsedDocument {
  const blocks = assignBlockIds(input.drafts)
  const last = blocks[blocks.length - 1]
  const chars = last ? last.start + last.text.length : 0
  return {
    format: input.format,
    encoding: input.encoding,
    encodingConfidence: input.encodingConfidence,
    title: input.title,
    author: input.author ?? null,
    language: input.language ?? null,
    blocks,
    outline: (input.outline ?? outlineFromHeadings)(blocks),
    stats: { chars, blocks: blocks.length },
    cover: input.cover ?? null,
  }
}
