import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseTxt } from '../../../../../src/main/services/importers/txt'
import type { ParsedDocument } from '../../../../../src/shared/document-model'
import { storyParagraphs } from '../../../../support/story-paragraphs'
import { encodeLegacy } from './txt-legacy-encoder'

/**
 * Chinese novels as web-novel sites serve them for download: a 《title》 and 作者： line, a blurb,
 * the site's upload notice and ads, 第一卷 volumes over 第1章 chapters, the author's 求月票 and PS
 * notes between chapters, 番外 and 完本感言 at the end. Built from the corpus's 红楼梦 paragraphs.
 */

const STORY = storyParagraphs()

/** Two full-width spaces, as web novels indent their paragraphs. */
const INDENT = '\u3000\u3000'

/** Lines of a web novel: 'P' stands for two indented story paragraphs, each line blank-separated. */
function webNovel(shape: readonly string[], offset = 0): string {
  let next = 200 + offset
  const out: string[] = []
  for (const line of shape) {
    if (line === 'P') out.push(INDENT + STORY[next++]!, '', INDENT + STORY[next++]!, '')
    else out.push(line, '')
  }
  return out.join('\n')
}

const importText = (text: string, name = '下载.txt') =>
  parseTxt(new TextEncoder().encode(text), name)

const contents = (doc: ParsedDocument) => doc.outline.map((o) => [o.level, o.title])
const texts = (doc: ParsedDocument) => doc.blocks.map((b) => b.text)

const SITE_NOTICES = [
  '本书由网友上传，仅供交流学习，版权归作者所有。',
  '更多精彩请访问 www.example.com',
  '手机阅读请访问 m.example.com',
  '（本章完）',
  '请记住本站域名：example.com',
]
const AUTHOR_NOTES = [
  '求月票！求推荐票！大家的支持是我更新的动力！',
  'PS：今天有事，晚上还有一更。',
]

const FULL = [
  '《石头记新编》',
  '作者：某某',
  '内容简介：',
  'P',
  SITE_NOTICES[0]!,
  '==============================',
  '第一卷 初入京城',
  '第1章 风雨欲来',
  'P',
  SITE_NOTICES[3]!,
  AUTHOR_NOTES[0]!,
  '第2章 花落人亡',
  'P',
  SITE_NOTICES[1]!,
  '--------------------',
  '第3章 夜宴',
  'P',
  AUTHOR_NOTES[1]!,
  SITE_NOTICES[2]!,
  '第二卷 大观园',
  '第4章 诗社',
  'P',
  SITE_NOTICES[3]!,
  SITE_NOTICES[4]!,
  '第5章 惊梦',
  'P',
  AUTHOR_NOTES[0]!,
  '番外 宝玉的一天',
  'P',
  '完本感言',
  'P',
]
const FULL_CONTENTS = [
  [1, '第一卷 初入京城'],
  [2, '第1章 风雨欲来'],
  [2, '第2章 花落人亡'],
  [2, '第3章 夜宴'],
  [1, '第二卷 大观园'],
  [2, '第4章 诗社'],
  [2, '第5章 惊梦'],
  [1, '番外 宝玉的一天'],
  [1, '完本感言'],
]

describe('a web novel downloaded as TXT', () => {
  for (const [label, bytes] of [
    ['UTF-8', () => new TextEncoder().encode(webNovel(FULL))],
    ['GBK', () => encodeLegacy(webNovel(FULL), 'gbk')],
  ] as const) {
    it(`${label}: a book, its contents the volumes and chapters, titled and signed from its head`, () => {
      const doc = parseTxt(bytes(), '下载.txt')
      expect(contents(doc)).toEqual(FULL_CONTENTS)
      expect(doc.title).toBe('石头记新编')
      expect(doc.author).toBe('某某')
      // Read as a book, not a newspaper page: no bylines or headlines made of its head.
      expect(doc.blocks.some((b) => b.type === 'byline' || b.type === 'credit')).toBe(false)
      expect(doc.blocks.find((b) => b.type === 'heading')!.text).toBe('第一卷 初入京城')
    })
  }

  it('drops the site notices and keeps the author notes as paragraphs', () => {
    const doc = importText(webNovel(FULL))
    for (const notice of SITE_NOTICES) expect(texts(doc)).not.toContain(notice)
    for (const note of AUTHOR_NOTES) {
      const blocks = doc.blocks.filter((b) => b.text === note)
      expect(blocks.length).toBeGreaterThan(0)
      expect(blocks.every((b) => b.type === 'paragraph')).toBe(true)
    }
    // Every story paragraph is still there, in order.
    const story = doc.blocks.filter((b) => b.text.length > 80).map((b) => b.text)
    expect(story).toEqual(STORY.slice(200, 200 + story.length))
    expect(story).toHaveLength(16)
  })

  it('without a title line, the author line first, the noise never becomes a chapter', () => {
    const doc = importText(webNovel(FULL.slice(1)), '石头记新编.txt')
    expect(contents(doc)).toEqual(FULL_CONTENTS)
    expect(doc.title).toBe('石头记新编')
    expect(doc.author).toBe('某某')
  })

  it('with nothing but chapters and an author line it is still a book', () => {
    const shape = ['作者：某某', ...FULL.filter((l) => /^第|^P$/.test(l))]
    const doc = importText(webNovel(shape))
    expect(contents(doc)).toEqual(FULL_CONTENTS.slice(0, 7))
    expect(doc.author).toBe('某某')
  })

  it('a download that prefixes every chapter with 正文 and dates it: chapters only, dates gone', () => {
    const dated = (n: number) => `更新时间：2019-03-0${n} 12:00:00  字数：3256`
    const later =
      '（未完待续。如果您喜欢这部作品，欢迎您来投推荐票、月票。手机用户请到m.example.com阅读。）'
    const shape = ['作者：某某', '正文 第1章 风雨欲来', dated(1), 'P', later]
    shape.push('正文 第2章 花落人亡', dated(2), 'P', later, '正文 第3章 夜宴', dated(3), 'P')
    const doc = parseTxt(encodeLegacy(webNovel(shape), 'gbk'), '石头记新编.txt')
    expect(contents(doc)).toEqual([
      [1, '第1章 风雨欲来'],
      [1, '第2章 花落人亡'],
      [1, '第3章 夜宴'],
    ])
    expect(doc.author).toBe('某某')
    expect(
      texts(doc).filter((t) => t.startsWith('更新时间') || t.startsWith('（未完待续')),
    ).toEqual([])
  })

  it.each([['作者:某某'], ['著者：某某'], ['文/某某'], ['【作者】某某'], ['作者：　某某']])(
    'takes the author from %s',
    (line) => {
      const doc = importText(webNovel(['《石头记新编》', line, ...FULL.slice(6)]))
      expect(doc.author).toBe('某某')
      expect(doc.title).toBe('石头记新编')
    },
  )

  it.each([
    ['《石头记新编》（校对版全本）作者：某某'],
    ['《石头记新编》作者：某某'],
    ['《石头记新编》 作者：某某 著'],
  ])('takes the title and author from %s', (line) => {
    const doc = importText(webNovel([line, ...FULL.slice(6)]))
    expect(doc.title).toBe('石头记新编')
    expect(doc.author).toBe('某某')
  })

  it("does not take a download site's 全本 for the author", () => {
    const doc = importText(webNovel(['《石头记新编》全本', ...FULL.slice(6)]))
    expect(doc.title).toBe('石头记新编')
    expect(doc.author).toBeNull()
  })

  it('takes a labelled title: 书名：…', () => {
    const doc = importText(webNovel(['书名：石头记新编', '作者：某某', ...FULL.slice(6)]))
    expect(doc.title).toBe('石头记新编')
    expect(doc.author).toBe('某某')
  })
})

describe('the headings web novels use', () => {
  it('lists every kind of volume, chapter and extra heading at its level', () => {
    const shape = [
      '上架感言',
      'P',
      '楔子',
      'P',
      '正文 序章 开端',
      'P',
      '第一卷 初入京城',
      '正文 第一章 风雨欲来',
      'P',
      '第2章风雨无阻',
      'P',
      '第三章　夜宴',
      'P',
      '　　第004章 诗社',
      'P',
      '【第五章】惊梦',
      'P',
      '第1节 梦中',
      'P',
      '第2节 梦醒',
      'P',
      '卷二 大观园',
      '第六章 归去',
      'P',
      '第3卷 团圆',
      '第七章 团圆',
      'P',
      '番外一 宝玉',
      'P',
      '番外 黛玉的一天',
      'P',
      '尾声',
      'P',
      '后记',
      'P',
      '完本感言',
      'P',
    ]
    for (const bytes of [
      new TextEncoder().encode(webNovel(shape)),
      encodeLegacy(webNovel(shape), 'gbk'),
    ]) {
      expect(contents(parseTxt(bytes, 'book.txt'))).toEqual([
        [1, '上架感言'],
        [1, '楔子'],
        [1, '序章 开端'],
        [1, '第一卷 初入京城'],
        [2, '第一章 风雨欲来'],
        [2, '第2章风雨无阻'],
        [2, '第三章　夜宴'],
        [2, '第004章 诗社'],
        [2, '第五章 惊梦'],
        [3, '第1节 梦中'],
        [3, '第2节 梦醒'],
        [1, '卷二 大观园'],
        [2, '第六章 归去'],
        [1, '第3卷 团圆'],
        [2, '第七章 团圆'],
        [1, '番外一 宝玉'],
        [1, '番外 黛玉的一天'],
        [1, '尾声'],
        [1, '后记'],
        [1, '完本感言'],
      ])
    }
  })

  it('lists a dressed bare label with the title on its next line', () => {
    const doc = importText(
      webNovel([
        '正文 第一章',
        '风雨欲来',
        'P',
        '【第二章】',
        '花落人亡',
        'P',
        '【第三章 夜宴】',
        'P',
      ]),
    )
    expect(contents(doc)).toEqual([
      [1, '第一章 风雨欲来'],
      [1, '第二章 花落人亡'],
      [1, '第三章 夜宴'],
    ])
  })

  it('lists 序, 前言, 引子 and 终章 as chapters of their own', () => {
    const doc = importText(
      webNovel(['序', 'P', '前言', 'P', '引子', 'P', '第一章 开始', 'P', '终章', 'P']),
    )
    expect(contents(doc)).toEqual([
      [1, '序'],
      [1, '前言'],
      [1, '引子'],
      [1, '第一章 开始'],
      [1, '终章'],
    ])
  })

  it('keeps a paragraph that starts with 第一次, 第二天, 第三者 or mentions 第五章 a paragraph', () => {
    const sentences = [
      '　　第一次见面的时候，他说话很慢。',
      '　　第二天早上大家都起来了',
      '　　第三者的出现让事情变得复杂。',
      '　　他在第五章里写过这个故事。',
      '　　第五章写完了，他才睡下。',
      '　　正文里没有写到这件事。',
    ]
    const doc = importText(
      webNovel(['第一章 开始', 'P', ...sentences, 'P', '第二章 结束', 'P'], 40),
    )
    expect(contents(doc)).toEqual([
      [1, '第一章 开始'],
      [1, '第二章 结束'],
    ])
    for (const s of sentences) {
      const block = doc.blocks.find((b) => b.text === s.trim())
      expect(block?.type, s).toBe('paragraph')
    }
  })

  it('keeps a sentence that merely names a web address', () => {
    const line = '　　他把地址写在纸上：www.example.com，说以后常联系。'
    const doc = importText(webNovel(['第一章 开始', 'P', line, 'P', '第二章 结束', 'P']))
    expect(texts(doc)).toContain(line.trim())
  })
})

describe('newspaper pages stay newspaper pages', () => {
  const NEWSPAPER = join(import.meta.dirname, '../../../../../../shared/corpus/newspaper')
  const rmrb = readFileSync(
    join(NEWSPAPER, 'rmrb-korea-articles_2011-12-20_to_2012-01-04.txt'),
    'utf8',
  ).split('\n')

  it('one exported article, its dated 作者 line under the headline, is read as an article', () => {
    const second = rmrb.findIndex((l, i) => i > 2 && /^作者[:：].*时间[:：]/u.test(l)) - 1
    const doc = importText(rmrb.slice(0, second).join('\n'), 'article.txt')
    expect(doc.blocks.filter((b) => b.type === 'byline').map((b) => b.text)).toEqual([
      rmrb[1]!.trim(),
    ])
    expect(doc.outline.map((o) => o.title)).toEqual([rmrb[0]!.trim()])
  })

  it('the shared page is still a page of articles with bylines', () => {
    const page = readFileSync(
      join(
        import.meta.dirname,
        '../../../../../../shared/samples/qilu-evening-news-2022-06-24.txt',
      ),
      'utf8',
    )
    const doc = importText(page, 'page.txt')
    expect(doc.blocks.some((b) => b.type === 'byline')).toBe(true)
    expect(doc.outline.length).toBeGreaterThan(3)

    // Papers print regulations in full, chapters and all: the page around one is still a page.
    const regulation = [
      '济南市文明行为促进条例（节选）',
      '第一章　总则',
      `${INDENT}第一条\u3000为了培育和践行社会主义核心价值观，引导和促进文明行为，根据有关法律、法规，结合本市实际，制定本条例。`,
      '第二章\u3000基本规范',
      `${INDENT}第五条\u3000公民应当自觉遵守公共秩序，爱护公共环境，维护公共卫生。`,
      '第三章\u3000鼓励与支持',
      `${INDENT}第十条\u3000鼓励公民参与志愿服务、慈善捐赠等活动。`,
      '第四章\u3000附则',
      `${INDENT}第二十条\u3000本条例自公布之日起施行。`,
    ].join('\n\n')
    const withLaw = importText(`${page}\n\n${regulation}\n`, 'page.txt')
    expect(withLaw.blocks.filter((b) => b.type === 'byline').length).toBe(
      doc.blocks.filter((b) => b.type === 'byline').length,
    )
    expect(withLaw.outline.map((o) => o.title).slice(0, doc.outline.length)).toEqual(
      doc.outline.map((o) => o.title),
    )
  })
})
