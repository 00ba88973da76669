import { describe, expect, it } from 'vitest'
import { findGutenbergFrame } from '../../../../../src/main/services/text-structure/gutenberg-frame'

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
