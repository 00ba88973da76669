import { hashText } from './content-hash'
import type { Block, BlockDraft, OutlineEntry, ParsedDocument } from './document-model'

const BASE36 = '0123456789abcdefghijklmnopqrstuvwxyz'

const DIGIT_CODES = Uint8Array.from(BASE36, (c) => c.charCodeAt(0))

/**
 * 'b' + a 53-bit text hash in base 36: its high 21 bits, then its low 32 bits padded to seven
 * digits, made by one String.fromCharCode (concatenating toString(36) and the tail made four
 * strings per id; 110,000 ids of a 30 MB book 32 -> 8 ms). padStart would cost more than hashing.
 */
function formatBlockId(hash: number): string {
  // Divided, not taken % 36: the low half exceeds int32, and a float % is a call to fmod.
  const low32 = hash >>> 0
  let low = Math.floor(low32 / 36)
  const d6 = low32 - low * 36
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
  const t0 = DIGIT_CODES[low]!
  const t1 = DIGIT_CODES[d1]!
  const t2 = DIGIT_CODES[d2]!
  const t3 = DIGIT_CODES[d3]!
  const t4 = DIGIT_CODES[d4]!
  const t5 = DIGIT_CODES[d5]!
  const t6 = DIGIT_CODES[d6]!
  // The high 21 bits without leading zeros, as toString(36) writes them (36^4 < 2^21 < 36^5).
  let high = Math.floor(hash / 4294967296)
  const h4 = high % 36
  high = (high - h4) / 36
  const h3 = high % 36
  high = (high - h3) / 36
  const h2 = high % 36
  high = (high - h2) / 36
  const h1 = high % 36
  const h0 = (high - h1) / 36
  const c0 = DIGIT_CODES[h0]!
  const c1 = DIGIT_CODES[h1]!
  const c2 = DIGIT_CODES[h2]!
  const c3 = DIGIT_CODES[h3]!
  const c4 = DIGIT_CODES[h4]!
  const B = 0x62 // b
  if (h0 > 0) return String.fromCharCode(B, c0, c1, c2, c3, c4, t0, t1, t2, t3, t4, t5, t6)
  if (h1 > 0) return String.fromCharCode(B, c1, c2, c3, c4, t0, t1, t2, t3, t4, t5, t6)
  if (h2 > 0) return String.fromCharCode(B, c2, c3, c4, t0, t1, t2, t3, t4, t5, t6)
  if (h3 > 0) return String.fromCharCode(B, c3, c4, t0, t1, t2, t3, t4, t5, t6)
  return String.fromCharCode(B, c4, t0, t1, t2, t3, t4, t5, t6)
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
  // Each slot's hash and count side by side: one cache miss per look-up, not two.
  const slots = new Float64Array(size * 2)
  return (hash) => {
    let slot = hash & mask
    while (slots[slot * 2 + 1] !== 0 && slots[slot * 2] !== hash) slot = (slot + 1) & mask
    const before = slots[slot * 2 + 1]!
    slots[slot * 2] = hash
    slots[slot * 2 + 1] = before + 1
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
