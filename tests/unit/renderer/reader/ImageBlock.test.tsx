import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Block } from '../../../../src/shared/document-model'
import { BlockView } from '../../../../src/renderer/src/reader/BlockView'

const ID = 'f'.repeat(64)
const block = (extra: Partial<Block>): Block => ({
  id: 'b1',
  type: 'image',
  text: 'The White Rabbit',
  start: 0,
  ...extra,
})

describe('image blocks', () => {
  const saved = window.margin
  beforeEach(() => {
    window.margin = {
      ...saved,
      assetUrl: (id: string, src: string) => `/asset/${id}/${src}`,
    } as typeof window.margin
  })
  afterEach(() => {
    cleanup()
    window.margin = saved
  })

  it('loads a stored image lazily, with its alt text and a box of its aspect ratio', () => {
    render(
      <BlockView block={block({ src: 'rabbit.jpg', width: 300, height: 400 })} documentId={ID} />,
    )
    const image = screen.getByRole('img', { name: 'The White Rabbit' })
    expect(image.getAttribute('src')).toBe(`/asset/${ID}/rabbit.jpg`)
    expect(image.getAttribute('loading')).toBe('lazy')
    expect((image.parentElement as HTMLElement).style.aspectRatio).toBe('300 / 400')
  })

  it('shows a missing image as a quiet line with its description, not a broken picture', () => {
    const { container } = render(<BlockView block={block({})} documentId={ID} />)
    expect(container.querySelector('img')).toBeNull()
    expect(screen.getByRole('img', { name: 'The White Rabbit' }).textContent).toBe(
      'The White Rabbit',
    )
  })

  it('renders tables cell by cell and nested list items indented', () => {
    const table: Block = {
      id: 't',
      type: 'table',
      text: 'a\tb\n1\t2',
      start: 0,
      rows: [
        ['a', 'b'],
        ['1', '2'],
      ],
    }
    const { container } = render(<BlockView block={table} />)
    expect([...container.querySelectorAll('td')].map((td) => td.textContent)).toEqual([
      'a',
      'b',
      '1',
      '2',
    ])
    const item: Block = { id: 'l', type: 'list-item', text: 'inner', start: 0, level: 2 }
    const { container: list } = render(<BlockView block={item} />)
    expect((list.firstChild as HTMLElement).style.getPropertyValue('--list-level')).toBe('2')
  })
})
