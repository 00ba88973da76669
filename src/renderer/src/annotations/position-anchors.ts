import { positionSelector, quoteSelector } from '../anchoring/describe'
import type { Anchor, Selector } from '../anchoring/types'
import type { Block } from '../../../shared/document-model'
import { blockIndexAtOffset } from '../reader/reading-position'

/** The normalized text of [start, end) from blocks (joined by '\n'), or null past the last block. */
export function textBetween(blocks: readonly Block[], start: number, end: number): string | null {
  const last = blocks[blocks.length - 1]
  if (!last || start < 0 || end > last.start + last.text.length) return null
  let at = start
  let index = blockIndexAtOffset(blocks, start)
  let text = ''
  while (at < end) {
    const block = blocks[index]
    if (!block) return null
    const blockEnd = block.start + block.text.length
    if (at < blockEnd) {
      const to = Math.min(blockEnd, end)
      text += block.text.slice(at - block.start, to - block.start)
      at = to
    } else {
      text += '\n'
      at++
      index++
    }
  }
  return text
}

/**
 * Where an annotation is by its stored offsets alone, if the quote is still there, in the part of a
 * document loaded so far; null otherwise (anchored fully once the whole document is in). This is
 * the cheap first step of anchoring, so highlights show while a long document is still arriving.
 */
export function anchorByPosition(
  blocks: readonly Block[],
  selectors: readonly Selector[],
): Anchor | null {
  const position = positionSelector(selectors)
  const quote = quoteSelector(selectors)
  if (
    !position ||
    !quote ||
    quote.exact === '' ||
    position.end - position.start !== quote.exact.length
  )
    return null
  return textBetween(blocks, position.start, position.end) === quote.exact
    ? { start: position.start, end: position.end, method: 'position' }
    : null
}
