import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { Block } from '../../../../src/shared/document-model'
import { BlockView } from '../../../../src/renderer/src/reader/BlockView'
import { inlineText, parseInlineMarkup } from '../../../../src/renderer/src/reader/inline-markup'
import { offsetInBlock, rangeInBlock } from '../../../../src/renderer/src/reader/text-geometry'

const block = (text: string, html?: string, type: Block['type'] = 'paragraph'): Block => ({
  id: 'b1',
  type,
  text,
  start: 100,
  ...(html ? { html } : {}),
})

describe('inline markup', () => {
  it('keeps emphasis, code and links, and spells exactly the block text with <br> as a newline', () => {
    const text = 'Roses are red,\nviolets are blue: see code() and Margin.'
    const html =
      'Roses are <em>red</em>,<br>violets are <strong>blue</strong>: see <code>code()</code> and <a href="https://example.org/m">Margin</a>.'
    const nodes = parseInlineMarkup(html, text)!
    expect(nodes).not.toBeNull()
    expect(inlineText(nodes)).toBe(text)
    expect(nodes).toContainEqual({ tag: 'a', href: 'https://example.org/m', children: ['Margin'] })
    const { container } = render(<BlockView block={block(text, html)} />)
    expect(container.querySelector('a')!.title).toContain('https://example.org/m')
    expect(container.querySelector('code')!.textContent).toBe('code()')
  })

  it('never keeps scripts, handlers, styles or javascript: links', () => {
    const text = 'click me now'
    const hostile =
      '<span onclick="alert(1)" style="color:red">click</span> <a href="javascript:alert(1)" onmouseover="x()">me</a> <img src=x onerror="alert(2)">now'
    const nodes = parseInlineMarkup(hostile, text)!
    expect(nodes).not.toBeNull()
    const { container } = render(<BlockView block={block(text, hostile)} />)
    expect(
      container.querySelector('[onclick], [onmouseover], [onerror], [style], img, script'),
    ).toBeNull()
    expect(container.querySelector('a')).toBeNull() // a javascript: link is no link
    expect(container.textContent).toBe(text)
    // A script is dropped whole; markup whose text differs from the block's is not used.
    expect(parseInlineMarkup('x<script>alert(1)</script>', 'x')).toEqual(['x'])
    expect(parseInlineMarkup('<b>other</b> words', 'x')).toBeNull()
  })

  it('renders a poem with line breaks, and maps ranges and points to the same text offsets', () => {
    const text = '床前明月光，\n疑是地上霜。\n举头望明月，'
    const html = '床前<em>明月</em>光，<br>疑是<a href="#b9">地上</a>霜。<br>举头望明月，'
    const { container } = render(<BlockView block={block(text, html)} />)
    const p = container.querySelector('p')!
    expect(p.className).toContain('block--lines')
    expect(p.querySelector('em')?.textContent).toBe('明月')
    expect(p.textContent).toBe(text)
    for (const [start, end] of [
      [0, 3],
      [2, 9],
      [7, 16],
      [13, text.length],
    ] as const) {
      expect(rangeInBlock(p, start, end)!.toString()).toBe(text.slice(start, end))
    }
    const link = p.querySelector('a')!
    expect(offsetInBlock(p, link.firstChild!, 1)).toBe(text.indexOf('上'))
    expect(link.getAttribute('data-target-block')).toBe('b9')
  })

  it('shows plain text with line breaks when a block has no markup', () => {
    const { container } = render(<BlockView block={block('one\ntwo')} />)
    expect(container.querySelector('p')!.className).toContain('block--lines')
    expect(container.querySelector('p')!.textContent).toBe('one\ntwo')
    const { container: plain } = render(<BlockView block={block('one line')} />)
    expect(plain.querySelector('p')!.className).not.toContain('block--lines')
  })
})
