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
export function findBlockIndex(
  blocks: readonly Block[],
  blockId: string,
  fallbackIndex: number,
): number {
  const byId = blocks.findIndex((b) => b.id === blockId)
  if (byId >= 0) return byId
  return Math.min(Math.max(0, fallbackIndex), Math.max(0, blocks.length - 1))
}

/** Length of the normalized text: the blocks' texts joined by '\n'. */
export function documentLength(blocks: readonly Block[]): number {
  const last = blocks[blocks.length - 1]
  return last ? last.start + last.text.length : 0
}

/** The index of the block holding a text offset (the last one starting at or before it). */
export function blockIndexAtOffset(blocks: readonly Block[], offset: number): number {
  let low = 0
  let high = blocks.length - 1
  if (high < 0) return 0
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (blocks[middle]!.start <= offset) low = middle
    else high = middle - 1
  }
  return low
}

/** Percent of the text before an offset. */
export function percentOfOffset(blocks: readonly Block[], offset: number): number {
  const total = documentLength(blocks)
  return total === 0 ? 100 : Math.min(100, Math.max(0, (offset / total) * 100))
}

/** The text offset a percentage of the document points at. */
export function offsetOfPercent(blocks: readonly Block[], percent: number): number {
  const total = documentLength(blocks)
  return Math.round((Math.min(100, Math.max(0, percent)) / 100) * total)
}

/**
 * Where to put a saved position back: the saved offset when the saved block is still where it was,
 * else the same share of the block found by id (or index).
 */
export function restoredOffset(
  blocks: readonly Block[],
  saved: { blockId: string; blockIndex: number; withinBlock: number; textOffset: number },
): number {
  const index = findBlockIndex(blocks, saved.blockId, saved.blockIndex)
  const block = blocks[index]
  if (!block) return 0
  const end = block.start + block.text.length
  if (block.id === saved.blockId && saved.textOffset >= block.start && saved.textOffset <= end)
    return saved.textOffset
  return block.start + Math.round(Math.min(1, Math.max(0, saved.withinBlock)) * block.text.length)
}
