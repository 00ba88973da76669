import { describe, expect, it } from 'vitest'
import { parseTxt } from '../../../../../src/main/services/importers/txt'
import { storyParagraphs } from '../../../../support/story-paragraphs'

/** Paragraphs of a real book to fill the sections with. */
const PARAGRAPHS = storyParagraphs().slice(10, 40)
const body = (n: number) => `\u3000\u3000${PARAGRAPHS[n % PARAGRAPHS.length]!}`
const read = (lines: string[]) => {
  const doc = parseTxt(new TextEncoder().encode(lines.join('\n\n')), '文章.txt')
  return { doc, outline: doc.outline.map((o) => `${o.level} ${o.title}`) }
}

describe('numbered sections of an article or report', () => {
  it('lists 一、 sections and their （一） parts in the contents, under the article title', () => {
    const { doc, outline } = read([
      '论读书',
      body(0),
      '一、为什么读书',
      body(1),
      body(2),
      '二、读什么书',
      body(3),
      '三、怎样读书',
      body(4),
      '（一）精读',
      body(5),
      '（二）泛读',
      body(6),
      '四、结语',
      body(7),
    ])
    expect(doc.title).toBe('论读书')
    expect(outline).toEqual([
      '1 一、为什么读书',
      '1 二、读什么书',
      '1 三、怎样读书',
      '2 （一）精读',
      '2 （二）泛读',
      '1 四、结语',
    ])
    // Every paragraph is still there, in order.
    const texts = doc.blocks.map((b) => b.text)
    expect(texts.filter((t) => PARAGRAPHS.some((p) => t === p))).toHaveLength(8)
  })

  it('leaves a numbered list a list: items one after another, with no text of their own', () => {
    const { doc, outline } = read([
      '工作要求',
      body(0),
      '一、提高认识',
      '二、加强领导',
      '三、落实责任',
      body(1),
    ])
    expect(outline).not.toContain('1 一、提高认识')
    expect(doc.blocks.filter((b) => b.type === 'heading')).toEqual([])
  })

  it('takes no heading from a lone number, numbers out of order, or a numbered sentence', () => {
    for (const lines of [
      [body(0), '一、开头', body(1), body(2)],
      [body(0), '二、中间', body(1), '一、开头', body(2)],
      [body(0), '一、我们先说明白，', body(1), '二、然后再说。', body(2)],
    ]) {
      const { doc } = read(lines)
      expect(doc.blocks.filter((b) => b.type === 'heading')).toEqual([])
    }
  })

  it('changes nothing in a book that has chapters', () => {
    const { outline } = read([
      '第一章 开端',
      body(0),
      '一、为什么读书',
      body(1),
      '二、读什么书',
      body(2),
      '第二章 后来',
      body(3),
    ])
    expect(outline).toEqual(['1 第一章 开端', '1 第二章 后来'])
  })
})
