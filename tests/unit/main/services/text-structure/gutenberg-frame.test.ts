import { describe, expect, it } from 'vitest'
import {
  findGutenbergFrame,
  dropInnerGutenbergFrames,
} from '../../../../../src/main/services/text-structure/gutenberg-frame'

describe('findGutenbergFrame', () => {
  const lines = [
    'The Project Gutenberg EBook of War and Peace, by Leo Tolstoy',
    '',
    'Title: War and Peace',
    '',
    'Author: Leo Tolstoy',
    '',
    'Language: English',
    '',
    '*** START OF THIS PROJECT GUTENBERG EBOOK WAR AND PEACE ***',
    '',
    'Produced by An Anonymous Volunteer',
    'and David Widger',
    '',
    'BOOK ONE',
    'The text.',
    'End of the Project Gutenberg EBook of War and Peace, by Leo Tolstoy',
    '*** END OF THIS PROJECT GUTENBERG EBOOK WAR AND PEACE ***',
    'licence…',
  ]

  it('finds the book between the markers, and its title, author and language', () => {
    const frame = findGutenbergFrame(lines)!
    expect(lines.slice(frame.bodyStart, frame.bodyEnd).filter(Boolean)).toEqual([
      'BOOK ONE',
      'The text.',
    ])
    expect(frame).toMatchObject({ title: 'War and Peace', author: 'Leo Tolstoy', language: 'en' })
  })

  it('says null for a text that is not from Project Gutenberg', () => {
    expect(findGutenbergFrame(['第一回', '话说天下大势'])).toBeNull()
  })
})

describe('Gutenberg frames inside a file of joined books', () => {
  const licence = [
    '*** END OF THIS PROJECT GUTENBERG EBOOK FIRST BOOK ***',
    '',
    'Updated editions will replace the previous one. Project Gutenberg-tm',
    'License terms apply to this eBook.',
    '',
  ]
  const second = [
    '《三国演义》罗贯中',
    '',
    '第一回 宴桃园豪杰三结义',
    '',
    ...Array.from({ length: 8 }, (_, i) => `\u3000\u3000正文第${i + 1}段。`),
  ]

  it('an END marker with another book after its licence is not the end of the file', () => {
    const lines = ['Chapter 1', 'The first book.', ...licence, ...second]
    expect(findGutenbergFrame(lines)?.bodyEnd ?? lines.length).toBe(lines.length)
    expect(dropInnerGutenbergFrames(lines).filter((l) => l !== '')).toEqual(
      ['Chapter 1', 'The first book.', ...second].filter((l) => l !== ''),
    )
  })

  it('a second book’s header is dropped but its Title: kept', () => {
    const header = [
      'The Project Gutenberg EBook of War and Peace, by Leo Tolstoy',
      '',
      'Title: War and Peace',
      'Author: Leo Tolstoy',
      '',
      '*** START OF THIS PROJECT GUTENBERG EBOOK WAR AND PEACE ***',
      '',
      'BOOK ONE: 1805',
    ]
    const out = dropInnerGutenbergFrames(['Chapter 1', 'Text.', ...licence, ...header])
    expect(out.filter((l) => l !== '')).toEqual([
      'Chapter 1',
      'Text.',
      'Title: War and Peace',
      'BOOK ONE: 1805',
    ])
  })
})
