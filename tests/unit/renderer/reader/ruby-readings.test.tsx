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

/** Blocks as the HTML, EPUB and Markdown importers write ruby: bases in the text, readings in the markup only. */
const block = (type: Block['type'], text: string, html: string): Block => ({
  id: 'b1',
  type,
  text,
  start: 0,
  html,
  ...(type === 'heading' ? { level: 1 } : {}),
})

describe('ruby from HTML and EPUB in the reader', () => {
  it('several bases in one ruby: each reading is shown and none is counted', () => {
    const text = '汉字很有意思。'
    const { container } = render(
      <BlockView
        block={block('paragraph', text, '<ruby>汉<rt>hàn</rt>字<rt>zì</rt></ruby>很有意思。')}
      />,
    )
    const p = container.querySelector('p')!
    const readings = [...p.querySelectorAll('rt')]
    expect(readings.map((rt) => rt.textContent)).toEqual(['hàn', 'zì'])
    expect(readings.every((rt) => rt.hasAttribute('data-display-only'))).toBe(true)
    expect(renderedLength(p)).toBe(text.length)
    const after = texts(p).find((node) => node.data === '字')!
    expect(offsetInBlock(p, after, 0)).toBe(1)
    expect(
      offsetInBlock(
        p,
        texts(p).find((n) => n.data === 'zì')!,
        1,
      ),
    ).toBe(2)
    const range = rangeInBlock(p, 1, 4)!
    expect(offsetInBlock(p, range.startContainer, range.startOffset)).toBe(1)
    expect(offsetInBlock(p, range.endContainer, range.endOffset)).toBe(4)
  })

  it('a heading, and a ruby inside a link and emphasis', () => {
    const { container } = render(
      <BlockView
        block={block(
          'heading',
          '第一章 吾輩の誕生',
          '第一章 <ruby>吾輩<rt>わがはい</rt></ruby>の<ruby>誕生<rt>たんじょう</rt></ruby>',
        )}
      />,
    )
    const heading = container.querySelector('h1, h2, h3, [role="heading"]')!
    expect(heading.querySelectorAll('rt[data-display-only]')).toHaveLength(2)
    expect(renderedLength(heading)).toBe('第一章 吾輩の誕生'.length)

    const linked = render(
      <BlockView
        block={block(
          'paragraph',
          '見よ吾輩と傍点。',
          '見よ<a href="https://example.com/"><ruby>吾輩<rt>わがはい</rt></ruby></a>と<em><ruby>傍点<rt>ぼうてん</rt></ruby></em>。',
        )}
      />,
    ).container.querySelector('p')!
    expect(linked.querySelector('a ruby rt[data-display-only]')!.textContent).toBe('わがはい')
    expect(linked.querySelector('em ruby rt[data-display-only]')!.textContent).toBe('ぼうてん')
    expect(renderedLength(linked)).toBe('見よ吾輩と傍点。'.length)
  })
})
