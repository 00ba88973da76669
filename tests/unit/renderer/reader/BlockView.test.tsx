import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { Block } from '../../../../src/shared/document-model'
import { BlockView } from '../../../../src/renderer/src/reader/BlockView'

const block = (type: Block['type'], text: string, html?: string): Block => ({
  id: 'b1',
  type,
  text,
  start: 0,
  ...(html ? { html } : {}),
})

describe('BlockView for plain-text structure', () => {
  it('shows a stanza as one block whose text keeps its line breaks', () => {
    const text = '满纸荒唐言，一把辛酸泪！\n都云作者痴，谁解其中味？'
    const { container } = render(<BlockView block={block('verse', text)} />)
    const verse = container.querySelector('.block--verse')!
    expect(verse.tagName).toBe('P')
    expect(verse.textContent).toBe(text)
  })

  it('shows page furniture as furniture, not as a credit line', () => {
    const { container } = render(<BlockView block={block('furniture', '2022年6月24日 星期五')} />)
    expect(container.querySelector('.block--furniture')!.textContent).toBe('2022年6月24日 星期五')
    expect(container.querySelector('.block--credit')).toBeNull()
  })

  it('renders Gutenberg italics as emphasis over exactly the block text', () => {
    // What the TXT importer makes of `_that_` in a Gutenberg text: markers out, <em> in the markup.
    const marked = {
      text: '“I am sorry to hear that; but why did you not tell me so before?',
      html: '“I am sorry to hear <em>that</em>; but why did you not tell me so before?',
    }
    const { container } = render(<BlockView block={block('paragraph', marked.text, marked.html)} />)
    expect(container.querySelector('em')!.textContent).toBe('that')
    expect(container.textContent).toBe(marked.text)
    expect(container.textContent).not.toContain('_')
  })
})

describe('BlockView for preformatted text', () => {
  it('shows ruby in a code block above its base, with the readings display-only', () => {
    const text = '  春はあけぼの\n  やうやう白くなりゆく'
    const html =
      '  <ruby>春<rt>はる</rt></ruby>はあけぼの<br>  やうやう<ruby>白<rt>しろ</rt></ruby>くなりゆく'
    const { container } = render(<BlockView block={block('code', text, html)} />)
    const code = container.querySelector('pre.block--code code')!
    expect([...code.querySelectorAll('rt')].map((rt) => rt.textContent)).toEqual(['はる', 'しろ'])
    expect(code.querySelector('rt')!.hasAttribute('data-display-only')).toBe(true)
    expect(code.textContent).toBe('  春はるはあけぼの\n  やうやう白しろくなりゆく')
  })

  it('shows a code block without markup as its text, tags and all', () => {
    const { container } = render(<BlockView block={block('code', '<b>x</b> = 1')} />)
    expect(container.querySelector('code')!.textContent).toBe('<b>x</b> = 1')
    expect(container.querySelector('b')).toBeNull()
  })
})

describe('BlockView for Markdown task lists', () => {
  it('marks a task item so it shows its box instead of a bullet; a plain item keeps its bullet', () => {
    const { container } = render(
      <>
        <BlockView block={block('list-item', '☑ Charts on board')} />
        <BlockView block={{ ...block('list-item', 'Charts'), id: 'b2' }} />
      </>,
    )
    const [task, plain] = container.querySelectorAll('.block--list-item')
    expect(task!.classList.contains('block--list-item-task')).toBe(true)
    expect(plain!.classList.contains('block--list-item-task')).toBe(false)
  })
})
