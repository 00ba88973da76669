import type { Block } from '../../../shared/document-model'

export interface MeasuredItem {
  index: number
  start: number
  size: number
}

export interface ViewTop {
  index: number
  /** How far the top of the view is into that item, 0..1 of its height. */
  within: number
}

/** The item at the top edge of the view, from the measured items the virtualizer rendered. */
export function topOfView(items: readonly MeasuredItem[], scrollTop: number): ViewTop | null {
  let best: MeasuredItem | undefined
  for (const item of items) {
    if (item.start <= scrollTop + 0.5) best = item
    else break
  }
  best ??= items[0]
  if (!best) return null
  const within = best.size > 0 ? Math.min(1, Math.max(0, (scrollTop - best.start) / best.size)) : 0
  return { index: best.index, within }
}

/** Offset in the normalized text of a point `within` a block (by proportion of its text). */
export function textOffsetAt(blocks: readonly Block[], index: number, within: number): number {
  const block = blocks[index]
  if (!block) return 0
  return block.start + Math.round(within * block.text.length)
}

/** Percent of the document's text before that point. */
export function percentAt(blocks: readonly Block[], index: number, within: number): number {
  const last = blocks[blocks.length - 1]
  if (!last) return 0
  const total = last.start + last.text.length
  if (total === 0) return 100
  const isEnd = index === blocks.length - 1 && within >= 0.999
  return isEnd ? 100 : Math.min(100, (textOffsetAt(blocks, index, within) / total) * 100)
}

/** Where a saved block went: by id first (robust to a re-parse), else by index. */
export function findBlockIndex(blocks: readonly Block[], blockId: string, fallbackIndex: number): number {
  const byId = blocks.findIndex((b) => b.id === blockId)
  if (byId >= 0) return byId
  return Math.min(Math.max(0, fallbackIndex), Math.max(0, blocks.length - 1))
}
