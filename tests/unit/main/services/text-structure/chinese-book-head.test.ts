import { describe, expect, it } from 'vitest'
import { parseTxt } from '../../../../../src/main/services/importers/txt'
import { storyParagraphs } from '../../../../support/story-paragraphs'

const PARAGRAPHS = storyParagraphs().slice(0, 12)
const read = (lines: string[]) => parseTxt(new TextEncoder().encode(lines.join('\n')), '下载.txt')

describe('the head of a Chinese novel and its chapter titles', () => {
  it('takes a 回目 couplet set on two lines under a bare 第一回 as the chapter title', () => {
    const doc = read([
      '第一回',
      '甄士隐梦幻识通灵',
      '贾雨村风尘怀闺秀',
      '',
      ...PARAGRAPHS.slice(0, 3).flatMap((p) => [`\u3000\u3000${p}`, '']),
      '第二回',
      '贾夫人仙逝扬州城',
      '冷子兴演说荣国府',
      '',
      ...PARAGRAPHS.slice(3, 6).flatMap((p) => [`\u3000\u3000${p}`, '']),
    ])
    expect(doc.outline.map((o) => o.title)).toEqual([
      '第一回 甄士隐梦幻识通灵 贾雨村风尘怀闺秀',
      '第二回 贾夫人仙逝扬州城 冷子兴演说荣国府',
    ])
    // The couplet is shown under the heading, and the chapter's text starts after it.
    const first = doc.blocks.findIndex((b) => b.text === '贾雨村风尘怀闺秀')
    expect(doc.blocks[first]!.type).toBe('subheading')
    expect(doc.blocks[first + 1]!.text).toBe(PARAGRAPHS[0])
  })

  it('keeps a one-line title one line, and the chapter text after it text', () => {
    const doc = read([
      '第一回',
      '宴桃园豪杰三结义',
      '',
      ...PARAGRAPHS.slice(0, 2).flatMap((p) => [`\u3000\u3000${p}`, '']),
      '第二回',
      '张翼德怒鞭督邮',
      '',
      ...PARAGRAPHS.slice(2, 4).flatMap((p) => [`\u3000\u3000${p}`, '']),
    ])
    expect(doc.outline.map((o) => o.title)).toEqual([
      '第一回 宴桃园豪杰三结义',
      '第二回 张翼德怒鞭督邮',
    ])
    expect(doc.blocks.filter((b) => PARAGRAPHS.includes(b.text))).toHaveLength(4)
  })

  it('reads the title and author from a short first line above "某某 著"', () => {
    for (const [byline, author] of [
      ['曹雪芹 著', '曹雪芹'],
      ['（清）曹雪芹\u3000撰', '曹雪芹'],
    ]) {
      const doc = read([
        '红楼梦',
        byline!,
        '',
        '第一回 甄士隐梦幻识通灵',
        '',
        ...PARAGRAPHS.slice(0, 3).flatMap((p) => [`\u3000\u3000${p}`, '']),
        '第二回 贾夫人仙逝扬州城',
        '',
        ...PARAGRAPHS.slice(3, 6).flatMap((p) => [`\u3000\u3000${p}`, '']),
      ])
      expect([doc.title, doc.author]).toEqual(['红楼梦', author])
    }
  })
})
