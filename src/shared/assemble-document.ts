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
  const hashes = new Float64Array(drafts.length)
  for (let i = 0; i < drafts.length; i++) {
    const draft = drafts[i]!
    hashes[i] = hashText(draft.type === 'image' ? `${draft.src ?? ''}|${draft.text}` : draft.text)
  }
  const repeats = countRepeats(hashes)
  const blocks: Block[] = new Array(drafts.length)
  let start = 0
  for (let i = 0; i < drafts.length; i++) {
    const draft = drafts[i]!
    const base = formatBlockId(hashes[i]!)
    const n = repeats[i]!
    blocks[i] = toBlock(draft, n === 0 ? base : `${base}-${n}`, start)
    start += draft.text.length + BLOCK_SEPARATOR.length
  }
  return blocks
}

/** Buckets by a byte of the hash: each bucket's table stays in the cache, not one of megabytes. */
const REPEAT_BUCKETS = 256

/**
 * How often each hash came before it, by index. The hashes are put in buckets by one byte (a
 * stable counting sort, so each bucket keeps index order), then each bucket is counted with a
 * small open-addressing table of the hashes themselves (the id is a one-to-one spelling of the
 * hash). One table for a 30 MB book's 110,000 blocks missed the cache on every look-up (18 ms).
 */
function countRepeats(hashes: Float64Array): Uint32Array {
  const n = hashes.length
  const bucketOf = (hash: number) => (hash >>> 24) & (REPEAT_BUCKETS - 1)
  const starts = new Int32Array(REPEAT_BUCKETS + 1)
  for (let i = 0; i < n; i++) starts[bucketOf(hashes[i]!) + 1]!++
  let largest = 0
  for (let b = 0; b < REPEAT_BUCKETS; b++) {
    largest = Math.max(largest, starts[b + 1]!)
    starts[b + 1]! += starts[b]!
  }
  const order = new Int32Array(n)
  const next = starts.slice(0, REPEAT_BUCKETS)
  for (let i = 0; i < n; i++) order[next[bucketOf(hashes[i]!)]!++] = i
  const repeats = new Uint32Array(n)
  const slots = new Float64Array(2 ** Math.ceil(Math.log2(largest * 2 + 16)) * 2)
  for (let b = 0; b < REPEAT_BUCKETS; b++) {
    const from = starts[b]!
    const to = starts[b + 1]!
    if (to - from < 2) continue
    const size = 2 ** Math.ceil(Math.log2((to - from) * 2 + 16))
    const mask = size - 1
    // Each slot's hash and count side by side.
    slots.fill(0, 0, size * 2)
    for (let k = from; k < to; k++) {
      const i = order[k]!
      const hash = hashes[i]!
      let slot = hash & mask
      while (slots[slot * 2 + 1] !== 0 && slots[slot * 2] !== hash) slot = (slot + 1) & mask
      const before = slots[slot * 2 + 1]!
      slots[slot * 2] = hash
      slots[slot * 2 + 1] = before + 1
      repeats[i] = before
    }
  }
  return repeats
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
