/**
 * "Here" for bookmarks is the reading position: the text offset at the top of the view (what the
 * reader saves as progress) and the block holding it, not everything that happens to be on screen.
 */
import type { Block } from '../../../shared/document-model'
import { blockIndexAtOffset } from '../reader/reading-position'
import type { Placed } from './anchored-annotations'

/** Characters either side of the reading position that still count as the same place. */
export const BOOKMARK_NEARBY = 80

/** The block holding a text offset (the last one starting at or before it). */
export function blockAt(blocks: readonly Block[], offset: number): Block | undefined {
  return blocks[blockIndexAtOffset(blocks, offset)]
}

/** The bookmarks at the reading position: inside its block, or within BOOKMARK_NEARBY of it. */
export function bookmarksAtPosition<R>(
  bookmarks: readonly Placed<R>[],
  blocks: readonly Block[],
  offset: number,
): Placed<R>[] {
  const block = blockAt(blocks, offset)
  return bookmarks.filter(({ anchor }) => {
    if (!anchor) return false
    if (Math.abs(anchor.start - offset) <= BOOKMARK_NEARBY) return true
    return (
      block !== undefined &&
      anchor.start >= block.start &&
      anchor.start <= block.start + block.text.length
    )
  })
}
