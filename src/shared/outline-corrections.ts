import type { Block, OutlineEntry, ParsedDocument } from './document-model'

/**
 * A user's corrections to the detected table of contents, keyed by block id.
 * They change only a block's type and level or an entry's title: ids and offsets never move,
 * so annotations stay where they are. Ids come from the text, so corrections survive a re-parse.
 */
export interface OutlineCorrections {
  /** A block made a heading of this level, or marked as not a heading. */
  blocks: Record<string, { heading: number } | { heading: false }>
  /** Outline titles the user renamed. */
  titles: Record<string, string>
}

export type OutlineChange =
  | { kind: 'promote'; blockId: string; level: number }
  | { kind: 'demote'; blockId: string }
  | { kind: 'rename'; blockId: string; title: string }
  /** Forgets every correction of this block. */
  | { kind: 'reset'; blockId: string }

export const NO_CORRECTIONS: OutlineCorrections = { blocks: {}, titles: {} }

export function isEmptyCorrections(corrections: OutlineCorrections): boolean {
  return Object.keys(corrections.blocks).length === 0 && Object.keys(corrections.titles).length === 0
}

export function changeCorrections(corrections: OutlineCorrections, change: OutlineChange): OutlineCorrections {
  const blocks = { ...corrections.blocks }
  const titles = { ...corrections.titles }
  switch (change.kind) {
    case 'promote':
      blocks[change.blockId] = { heading: Math.min(6, Math.max(1, Math.round(change.level))) }
      break
    case 'demote':
      blocks[change.blockId] = { heading: false }
      delete titles[change.blockId]
      break
    case 'rename': {
      const title = change.title.trim()
      if (title) titles[change.blockId] = title
      else delete titles[change.blockId]
      break
    }
    case 'reset':
      delete blocks[change.blockId]
      delete titles[change.blockId]
      break
  }
  return { blocks, titles }
}

/** Reads corrections from stored JSON, dropping anything malformed rather than failing to open the book. */
export function readCorrections(value: unknown): OutlineCorrections {
  const out: OutlineCorrections = { blocks: {}, titles: {} }
  if (typeof value !== 'object' || value === null) return out
  const { blocks, titles } = value as Partial<Record<'blocks' | 'titles', unknown>>
  if (typeof blocks === 'object' && blocks !== null) {
    for (const [id, entry] of Object.entries(blocks)) {
      const heading = (entry as { heading?: unknown } | null)?.heading
      if (heading === false || (typeof heading === 'number' && heading >= 1 && heading <= 6)) {
        out.blocks[id] = { heading }
      }
    }
  }
  if (typeof titles === 'object' && titles !== null) {
    for (const [id, title] of Object.entries(titles)) if (typeof title === 'string' && title) out.titles[id] = title
  }
  return out
}

function outlineTitleOf(block: Block): string {
  const text = block.text.replace(/\s+/g, ' ').trim()
  return text.length > 80 ? `${text.slice(0, 79)}…` : text
}

/** The document as the user corrected it: same blocks, ids and offsets; types, levels and outline changed. */
export function applyOutlineCorrections(doc: ParsedDocument, corrections: OutlineCorrections): ParsedDocument {
  if (isEmptyCorrections(corrections)) return doc
  const blocks = doc.blocks.map((block): Block => {
    const correction = corrections.blocks[block.id]
    if (!correction) return block
    if (correction.heading === false) {
      if (block.type !== 'heading' && block.type !== 'subheading') return block
      const { level: _level, ...rest } = block
      return { ...rest, type: 'paragraph' }
    }
    return { ...block, type: 'heading', level: correction.heading }
  })

  const indexOf = new Map(doc.blocks.map((b, i) => [b.id, i]))
  const entries: OutlineEntry[] = []
  const listed = new Set<string>()
  let added = false
  for (const entry of doc.outline) {
    const correction = corrections.blocks[entry.blockId]
    if (correction?.heading === false) continue
    listed.add(entry.blockId)
    entries.push(correction ? { ...entry, level: correction.heading } : entry)
  }
  for (const [blockId, correction] of Object.entries(corrections.blocks)) {
    const index = indexOf.get(blockId)
    if (correction.heading === false || index === undefined || listed.has(blockId)) continue
    entries.push({ title: outlineTitleOf(doc.blocks[index]!), level: correction.heading, blockId })
    added = true
  }
  // Stable sort keeps entries that share a block (several TOC links into one file) in their order.
  const ordered = !added
    ? entries
    : entries
        .map((entry, order) => ({ entry, order, at: indexOf.get(entry.blockId) ?? Number.MAX_SAFE_INTEGER }))
        .sort((a, b) => a.at - b.at || a.order - b.order)
        .map(({ entry }) => entry)
  const outline = ordered.map((entry) => {
      const title = corrections.titles[entry.blockId]
      return title ? { ...entry, title } : entry
    })
  return { ...doc, blocks, outline }
}
