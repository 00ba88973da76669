import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { Block } from '../../../../src/shared/document-model'
import { BlockView } from '../../../../src/renderer/src/reader/BlockView'
import { parseInlineMarkup } from '../../../../src/renderer/src/reader/inline-markup'
import {
  offsetInBlock,
  pointInBlock,
  rangeInBlock,
  renderedLength,
} from '../../../../src/renderer/src/reader/text-geometry'

const paragraph = (text: string, html: string): Block => ({
  id: 'b1',
  type: 'paragraph',
  text,
  start: 0,
  html,
})

/** Text nodes of the rendered block, readings included. */
function texts(root: Element): Text[] {
  const out: Text[] = []
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) out.push(node as Text)
  return out
}

describe('ruby readings the block text leaves out (Aozora Bunko)', () => {
  const text = '一番獰悪な種族で、吾輩は猫である。'
  const html =
    '一番<ruby>獰悪<rt>どうあく</rt></ruby>な種族で、<em><ruby>吾輩<rt>わがはい</rt></ruby>は</em>猫である。'

  it('render as ruby above the base, and offsets count the base text only', () => {
    const { container } = render(<BlockView block={paragraph(text, html)} />)
    const p = container.querySelector('p')!
    expect(p.querySelectorAll('ruby')).toHaveLength(2)
    expect(p.querySelector('rt')!.textContent).toBe('どうあく')
    expect(p.querySelector('rt')!.hasAttribute('data-display-only')).toBe(true)
    expect(renderedLength(p)).toBe(text.length)

    const after = texts(p).find((node) => node.data.startsWith('な種族'))!
    expect(offsetInBlock(p, after, 0)).toBe(text.indexOf('な種族'))
    const point = pointInBlock(p, text.indexOf('猫'))!
    expect(point.node.data.slice(point.offset)).toBe('猫である。')
    // A point inside a reading (a click on it) sits at the end of its base.
    const reading = texts(p).find((node) => node.data === 'わがはい')!
    expect(offsetInBlock(p, reading, 2)).toBe(text.indexOf('は猫'))
    // Points between a ruby's children, as a selection that ends beside a reading gives them.
    const ruby = p.querySelector('ruby')!
    expect(offsetInBlock(p, ruby, 0)).toBe(text.indexOf('獰悪'))
    expect(offsetInBlock(p, ruby, 1)).toBe(text.indexOf('な種族'))
    expect(offsetInBlock(p, ruby, 2)).toBe(text.indexOf('な種族'))
    expect(offsetInBlock(p, p, p.childNodes.length)).toBe(text.length)
    // A range over base text across a ruby keeps its ends on the base characters.
    const range = rangeInBlock(p, text.indexOf('番'), text.indexOf('な') + 1)!
    expect(offsetInBlock(p, range.startContainer, range.startOffset)).toBe(text.indexOf('番'))
    expect(offsetInBlock(p, range.endContainer, range.endOffset)).toBe(text.indexOf('な') + 1)
  })

  it('still count where the block text holds the readings too (ruby from an EPUB)', () => {
    const spelled = '漢かん字'
    const nodes = parseInlineMarkup('<ruby>漢<rt>かん</rt></ruby>字', spelled)!
    expect(nodes).not.toBeNull()
    const { container } = render(
      <BlockView block={paragraph(spelled, '<ruby>漢<rt>かん</rt></ruby>字')} />,
    )
    const p = container.querySelector('p')!
    expect(p.querySelector('rt')!.hasAttribute('data-display-only')).toBe(false)
    expect(renderedLength(p)).toBe(spelled.length)
  })

  it('leave out nothing else: markup spelling other text is still not used', () => {
    expect(parseInlineMarkup('<ruby>漢<rt>かん</rt></ruby>字', '別の字')).toBeNull()
    // A reading outside any <ruby> would be shown as text the block does not have.
    expect(parseInlineMarkup('<em>漢</em>字<rt>x</rt>', '漢字')).toBeNull()
  })
})
