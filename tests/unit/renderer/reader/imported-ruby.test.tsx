import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { Block } from '../../../../src/shared/document-model'
import { BlockView } from '../../../../src/renderer/src/reader/BlockView'
import {
  offsetInBlock,
  rangeInBlock,
  renderedLength,
} from '../../../../src/renderer/src/reader/text-geometry'

/** Blocks as the HTML, EPUB and Markdown importers write ruby: bases in the text, readings in the markup only. */
const block = (type: Block['type'], text: string, html: string): Block => ({
  id: 'b1',
  type,
  text,
  start: 0,
  html,
  ...(type === 'heading' ? { level: 1 } : {}),
})

function textNodes(root: Element): Text[] {
  const out: Text[] = []
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) out.push(node as Text)
  return out
}

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
    const after = textNodes(p).find((node) => node.data === '字')!
    expect(offsetInBlock(p, after, 0)).toBe(1)
    expect(
      offsetInBlock(
        p,
        textNodes(p).find((n) => n.data === 'zì')!,
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
