import { describe, expect, it } from 'vitest'
import { documentText } from '../../../../src/shared/assemble-document'
import { describe as describeSpan } from '../../../../src/renderer/src/anchoring/describe'
import { anchor } from '../../../../src/renderer/src/anchoring/anchor'
import {
  anchorByPosition,
  textBetween,
} from '../../../../src/renderer/src/annotations/position-anchors'
import { textDocument } from '../../../support/text-document'

const doc = textDocument(
  [
    '第一回 甄士隐梦幻识通灵',
    '此开卷第一回也。作者自云：因曾历过一番梦幻之后，故将真事隐去。',
    '',
    '列位看官：你道此书从何而来？',
  ].map(
    (text, i) =>
      ({ type: i === 0 ? 'heading' : 'paragraph', level: i === 0 ? 1 : undefined, text }) as const,
  ),
  '红楼梦',
)
const text = documentText(doc.blocks)

describe('textBetween', () => {
  it('gives the normalized text of any span, across blocks and their line breaks', () => {
    for (const [start, end] of [
      [0, 5],
      [3, 20],
      [10, text.length],
      [text.length - 1, text.length],
      [7, 7],
    ] as const)
      expect(textBetween(doc.blocks, start, end)).toBe(text.slice(start, end))
  })

  it('is null past the blocks loaded so far', () => {
    expect(textBetween(doc.blocks.slice(0, 2), 5, text.length)).toBeNull()
  })
})

describe('anchorByPosition', () => {
  const start = text.indexOf('作者自云')
  const selectors = describeSpan(text, start, start + 4)

  it('anchors where the stored offsets still hold the quote, as full anchoring does', () => {
    expect(anchorByPosition(doc.blocks, selectors)).toEqual(anchor(text, selectors))
    const across = describeSpan(text, start, text.indexOf('看官'))
    expect(anchorByPosition(doc.blocks, across)).toEqual({
      start,
      end: text.indexOf('看官'),
      method: 'position',
    })
  })

  it('leaves for full anchoring what moved, what is not loaded yet, and a quote without offsets', () => {
    const moved = describeSpan(text, start, start + 4).map((s) =>
      s.type === 'TextPositionSelector' ? { ...s, start: s.start + 1, end: s.end + 1 } : s,
    )
    expect(anchorByPosition(doc.blocks, moved)).toBeNull()
    const later = describeSpan(text, text.indexOf('看官'), text.indexOf('看官') + 2)
    expect(anchorByPosition(doc.blocks.slice(0, 2), later)).toBeNull()
    expect(anchorByPosition(doc.blocks, later)).not.toBeNull()
    expect(
      anchorByPosition(
        doc.blocks,
        selectors.filter((s) => s.type !== 'TextPositionSelector'),
      ),
    ).toBeNull()
  })
})
