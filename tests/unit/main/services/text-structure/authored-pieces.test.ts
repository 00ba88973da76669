import { describe, expect, it } from 'vitest'
import { structureBook } from '../../../../../src/main/services/text-structure/book-structure'
import { storyParagraphs } from '../../../../support/story-paragraphs'

const story = storyParagraphs()
const pieces = [
  { title: '春天的故事', author: '文/张三' },
  { title: '故乡的河', author: '文／李四' },
  { title: '母亲的手', author: '作者：王五' },
]

describe('a collection of pieces by several authors', () => {
  it('lists each piece by its title, its author line a byline, and names no book author', () => {
    const lines: string[] = []
    pieces.forEach((p, k) =>
      lines.push(p.title, p.author, '', ...story.slice(k * 3, k * 3 + 3), ''),
    )
    const book = structureBook(lines)
    expect(book.outline.map((e) => `${e.level} ${e.title}`)).toEqual(
      pieces.map((p) => `1 ${p.title}`),
    )
    expect(book.drafts.filter((d) => d.type === 'byline').map((d) => d.text)).toEqual(
      pieces.map((p) => p.author),
    )
    expect(book.author).toBeNull()
  })

  it("names the book's author when every piece has the same one", () => {
    const lines: string[] = []
    pieces.forEach((p, k) => lines.push(p.title, 'By Jane Doe', ...story.slice(k * 3, k * 3 + 3)))
    const book = structureBook(lines)
    expect(book.outline.map((e) => e.title)).toEqual(pieces.map((p) => p.title))
    expect(book.author).toBe('Jane Doe')
  })

  it('leaves a novel with chapters and one author line at its head as it was', () => {
    const lines = [
      '江湖夜雨',
      '作者：云中客',
      '',
      '第一章 开始',
      ...story.slice(0, 3),
      '第二章 继续',
      ...story.slice(3, 6),
    ]
    const book = structureBook(lines)
    expect(book.outline.map((e) => e.title)).toEqual(['第一章 开始', '第二章 继续'])
    expect(book.author).toBe('云中客')
  })
})
