import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import iconv from 'iconv-lite'
import * as OpenCC from 'opencc-js'
import { describe, expect, it } from 'vitest'
import { parseTxt } from '../../../../../src/main/services/importers/txt'
import type { ParsedDocument } from '../../../../../src/shared/document-model'
import {
  importPage as importText,
  NEWSPAPER_PAGE as SAMPLE,
  textsOfType as ofType,
} from '../../../../support/newspaper-page'
import { wrapWords } from '../../../../support/fixed-width-wrap'

/**
 * The shared newspaper page and the People's Daily collections laid out the ways other pages
 * come: CRLF, GB18030, no blank lines, headlines without decks, articles in another order, pages
 * joined with their furniture, body text hard-wrapped in narrow columns. Each must read as the
 * original does: the same headlines, bylines, captions and whole paragraphs.
 */

const SHARED = join(import.meta.dirname, '../../../../../../shared')
const RMRB_DIR = join(SHARED, 'corpus/newspaper')
const RMRB = readdirSync(RMRB_DIR)
  .filter((f) => f.startsWith('rmrb-') && f.endsWith('.txt'))
  .sort()

/** What a reader checks first: the contents, bylines, captions and every body paragraph. */
function reading(doc: ParsedDocument) {
  return {
    headlines: doc.outline.map((o) => o.title),
    bylines: ofType(doc, 'byline'),
    captions: ofType(doc, 'caption'),
    credits: ofType(doc, 'credit'),
    paragraphs: ofType(doc, 'paragraph'),
  }
}

/** Cuts a line into pieces of `width` characters, the way a narrow column wraps Chinese text. */
function wrapColumn(line: string, width: number): string[] {
  const out: string[] = []
  for (let i = 0; i < line.length; i += width) out.push(line.slice(i, i + width))
  return out
}

/** The sample's articles as runs of source lines, each from its headline to the next one. */
function sampleArticles(): string[][] {
  const lines = SAMPLE.split('\n')
  const starts = [
    '习近平主持金砖国家领导人第十四次会晤',
    '2022工业互联网产业发展大会启幕',
    // The photo caption leads into the article it illustrates.
    '“云行齐鲁 工赋山东”大型融媒访谈栏目揭牌仪式启动',
    '烟台抢抓工业互联网机遇',
  ].map((start) => lines.findIndex((l) => l.startsWith(start)))
  return starts.map((at, n) => lines.slice(at, starts[n + 1] ?? lines.length))
}

const original = reading(importText(SAMPLE))

describe('the shared page laid out differently', () => {
  it('reads the original as its four articles (the baseline the variants are held to)', () => {
    expect(original.headlines).toEqual([
      '习近平主持金砖国家领导人第十四次会晤并发表重要讲话',
      '2022工业互联网产业发展大会启幕',
      '省工业互联网协会联合齐鲁晚报·齐鲁壹点重磅推出',
      '烟台抢抓工业互联网机遇',
    ])
    expect(original.captions).toEqual([
      '“云行齐鲁 工赋山东”大型融媒访谈栏目揭牌仪式启动。记者 戴伟 摄',
    ])
    expect(original.paragraphs).toContain(
      '今年，山东省工业互联网协会联合齐鲁晚报·齐鲁壹点重磅推出《云行齐鲁 工赋山东》大型融媒访谈栏目，聚焦工业互联网发展中的关键问题，寻找解决答案，通过宣传推广引领制造业企业生产方式转型升级，把山东省工业互联网的发展和应用引向纵深。',
    )
  })

  it('reads the same with CRLF line ends, in GB18030 and in UTF-16 with a BOM', () => {
    const crlf = SAMPLE.replace(/\n/g, '\r\n')
    expect(reading(importText(crlf))).toEqual(original)
    const gb = parseTxt(iconv.encode(crlf, 'gb18030'), 'page.txt')
    expect(gb.encoding).toMatch(/^(gb18030|gbk)$/)
    expect(reading(gb)).toEqual(original)
    const utf16 = parseTxt(iconv.encode(crlf, 'utf16le', { addBOM: true }), 'page.txt')
    expect(utf16.encoding).toBe('utf-16le')
    expect(reading(utf16)).toEqual(original)
  })

  it('reads the page in traditional characters, as a Big5 file from Taiwan or Hong Kong would come', () => {
    const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' })
    // The break repeats the last character as printed: 關係 then 係 (the converter spells a lone 系).
    const traditional = toTraditional(SAMPLE).replace('\n系，共同開啟', '\n係，共同開啟')
    const doc = parseTxt(iconv.encode(traditional, 'big5'), 'page.txt')
    expect(doc.encoding).toBe('big5')
    const read = reading(doc)
    expect(read.headlines).toEqual(original.headlines.map((h) => toTraditional(h)))
    expect(read.bylines).toEqual(['記者 閆麗君 呂奇', '記者 王光耀 朱貴銀', '記者 閆麗君 呂奇'])
    expect(read.captions).toEqual(original.captions.map((c) => toTraditional(c)))
    expect(read.credits).toEqual(['編輯:於梅君 美編:馬秀霞 組版:顏莉'])
    // Every cut paragraph whole again: as many paragraphs as the original, each its conversion.
    expect(read.paragraphs).toEqual(original.paragraphs.map((p) => toTraditional(p)))
  })

  it('reads the same with no blank line anywhere, between articles or paragraphs', () => {
    const packed = SAMPLE.split('\n')
      .filter((l) => l.trim() !== '')
      .join('\n')
    const doc = reading(importText(packed))
    expect(doc.headlines).toEqual(original.headlines)
    expect(doc.bylines).toEqual(original.bylines)
    expect(doc.captions).toEqual(original.captions)
    expect(doc.credits).toEqual(original.credits)
    expect(doc.paragraphs).toEqual(original.paragraphs)
  })

  it('takes a rule drawn between articles (dashes, stars, blocks) for the break it is', () => {
    const articles = sampleArticles()
    for (const rule of ['————————', '* * *', '-----------', '■■■', '※※※※']) {
      const doc = importText(articles.map((a) => a.join('\n')).join(`\n${rule}\n\n`))
      expect(reading(doc).headlines, rule).toEqual(original.headlines)
      expect(reading(doc).paragraphs, rule).toEqual(original.paragraphs)
      expect(
        doc.blocks.filter((b) => b.text.includes(rule)),
        rule,
      ).toEqual([])
      expect(
        doc.blocks.filter((b) => b.type === 'separator'),
        rule,
      ).toHaveLength(3)
    }
  })

  it('finds headlines that carry no sub-headline', () => {
    const bare = SAMPLE.replace(' 构建高质量伙伴关系 开启金砖合作新征程', '')
      .replace(' 壮大山东工业互联网发展新优势', '')
      .replace('\n相关企业已有287家\n', '\n')
    const doc = importText(bare)
    expect(reading(doc).headlines).toEqual(original.headlines)
    expect(ofType(doc, 'subheading')).toEqual(['“云行齐鲁 工赋山东” 大型融媒访谈栏目揭牌'])
    expect(reading(doc).paragraphs).toEqual(original.paragraphs)
    expect(reading(doc).bylines).toEqual(original.bylines)
  })

  it('follows the articles in whatever order the page gives them', () => {
    const articles = sampleArticles()
    for (const order of [
      [3, 2, 1, 0],
      [1, 3, 0, 2],
      [2, 0, 3, 1],
    ]) {
      const text = order.map((n) => articles[n]!.join('\n')).join('\n\n')
      const doc = reading(importText(text))
      expect(doc.headlines).toEqual(order.map((n) => original.headlines[n]))
      expect([...doc.paragraphs].sort()).toEqual([...original.paragraphs].sort())
      expect([...doc.bylines].sort()).toEqual([...original.bylines].sort())
      expect(doc.captions).toEqual(original.captions)
    }
  })

  it('reads body text hard-wrapped in columns of 20 to 30 characters, with or without blank lines', () => {
    const lines = SAMPLE.split('\n')
    // Headlines span the columns; only body lines are wrapped, each paragraph indented as printed.
    const isBody = (l: string) => l.length > 48 || /[。！？]$/u.test(l)
    for (const width of [20, 23, 26, 30]) {
      const spaced = lines.flatMap((l) => (isBody(l) ? wrapColumn(l, width) : [l])).join('\n')
      const packed = lines
        .filter((l) => l.trim() !== '')
        .flatMap((l) => (isBody(l) ? wrapColumn('\u3000\u3000' + l, width) : [l]))
        .join('\n')
      for (const text of [spaced, packed]) {
        const doc = reading(importText(text))
        expect(doc.headlines, `width ${width}`).toEqual(original.headlines)
        expect(doc.bylines, `width ${width}`).toEqual(original.bylines)
        expect(doc.captions, `width ${width}`).toEqual(original.captions)
        expect(doc.credits, `width ${width}`).toEqual(original.credits)
        // The cut paragraph's second half follows the break unindented: every paragraph comes back.
        for (const p of original.paragraphs) expect(doc.paragraphs, `width ${width}`).toContain(p)
      }
    }
  })

  it('reads two pages joined: page markers over their articles, furniture apart, a paragraph cut across the pages whole', () => {
    const articles = sampleArticles()
    const cutParagraph = original.paragraphs.find((p) => p.startsWith('第四，我们要坚持开放包容'))!
    const at = cutParagraph.indexOf('新形势下') + 2
    // The first page ends in the middle of that paragraph; the next page goes on with the rest.
    const lead = articles[0]!
    const cutLine = lead.indexOf(cutParagraph)
    const text = [
      '齐鲁晚报',
      '2022年6月24日 星期五',
      'A02 要闻',
      '',
      ...lead.slice(0, cutLine),
      cutParagraph.slice(0, at),
      '',
      '编辑:于梅君 美编:马秀霞 组版:颜莉',
      '- 2 -',
      '',
      '2022年6月24日 星期五',
      'A03 要闻',
      '',
      cutParagraph.slice(at),
      ...lead.slice(cutLine + 1),
      '',
      ...articles[1]!,
      ...articles[3]!,
    ].join('\n')
    const doc = importText(text)
    expect(doc.outline.map((o) => [o.level, o.title])).toEqual([
      [1, 'A02 要闻'],
      [2, original.headlines[0]],
      [1, 'A03 要闻'],
      [2, original.headlines[1]],
      [2, original.headlines[3]],
    ])
    expect(ofType(doc, 'furniture')).toEqual([
      '齐鲁晚报',
      '2022年6月24日 星期五',
      '- 2 -',
      '2022年6月24日 星期五',
    ])
    expect(ofType(doc, 'credit')).toEqual(['编辑:于梅君 美编:马秀霞 组版:颜莉'])
    expect(ofType(doc, 'paragraph')).toContain(cutParagraph)
    expect(ofType(doc, 'byline')).toEqual(['记者 闫丽君 吕奇', '记者 闫丽君 吕奇'])
  })
})

describe('the shared page in another paper’s conventions', () => {
  it('reads a masthead, a dotted date, an issue line, outlet bylines, a photo credit under its caption and a bulleted credit', () => {
    const text = [
      '齐鲁晚报',
      '2022.6.24 星期五',
      '今日16版',
      '',
      SAMPLE.replace('记者 王光耀 朱贵银', '齐鲁晚报·齐鲁壹点记者 王光耀 朱贵银')
        .replace(
          '“云行齐鲁 工赋山东”大型融媒访谈栏目揭牌仪式启动。记者 戴伟 摄',
          '“云行齐鲁 工赋山东”大型融媒访谈栏目揭牌仪式启动。\n图片由受访者提供',
        )
        .replace('编辑:于梅君 美编:马秀霞 组版:颜莉', '■编辑：于梅君  美编：马秀霞'),
    ].join('\n')
    const doc = importText(text)
    expect(reading(doc).headlines).toEqual(original.headlines)
    expect(ofType(doc, 'furniture')).toEqual(['齐鲁晚报', '2022.6.24 星期五', '今日16版'])
    expect(ofType(doc, 'byline')).toContain('齐鲁晚报·齐鲁壹点记者 王光耀 朱贵银')
    expect(ofType(doc, 'caption')).toEqual([
      '“云行齐鲁 工赋山东”大型融媒访谈栏目揭牌仪式启动。 图片由受访者提供',
    ])
    expect(ofType(doc, 'credit')).toEqual(['■编辑：于梅君  美编：马秀霞'])
    expect(reading(doc).paragraphs).toEqual(original.paragraphs)
  })
})

describe('an English page in narrow columns', () => {
  const page = [
    'THE DAILY COURIER',
    'Monday, July 1, 2019',
    '',
    'Rivers Rise Across the Valley as Rain Continues',
    '',
    'By MARIA LOPEZ',
    '',
    'LONDON — Heavy rain fell for a fourth straight day on Sunday, pushing rivers past their banks and forcing thousands of residents to leave their homes, officials said.',
    '',
    'The Environment Agency issued 42 flood warnings and said more rain was expected on Tuesday. Crews worked through the night to shore up well-built defences along the river.',
    '',
    'Photo: Residents wade through a flooded street in the town centre on Sunday. (Reuters)',
    '',
    'Markets Steady After Central Bank Holds Rates',
    '',
    "By David Chen and Sarah O'Neill",
    '',
    'NEW YORK (Reuters) — Stocks were little changed on Monday after the central bank left interest rates unchanged, as investors weighed signs of slowing growth.',
    '',
    'The benchmark index closed up 0.1 percent. Analysts said the decision had been widely expected, and bond yields barely moved through the session.',
  ]

  it('joins word-wrapped lines (a ragged right edge) back into the same paragraphs', () => {
    const flowing = importText(page.join('\n'))
    for (const width of [26, 32, 40]) {
      const wrapped = page.flatMap((l) => (l.length > 60 ? wrapWords(l, width) : [l]))
      const doc = importText(wrapped.join('\n'))
      expect(
        doc.blocks.map((b) => [b.type, b.text]),
        `width ${width}`,
      ).toEqual(flowing.blocks.map((b) => [b.type, b.text]))
    }
    expect(ofType(flowing, 'furniture')).toEqual(['THE DAILY COURIER', 'Monday, July 1, 2019'])
    expect(reading(flowing).headlines).toEqual([
      'Rivers Rise Across the Valley as Rain Continues',
      'Markets Steady After Central Bank Holds Rates',
    ])
  })
})

describe('a page with few of the usual signs', () => {
  it('reads as a page from its date line and a dateline when bylines, caption and credit are gone', () => {
    const bare = SAMPLE.split('\n')
      .filter((l) => !/^记者 |摄$|^编辑:/u.test(l))
      .join('\n')
    const doc = importText(`2022年6月24日 星期五\n\n${bare}`)
    expect(ofType(doc, 'furniture')).toEqual(['2022年6月24日 星期五'])
    expect(reading(doc).headlines).toEqual(original.headlines)
  })
})

describe('photo credits set apart', () => {
  it('puts a photo credit printed a blank line under its text back into the caption', () => {
    const apart = SAMPLE.replace('仪式启动。记者 戴伟 摄', '仪式启动。\n\n记者 戴伟 摄')
    const doc = importText(apart)
    expect(ofType(doc, 'caption')).toEqual([
      '“云行齐鲁 工赋山东”大型融媒访谈栏目揭牌仪式启动。 记者 戴伟 摄',
    ])
    expect(reading(doc).headlines).toEqual(original.headlines)
    expect(reading(doc).paragraphs).toEqual(original.paragraphs)
  })
})

describe("People's Daily collections laid out differently", () => {
  for (const file of RMRB) {
    const source = readFileSync(join(RMRB_DIR, file), 'utf8')
    const base = reading(importText(source))

    it(`${file}: joined before or after the shared page, both keep their articles`, () => {
      for (const text of [`${SAMPLE}\n\n${source}`, `${source}\n\n${SAMPLE}`]) {
        const doc = reading(importText(text))
        expect([...doc.headlines].sort()).toEqual([...base.headlines, ...original.headlines].sort())
        for (const p of original.paragraphs) expect(doc.paragraphs).toContain(p)
        expect(doc.captions).toEqual(expect.arrayContaining(original.captions))
      }
    })

    it(`${file}: the same articles with CRLF and no blank lines, and wrapped at 26 characters`, () => {
      expect(base.headlines.length).toBeGreaterThanOrEqual(16)
      const packed = source
        .split('\n')
        .filter((l) => l.trim() !== '')
        .join('\r\n')
      const doc = reading(importText(packed))
      expect(doc.headlines).toEqual(base.headlines)
      expect(doc.bylines).toEqual(base.bylines)
      expect(doc.captions).toEqual(base.captions)
      expect(doc.paragraphs).toEqual(base.paragraphs)

      const wrapped = source
        .split('\n')
        .flatMap((l) => (/^\u3000\u3000/u.test(l) ? wrapColumn(l, 26) : [l]))
        .join('\n')
      const unwrapped = reading(importText(wrapped))
      expect(unwrapped.headlines).toEqual(base.headlines)
      expect(unwrapped.bylines).toEqual(base.bylines)
      expect(unwrapped.paragraphs).toEqual(base.paragraphs)
    })
  }
})
