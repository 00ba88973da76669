import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import iconv from 'iconv-lite'
import * as OpenCC from 'opencc-js'
import { describe, expect, it } from 'vitest'
import { parseTxt } from '../../../../../src/main/services/importers/txt'
import {
  importPage as importText,
  NEWSPAPER_PAGE as SAMPLE,
  textsOfType as ofType,
} from '../../../../support/newspaper-page'
import { storyParagraphs } from '../../../../support/story-paragraphs'
import {
  isByline,
  isCredit,
  isPageMarker,
} from '../../../../../src/main/services/text-structure/newspaper-line-kinds'

/** Page shapes the shared page does not have: a wire story's page, a column under a bullet, credits set with spaces. */
const SHARED = join(import.meta.dirname, '../../../../../../shared')

describe('an English page of wire stories', () => {
  const body = [
    'The measure, which passed 51 to 49 after a night of debate, would keep the government open through September and add money for disaster relief.',
    'Leaders of both parties said they expected the House to take up the bill later this week, though several members have said they will vote against it.',
  ]
  const page = [
    'NATIONAL',
    '',
    'A4 | Tuesday, March 12, 2024 | The Daily Courier',
    '',
    'LAWMAKERS REACH DEAL ON HIGHWAY BILL',
    '',
    'By JANE DOE',
    'Associated Press',
    '',
    `WASHINGTON (AP) — ${body[0]}`,
    '',
    body[1],
    '',
    'Drought Forces Water Limits in Three States',
    '',
    'Officials urge residents to cut use by a fifth',
    '',
    'By Maria Lopez | Staff Writer',
    '',
    `PHOENIX — ${body[1]}`,
    '',
    body[0],
    '',
    'Copyright 2024 The Associated Press. All rights reserved.',
  ].join('\n')

  it('lists both stories under the page, with the agency line and the copyright set apart', () => {
    const doc = importText(page)
    expect(doc.outline.map((o) => o.title)).toEqual([
      'A4 | Tuesday, March 12, 2024 | The Daily Courier',
      'LAWMAKERS REACH DEAL ON HIGHWAY BILL',
      'Drought Forces Water Limits in Three States',
    ])
    expect(ofType(doc, 'byline')).toEqual([
      'By JANE DOE',
      'Associated Press',
      'By Maria Lopez | Staff Writer',
    ])
    expect(ofType(doc, 'credit')).toEqual([
      'Copyright 2024 The Associated Press. All rights reserved.',
    ])
    expect(ofType(doc, 'furniture')).toEqual(['NATIONAL'])
    expect(ofType(doc, 'paragraph')).toHaveLength(4)
  })

  it('tells folio lines, affiliations and credits from headlines and prose', () => {
    for (const line of ['A12 • Sunday, May 5, 2024', 'The Daily Courier | B3'])
      expect(isPageMarker(line), line).toBe(true)
    expect(isPageMarker('Ten years | a retrospective')).toBe(false)
    for (const line of [
      'Reuters',
      'Staff Writer',
      'Special to The Courier',
      'By Ann Lee, Staff Writer',
    ])
      expect(isByline(line), line).toBe(true)
    for (const line of ['Press Freedom Under Threat', 'Reporters Without Borders'])
      expect(isByline(line), line).toBe(false)
    expect(isCredit('本版编辑\u3000王远\u3000美编\u3000李明')).toBe(true)
    expect(isCredit('编辑部 召开 年度会议')).toBe(false)
  })
})

describe('an English page without blank lines, under its section name', () => {
  it('takes WORLD NEWS for the kicker of the first headline', () => {
    const page = [
      'WORLD NEWS',
      'Floods Sweep Across Region',
      'By Tom Hardy',
      'LONDON — Heavy rain fell for a fourth straight day on Sunday, pushing rivers past their banks and forcing thousands of residents to leave their homes, officials said.',
      'Markets Rally on Rate Hopes',
      'By Ann Lee',
      'NEW YORK — Stocks rose on Monday after the central bank signalled that interest rates could fall later this year, as investors weighed signs of slowing growth.',
    ]
    const doc = importText(page.join('\n'))
    expect(doc.outline.map((o) => o.title)).toEqual([
      'Floods Sweep Across Region',
      'Markets Rally on Rate Hopes',
    ])
    expect(ofType(doc, 'subheading')).toEqual(['WORLD NEWS'])
  })
})

describe('a column under a bullet on a Chinese page', () => {
  const original = importText(SAMPLE)
  const lastOfFirst = '丁薛祥、王毅、何立峰等参加会晤。'
  const column = [
    '■ 记者观察',
    '一季度外贸开局良好',
    '记者 张伟',
    '',
    '今年以来，我省外贸进出口总值同比增长明显，出口产品结构持续优化，机电产品和高新技术产品出口保持较快增长，民营企业进出口占比进一步提高。',
  ].join('\n')

  it('opens an article with its own headline and byline, the column name as its kicker', () => {
    const doc = importText(SAMPLE.replace(lastOfFirst, `${lastOfFirst}\n\n${column}`))
    const headlines = original.outline.map((o) => o.title)
    expect(doc.outline.map((o) => o.title)).toEqual([
      headlines[0],
      '一季度外贸开局良好',
      ...headlines.slice(1),
    ])
    expect(ofType(doc, 'subheading')).toContain('■ 记者观察')
    expect(ofType(doc, 'byline')).toContain('记者 张伟')
  })
})

describe('a Chinese page whose only signs are its reporters', () => {
  const story = storyParagraphs().slice(0, 6)
  const indent = (p: string) => `\u3000\u3000${p}`

  it('reads headline, byline and paragraphs of each article, without blank lines', () => {
    const page = [
      '我国粮食产量再创新高',
      '本报记者 王明',
      ...story.slice(0, 3).map(indent),
      '城市更新让生活更美好',
      '本报记者 李华',
      ...story.slice(3).map(indent),
    ]
    const doc = importText(page.join('\n'))
    expect(doc.outline.map((o) => o.title)).toEqual([
      '我国粮食产量再创新高',
      '城市更新让生活更美好',
    ])
    expect(ofType(doc, 'byline')).toEqual(['本报记者 王明', '本报记者 李华'])
    expect(ofType(doc, 'paragraph')).toEqual(story)
  })

  it('leaves a novel that mentions one reporter a book', () => {
    const book = [
      '第一章 开始',
      ...storyParagraphs().slice(0, 30),
      '记者 王明',
      ...storyParagraphs().slice(30, 60),
    ]
    const doc = importText(book.join('\n'))
    expect(ofType(doc, 'byline')).toEqual([])
  })
})

describe('exported articles followed by page text of the same indent', () => {
  const RMRB = readFileSync(
    join(SHARED, 'corpus/newspaper/rmrb-korea-articles_2011-12-20_to_2012-01-04.txt'),
    'utf8',
  )
  const story = storyParagraphs().slice(10, 14)

  it('opens an article at a headline with its own byline, though the text under it is indented like the export', () => {
    const base = importText(RMRB)
    const page = [
      '城市更新让生活更美好',
      '本报记者　李华',
      ...story.slice(0, 2).map((p) => `\u3000\u3000${p}`),
      '',
      '一季度外贸开局良好',
      '本报记者　张伟',
      ...story.slice(2).map((p) => `\u3000\u3000${p}`),
    ]
    const doc = importText(`${RMRB}\n\n${page.join('\n')}`)
    expect(doc.outline.map((o) => o.title)).toEqual([
      ...base.outline.map((o) => o.title),
      '城市更新让生活更美好',
      '一季度外贸开局良好',
    ])
    for (const p of story) expect(ofType(doc, 'paragraph')).toContain(p)
  })

  it('keeps numbered section heads (一、…) apart from the paragraph under them', () => {
    const heads = [
      '一、两党两国最高领导人举旗定向，引领友谊开启新篇章',
      '二、加强治国理政经验交流互鉴',
    ]
    const article = [
      '谱写友谊新篇',
      '作者：王明  时间：2019-06-22',
      '',
      `\u3000\u3000${story[0]}`,
      `\u3000\u3000${heads[0]}`,
      `\u3000\u3000${story[1]}`,
      `\u3000\u3000${heads[1]}`,
      `\u3000\u3000${story[2]}`,
    ]
    const doc = importText(`${RMRB}\n\n${article.join('\n')}`)
    for (const head of heads) expect(ofType(doc, 'subheading')).toContain(head)
    for (const p of story.slice(0, 3)) expect(ofType(doc, 'paragraph')).toContain(p)
  })
})

describe('a Taiwan page in Big5', () => {
  const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' })
  const story = storyParagraphs().slice(20, 24).map(toTraditional)
  const page = [
    '自由時報 2024年3月12日 星期二 A4版 政治新聞',
    '',
    '立法院三讀通過預算案',
    '朝野協商達成共識',
    '',
    `〔記者王小明／台北報導〕${story[0]}`,
    '',
    story[1],
    '',
    '颱風逼近海上警報發布',
    '',
    '記者陳美玲／綜合報導',
    '',
    story[2],
    '',
    story[3],
    '',
    '（中央社）',
    '',
    '責任編輯：林小芬',
  ].join('\r\n')

  it('reads the page marker, the reporter line (記者…／…報導) and the agency credit', () => {
    const doc = parseTxt(iconv.encode(page, 'big5'), 'page.txt')
    expect(doc.encoding).toBe('big5')
    expect(doc.outline.map((o) => o.title)).toEqual([
      '自由時報 2024年3月12日 星期二 A4版 政治新聞',
      '立法院三讀通過預算案',
      '颱風逼近海上警報發布',
    ])
    expect(ofType(doc, 'byline')).toEqual(['記者陳美玲／綜合報導'])
    expect(ofType(doc, 'credit')).toEqual(['（中央社）', '責任編輯：林小芬'])
    expect(ofType(doc, 'paragraph')).toEqual([
      `〔記者王小明／台北報導〕${story[0]}`,
      ...story.slice(1),
    ])
  })
})
