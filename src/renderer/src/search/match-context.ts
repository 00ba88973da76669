import type { Block } from '../../../shared/document-model'
import { blockIndexAtOffset } from '../reader/reading-position'

export interface MatchContext {
  blockIndex: number
  /** Text just before the match, within its block; `clippedBefore` when the block goes on further back. */
  before: string
  hit: string
  after: string
  clippedBefore: boolean
  clippedAfter: boolean
}

/** The match as it reads in the document, with up to `radius` characters each side from its own block. */
export function matchContext(
  blocks: readonly Block[],
  start: number,
  length: number,
  radius = 16,
  blockIndex = blockIndexAtOffset(blocks, start),
): MatchContext {
  const block = blocks[blockIndex]
  if (!block)
    return { blockIndex, before: '', hit: '', after: '', clippedBefore: false, clippedAfter: false }
  const text = block.text
  const from = Math.max(0, start - block.start)
  const to = Math.min(text.length, from + length)
  let beforeStart = Math.max(0, from - radius)
  let afterEnd = Math.min(text.length, to + radius)
  // Never cut a surrogate pair in half at the edges.
  if (beforeStart > 0 && isLowSurrogate(text.charCodeAt(beforeStart))) beforeStart--
  if (afterEnd < text.length && isLowSurrogate(text.charCodeAt(afterEnd))) afterEnd++
  return {
    blockIndex,
    before: text.slice(beforeStart, from),
    hit: text.slice(from, to),
    after: text.slice(to, afterEnd),
    clippedBefore: beforeStart > 0,
    clippedAfter: afterEnd < text.length,
  }
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}
