import { describe, expect, it } from 'vitest'
import { structureBook } from '../../../../../src/main/services/text-structure/book-structure'
import { storyParagraphs } from '../../../../support/story-paragraphs'

const POEMS = [
  {
    title: '静夜思',
    poet: '李白',
    lines: ['床前明月光，', '疑是地上霜。', '举头望明月，', '低头思故乡。'],
  },
  {
    title: '春晓',
    poet: '唐·孟浩然',
    lines: ['春眠不觉晓，', '处处闻啼鸟。', '夜来风雨声，', '花落知多少。'],
  },
  {
    title: '登鹳雀楼',
    poet: '[唐]王之涣',
    lines: ['白日依山尽，黄河入海流。', '欲穷千里目，更上一层楼。'],
  },
  {
    title: '江雪',
    poet: '柳宗元',
    lines: ['千山鸟飞绝', '万径人踪灭', '孤舟蓑笠翁', '独钓寒江雪'],
  },
]

describe('an anthology of poems', () => {
  it('lists each poem by its title, with its poet as the byline and its lines as one stanza', () => {
    const lines = ['唐诗三百首', '']
    for (const p of POEMS) lines.push(p.title, p.poet, '', ...p.lines, '')
    const book = structureBook(lines)
    expect(book.outline.map((e) => `${e.level} ${e.title}`)).toEqual(
      POEMS.map((p) => `1 ${p.title}`),
    )
    expect(book.drafts.filter((d) => d.type === 'byline').map((d) => d.text)).toEqual(
      POEMS.map((p) => p.poet),
    )
    expect(book.drafts.filter((d) => d.type === 'verse').map((d) => d.text)).toEqual(
      POEMS.map((p) => p.lines.join('\n')),
    )
  })

  it('takes titles without poets too', () => {
    const lines: string[] = []
    for (const p of POEMS) lines.push(p.title, ...p.lines, '')
    expect(structureBook(lines).outline.map((e) => e.title)).toEqual(POEMS.map((p) => p.title))
  })

  it('leaves the titled poems of a novel in its text', () => {
    const story = storyParagraphs()
    const lines = ['第一回 开篇', ...story.slice(0, 8)]
    for (const [k, p] of POEMS.entries())
      lines.push(p.title, ...p.lines, ...story.slice(10 + k * 4, 14 + k * 4))
    const book = structureBook(lines)
    const titles = book.outline.map((e) => e.title)
    for (const p of POEMS) expect(titles).not.toContain(p.title)
    expect(book.drafts.filter((d) => d.type === 'heading').map((d) => d.text)).toEqual([
      '第一回 开篇',
    ])
    expect(book.drafts.filter((d) => d.type === 'verse')).toHaveLength(POEMS.length)
  })
})
