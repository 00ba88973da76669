import { describe, expect, it } from 'vitest'
import {
  capParagraphSize,
  splitOversizedParagraph,
} from '../../../../../src/main/services/text-structure/paragraph-size'

describe('splitOversizedParagraph', () => {
  it('leaves a paragraph under the cap whole', () => {
    expect(splitOversizedParagraph('短句。'.repeat(10), 100)).toEqual(['短句。'.repeat(10)])
  })

  it('cuts at the last sentence end before the cap, closing quotes kept with their sentence', () => {
    const text = '他说：“走吧。”'.repeat(30)
    const pieces = splitOversizedParagraph(text, 100)
    expect(pieces.every((p) => p.length <= 100 && p.endsWith('。”'))).toBe(true)
    expect(pieces.join('')).toBe(text)
  })

  it('cuts at a line break, then at a space, when no sentence ends', () => {
    const verse = Array.from({ length: 40 }, (_, i) => `line ${i} of the poem`).join('\n')
    const byLines = splitOversizedParagraph(verse, 200)
    expect(byLines.every((p) => p.length <= 200 && /of the poem$/.test(p))).toBe(true)
    const words = Array.from({ length: 100 }, (_, i) => `word${i}`).join(' ')
    const bySpaces = splitOversizedParagraph(words, 120)
    expect(bySpaces.join(' ')).toBe(words)
    expect(bySpaces.every((p) => p.length <= 120 && /^word\d+( word\d+)*$/.test(p))).toBe(true)
  })

  it('cuts text with no breaks at the cap, never inside a surrogate pair', () => {
    const text = '𠀀'.repeat(500)
    const pieces = splitOversizedParagraph(text, 101)
    expect(pieces.join('')).toBe(text)
    expect(pieces.every((p) => p.length <= 101 && [...p].every((c) => c === '𠀀'))).toBe(true)
  })
})

describe('capParagraphSize', () => {
  it('cuts oversized paragraphs into several of their type and leaves headings alone', () => {
    const long = 'A sentence that goes on. '.repeat(2_000).trim()
    const heading = { type: 'heading', text: 'x'.repeat(30_000) }
    const capped = capParagraphSize([heading, { type: 'quote', text: long }])
    expect(capped[0]).toBe(heading)
    expect(capped.length).toBeGreaterThan(2)
    expect(capped.slice(1).every((b) => b.type === 'quote' && b.text.endsWith('on.'))).toBe(true)
    expect(
      capped
        .slice(1)
        .map((b) => b.text)
        .join(' '),
    ).toBe(long)
  })
})
