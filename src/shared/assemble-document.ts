import { hashText } from './content-hash'
import type { Block, BlockDraft, OutlineEntry, ParsedDocument } from './document-model'

/** 'b' + the text's 53-bit hash in base 36, formatted from its 32-bit halves (Number#toString(36) is slow on large values). */
function blockIdBase(text: string): string {
  const hash = hashText(text)
  const high = Math.floor(hash / 4294967296)
  const low = hash >>> 0
  return 'b' + high.toString(36) + low.toString(36).padStart(7, '0')
}

/** Separator between blocks in the normalized text. */
export const BLOCK_SEPARATOR = '\n'

/**
 * Gives each draft its id and offset. Ids hash the text alone (not the type or position),
 * so promoting a line to a heading or finding one more chapter leaves every other id as it was;
 * repeated texts get a running suffix.
 */
export function assignBlockIds(drafts: readonly BlockDraft[]): Block[] {
  const seen = new Map<string, number>()
  const blocks: Block[] = new Array(drafts.length)
  let start = 0
  for (let i = 0; i < drafts.length; i++) {
    const draft = drafts[i]!
    const key = draft.type === 'image' ? `${draft.src ?? ''}|${draft.text}` : draft.text
    const base = blockIdBase(key)
    const n = seen.get(base) ?? 0
    seen.set(base, n + 1)
    blocks[i] = { ...draft, id: n === 0 ? base : `${base}-${n}`, start }
    start += draft.text.length + BLOCK_SEPARATOR.length
  }
  return blocks
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
