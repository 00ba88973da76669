import { describe, expect, it } from 'vitest'
import {
  importPage as importText,
  NEWSPAPER_PAGE as SAMPLE,
  textsOfType as ofType,
} from '../../../../support/newspaper-page'

/**
 * Poems printed on a page (a 副刊's verse) or an anthology exported like articles (title, 作者：,
 * the poem): the lines of a poem stay lines of one stanza; no wrap or cut rule runs them together.
 */

const QUATRAIN = ['天下英雄谁敌手，', '曹刘煮酒论春秋。', '青梅不似当年味，', '一片丹心照九州。']
const UNPUNCTUATED = ['白日依山尽', '黄河入海流', '欲穷千里目', '更上一层楼']

describe('verse on a newspaper page', () => {
  const original = importText(SAMPLE)
  const lastOfFirst = '丁薛祥、王毅、何立峰等参加会晤。'

  for (const poem of [QUATRAIN, UNPUNCTUATED]) {
    it(`keeps ${poem[0]} … as one stanza inside its article`, () => {
      const doc = importText(SAMPLE.replace(lastOfFirst, `${lastOfFirst}\n\n${poem.join('\n')}`))
      expect(ofType(doc, 'verse')).toEqual([poem.join('\n')])
      expect(doc.outline.map((o) => o.title)).toEqual(original.outline.map((o) => o.title))
      expect(ofType(doc, 'paragraph')).toEqual(ofType(original, 'paragraph'))
    })
  }
})

describe('an anthology exported as articles', () => {
  const poems = [
    {
      title: '静夜思',
      author: '李白',
      lines: ['床前明月光，', '疑是地上霜。', '举头望明月，', '低头思故乡。'],
    },
    {
      title: '春晓',
      author: '孟浩然',
      lines: ['春眠不觉晓，', '处处闻啼鸟。', '夜来风雨声，', '花落知多少。'],
    },
    { title: '登鹳雀楼', author: '王之涣', lines: UNPUNCTUATED },
  ]
  const text = poems
    .map((p, n) => `${n + 1}.${p.title}\n作者：${p.author}\n\n${p.lines.join('\n')}\n`)
    .join('\n')

  it('lists each poem, with its author, and keeps its lines as a stanza', () => {
    const doc = importText(`唐诗选\n\n${text}`)
    expect(doc.outline.map((o) => o.title)).toEqual(poems.map((p, n) => `${n + 1}.${p.title}`))
    expect(ofType(doc, 'byline')).toEqual(poems.map((p) => `作者：${p.author}`))
    expect(ofType(doc, 'verse')).toEqual(poems.map((p) => p.lines.join('\n')))
  })
})
