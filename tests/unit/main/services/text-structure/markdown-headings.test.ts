import { describe, expect, it } from 'vitest'
import { structureBook } from '../../../../../src/main/services/text-structure/book-structure'
import { storyParagraphs } from '../../../../support/story-paragraphs'

const story = storyParagraphs()

describe('Markdown notes saved as text', () => {
  it('takes # and ## lines for nested headings, without their marks', () => {
    const lines = [
      '# 我的读书笔记',
      '',
      '## 第一部分',
      '',
      story[0]!,
      '',
      '## 第二部分 ##',
      '',
      '- 要点一',
      story[1]!,
    ]
    const book = structureBook(lines)
    expect(book.outline.map((e) => `${e.level} ${e.title}`)).toEqual([
      '1 我的读书笔记',
      '2 第一部分',
      '2 第二部分',
    ])
    expect(book.drafts.filter((d) => d.type === 'heading').map((d) => d.text)).toEqual([
      '我的读书笔记',
      '第一部分',
      '第二部分',
    ])
  })

  it('leaves a hashtag, a lone # line and the chapters of a novel alone', () => {
    const tagged = ['#读书打卡#', story[0]!, '# 只有一行', story[1]!]
    expect(structureBook(tagged).drafts.filter((d) => d.type === 'heading')).toEqual([])
    const novel = [
      '第一章 开始',
      story[0]!,
      '# 注释一',
      story[1]!,
      '# 注释二',
      '第二章 继续',
      story[2]!,
    ]
    expect(structureBook(novel).outline.map((e) => e.title)).toEqual(['第一章 开始', '第二章 继续'])
  })
})
