import { describe, expect, it } from 'vitest'
import type { Placed } from '../../../../src/renderer/src/annotations/anchored-annotations'
import {
  BOOKMARK_NEARBY,
  blockAt,
  bookmarksAtPosition,
} from '../../../../src/renderer/src/annotations/bookmark-position'
import { textDocument } from '../../../support/text-document'

const long = (seed: string) => seed.repeat(40)
const doc = textDocument([
  { type: 'heading', level: 1, text: '第一回' },
  { type: 'paragraph', text: long('滚滚长江东逝水，') },
  { type: 'paragraph', text: long('浪花淘尽英雄。') },
  { type: 'paragraph', text: long('是非成败转头空。') },
])
const [, first, second, third] = doc.blocks
const at = (id: string, start: number): Placed<{ id: string }> => ({
  record: { id },
  anchor: { start, end: start, method: 'position' },
})

describe('bookmarks at the reading position', () => {
  it('finds the block holding an offset', () => {
    expect(blockAt(doc.blocks, 0)?.id).toBe(doc.blocks[0]!.id)
    expect(blockAt(doc.blocks, second!.start + 5)?.id).toBe(second!.id)
    expect(blockAt(doc.blocks, third!.start + third!.text.length)?.id).toBe(third!.id)
  })

  it('counts a bookmark in the top block as here, one further down the screen as elsewhere', () => {
    const halfway = at('halfway', third!.start + 10)
    const inTop = at('in-top', second!.start + second!.text.length - 1)
    const reading = second!.start + 3
    expect(
      bookmarksAtPosition([halfway, inTop], doc.blocks, reading).map((b) => b.record.id),
    ).toEqual(['in-top'])
    // At the top of the document neither is here, though both may be on screen.
    expect(bookmarksAtPosition([halfway, inTop], doc.blocks, 0)).toEqual([])
    expect(
      bookmarksAtPosition([halfway], doc.blocks, third!.start).map((b) => b.record.id),
    ).toEqual(['halfway'])
  })

  it('counts a bookmark just across a block boundary as the same place', () => {
    const justAfter = at('after', first!.start + first!.text.length + 1 + BOOKMARK_NEARBY / 2)
    const farAfter = at('far', first!.start + first!.text.length + 1 + BOOKMARK_NEARBY * 2)
    const reading = first!.start + first!.text.length - 2
    expect(
      bookmarksAtPosition([justAfter, farAfter], doc.blocks, reading).map((b) => b.record.id),
    ).toEqual(['after'])
  })

  it('never counts a bookmark that could not be found in this version', () => {
    expect(bookmarksAtPosition([{ record: { id: 'x' }, anchor: null }], doc.blocks, 0)).toEqual([])
  })
})
