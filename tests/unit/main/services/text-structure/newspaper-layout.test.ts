import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { assembleDocument } from '../../../../../src/shared/assemble-document'
import type { BlockDraft } from '../../../../../src/shared/document-model'
import { structureNewspaper } from '../../../../../src/main/services/text-structure/newspaper-layout'
import {
  splitLines,
  stripControlCharacters,
} from '../../../../../src/main/services/text-structure/split-lines'

const SHARED = join(import.meta.dirname, '../../../../../../shared')
const SAMPLE = readFileSync(join(SHARED, 'samples/qilu-evening-news-2022-06-24.txt'), 'utf8')
const RMRB_DIR = join(SHARED, 'corpus/newspaper')
const RMRB = readdirSync(RMRB_DIR).filter((f) => f.startsWith('rmrb-') && f.endsWith('.txt'))
const NOVEL_DIR = join(SHARED, 'corpus/txt')

/** What the TXT importer hands over: lines without control characters, not trimmed. */
function structure(text: string): BlockDraft[] | null {
  return structureNewspaper(splitLines(stripControlCharacters(text)))
}

function assemble(drafts: BlockDraft[]) {
  return assembleDocument({
    format: 'txt',
    encoding: 'utf-8',
    encodingConfidence: 1,
    title: 'page',
    drafts,
  })
}

function shape(drafts: BlockDraft[] | null) {
  return (drafts ?? []).map((d) => [d.type, d.level ?? null, d.text])
}

/** The blocks of each article: from one heading to the next. */
function articles(drafts: BlockDraft[]): BlockDraft[][] {
  const out: BlockDraft[][] = []
  for (const d of drafts) {
    if (d.type === 'heading') out.push([])
    out[out.length - 1]?.push(d)
  }
  return out
}

function visible(text: string): string {
  return text.replace(/[\s\u3000]/gu, '')
}

/** Re-lays the page out at a fixed number of characters a line, the way a narrow column or an editor would. */
function rewrap(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      const chars = [...line]
      const rows: string[] = []
      for (let i = 0; i < chars.length; i += width) rows.push(chars.slice(i, i + width).join(''))
      return rows.length ? rows.join('\n') : ''
    })
    .join('\n')
}

const sampleDrafts = structure(SAMPLE)!

describe('structureNewspaper on the Qilu Evening News page', () => {
  it('finds the four articles, each headline in the outline', () => {
    const doc = assemble(sampleDrafts)
    expect(doc.outline.map((e) => [e.title, e.level])).toEqual([
      ['习近平主持金砖国家领导人第十四次会晤并发表重要讲话', 1],
      ['2022工业互联网产业发展大会启幕', 1],
      ['省工业互联网协会联合齐鲁晚报·齐鲁壹点重磅推出', 1],
      ['烟台抢抓工业互联网机遇', 1],
    ])
    for (const entry of doc.outline) {
      expect(doc.blocks.find((b) => b.id === entry.blockId)?.type).toBe('heading')
    }
    expect(sampleDrafts.filter((d) => d.type === 'separator')).toHaveLength(3)
  })

  it('keeps each sub-headline, whether on the headline line after a space or on the next short line', () => {
    expect(articles(sampleDrafts).map((a) => a[1])).toEqual([
      { type: 'subheading', text: '构建高质量伙伴关系 开启金砖合作新征程' },
      { type: 'subheading', text: '壮大山东工业互联网发展新优势' },
      { type: 'subheading', text: '“云行齐鲁 工赋山东” 大型融媒访谈栏目揭牌' },
      { type: 'subheading', text: '相关企业已有287家' },
    ])
  })

  it('marks bylines, the photo caption with its credit, the credit line and the promotional box', () => {
    expect(sampleDrafts.filter((d) => d.type === 'byline').map((d) => d.text)).toEqual([
      '记者 闫丽君 吕奇',
      '记者 王光耀 朱贵银',
      '记者 闫丽君 吕奇',
    ])
    const captions = sampleDrafts.filter((d) => d.type === 'caption')
    expect(captions.map((d) => d.text)).toEqual([
      '“云行齐鲁 工赋山东”大型融媒访谈栏目揭牌仪式启动。记者 戴伟 摄',
    ])
    // The photo leads into the article it illustrates, not the one before it.
    const at = sampleDrafts.indexOf(captions[0]!)
    expect(sampleDrafts[at - 1]?.type).toBe('separator')
    expect(sampleDrafts[at + 1]).toMatchObject({
      type: 'heading',
      text: '省工业互联网协会联合齐鲁晚报·齐鲁壹点重磅推出',
    })
    expect(sampleDrafts.filter((d) => d.type === 'credit').map((d) => d.text)).toEqual([
      '编辑:于梅君 美编:马秀霞 组版:颜莉',
    ])
    expect(sampleDrafts.filter((d) => d.type === 'quote').map((d) => d.text)).toEqual([
      '扫码下载齐鲁壹点',
      '找记者 上壹点',
    ])
    expect(sampleDrafts.filter((d) => d.type === 'heading').map((d) => d.text)).not.toContain(
      '扫码下载齐鲁壹点',
    )
  })

  it('keeps the dateline at the start of the paragraph it opens', () => {
    const first = articles(sampleDrafts)[0]!.find((d) => d.type === 'paragraph')!
    expect(
      first.text.startsWith('据新华社北京6月23日电 国家主席习近平23日晚在北京以视频方式主持'),
    ).toBe(true)
  })

  it('joins every paragraph cut by a break, including the one that repeated a character', () => {
    const paragraphs = sampleDrafts.filter((d) => d.type === 'paragraph').map((d) => d.text)
    const whole = paragraphs.join('\n')
    expect(whole).toContain(
      '又要一起向未来，携手构建更加全面、紧密、务实、包容的高质量伙伴关系，共同开启金砖合作新征程。',
    )
    expect(whole).toContain(
      '干扰别国创新发展，维护自身霸权地位，注定行不通。要推动完善全球科技治理',
    )
    expect(whole).toContain('共同应对各种挑战，把金砖合作提升至新水平，在国际事务中发挥更大作用。')
    expect(whole).toContain(
      '今年，山东省工业互联网协会联合齐鲁晚报·齐鲁壹点重磅推出《云行齐鲁 工赋山东》大型融媒访谈栏目，',
    )
    expect(whole).not.toContain('关系系')
    for (const stray of ['系，', '权地位', '金砖合作提升', '报·齐鲁']) {
      expect(paragraphs.some((p) => p.startsWith(stray))).toBe(false)
    }
    // Nothing lost or doubled but the repeated 系 and the full stop the cut put before it.
    const out = visible(sampleDrafts.map((d) => d.text).join(''))
    expect(out.length).toBe(visible(SAMPLE).length - 2)
  })

  it('leaves real paragraph ends alone', () => {
    const [first, , third] = articles(sampleDrafts).map((a) =>
      a.filter((d) => d.type === 'paragraph'),
    )
    expect(first).toHaveLength(16)
    expect(first![1]!.text).toBe(
      '人民大会堂东大厅花团锦簇，金砖五国国旗整齐排列，与金砖标识交相辉映。',
    )
    expect(first![2]!.text).toBe('晚8时许，金砖五国领导人集体“云合影”，会晤开始。')
    expect(third).toHaveLength(3)
  })
})

describe('structureNewspaper on variants of the page', () => {
  it('gives the same blocks with CRLF or CR line ends, also when the lines still carry their CR', () => {
    expect(shape(structure(SAMPLE.replace(/\n/g, '\r\n')))).toEqual(shape(sampleDrafts))
    expect(shape(structure(SAMPLE.replace(/\n/g, '\r')))).toEqual(shape(sampleDrafts))
    expect(shape(structureNewspaper(SAMPLE.replace(/\n/g, '\r\n').split('\n')))).toEqual(
      shape(sampleDrafts),
    )
  })

  it('gives the same blocks with full-width indents added to every line or to the body only', () => {
    const everyLine = SAMPLE.replace(/^(?=.)/gmu, '\u3000\u3000')
    const bodyOnly = SAMPLE.split('\n')
      .map((l) => ([...l].length > 50 ? '\u3000\u3000' + l : l))
      .join('\n')
    expect(shape(structure(everyLine))).toEqual(shape(sampleDrafts))
    expect(shape(structure(bodyOnly))).toEqual(shape(sampleDrafts))
  })

  it.each([12, 20, 33])(
    'gives the same blocks when the page is re-laid-out %i characters a line',
    (width) => {
      expect(shape(structure(rewrap(SAMPLE, width)))).toEqual(shape(sampleDrafts))
    },
  )

  it('reads two pages one after the other as eight articles', () => {
    const drafts = structure(SAMPLE + '\n' + SAMPLE)!
    expect(shape(drafts)).toEqual([
      ...shape(sampleDrafts),
      ['separator', null, ''],
      ...shape(sampleDrafts),
    ])
    expect(assemble(drafts).outline).toHaveLength(8)
  })

  it('puts page markers at level 1 and the articles under them at level 2', () => {
    const drafts = structure(`第01版：要闻\n\n${SAMPLE}\n第02版：经济\n\n${SAMPLE}`)!
    const outline = assemble(drafts).outline.map((e) => [e.level, e.title])
    expect(outline).toHaveLength(10)
    expect(outline[0]).toEqual([1, '第01版：要闻'])
    expect(outline[5]).toEqual([1, '第02版：经济'])
    expect(outline.filter(([level]) => level === 2)).toHaveLength(8)
  })
})

describe('structureNewspaper on a page laid out differently', () => {
  // Indented body, a page marker, kicker and dashed deck over the headline, a 本报讯 dateline,
  // a section bullet, a caption with its credit on the next line, a doubled character across a cut.
  const page = [
    'A02 要闻',
    '',
    '聚焦乡村振兴',
    '小麦丰收季 农机忙不停',
    '——全省三夏生产进度过半',
    '',
    '□本报记者 李明 通讯员 王强',
    '',
    '\u3000\u3000本报讯 连日来，全省各地抢抓晴好天气，组织农机跨区作业，三夏生产进展顺利。截至6月20日，全省已收获小麦四千余万亩，进度过半。',
    '',
    '\u3000\u3000在德州市某合作社，二十多台收割机一字排开，金色的麦浪在机器的轰鸣声中迅速变成颗粒饱满的麦粒。合作社负责人介绍，今年小麦亩产预计比去年提高了五十多公斤，这得益于良种良法的',
    '',
    '\u3000\u3000的推广和全程机械化作业。',
    '',
    '\u3000\u3000■科技助力“颗粒归仓”',
    '',
    '\u3000\u3000今年，多地启用北斗导航收割机，作业效率提高两成以上。专家表示，智能农机的普及正在改变农业生产方式。',
    '',
    '图为农机手在田间作业。',
    '本报记者 张伟 摄',
    '',
    '城市更新让老街区焕发新活力',
    '',
    '\u3000\u3000本报济南6月23日电（记者 赵丽）记者从市住建局获悉，今年全市计划改造老旧小区一百二十个，惠及居民四万余户。',
    '',
    '\u3000\u3000改造内容包括管网更新、加装电梯、增设停车位等。',
    '',
    '责任编辑：孙红\u3000美术编辑：周洁',
  ].join('\n')

  it('finds its articles under the page marker, with kicker, deck, byline, section head, caption and credit', () => {
    expect(shape(structure(page))).toEqual([
      ['heading', 1, 'A02 要闻'],
      ['subheading', null, '聚焦乡村振兴'],
      ['heading', 2, '小麦丰收季 农机忙不停'],
      ['subheading', null, '——全省三夏生产进度过半'],
      ['byline', null, '□本报记者 李明 通讯员 王强'],
      ['paragraph', null, expect.stringMatching(/^本报讯 连日来/)],
      ['paragraph', null, expect.stringMatching(/这得益于良种良法的推广和全程机械化作业。$/)],
      ['subheading', null, '■科技助力“颗粒归仓”'],
      ['paragraph', null, expect.stringMatching(/^今年，多地启用/)],
      ['caption', null, '图为农机手在田间作业。 本报记者 张伟 摄'],
      ['separator', null, ''],
      ['heading', 2, '城市更新让老街区焕发新活力'],
      ['paragraph', null, expect.stringMatching(/^本报济南6月23日电（记者 赵丽）/)],
      ['paragraph', null, '改造内容包括管网更新、加装电梯、增设停车位等。'],
      ['credit', null, '责任编辑：孙红\u3000美术编辑：周洁'],
    ])
  })
})

describe('structureNewspaper on exported People’s Daily articles', () => {
  for (const file of RMRB) {
    const text = readFileSync(join(RMRB_DIR, file), 'utf8')
    const lines = text.split('\n')
    const exportAt = lines.flatMap((l, i) => (/^(作者：|时间：)/u.test(l) ? [i] : []))

    it(`${file}: one headline per article, the export line as its byline`, () => {
      const drafts = structure(text)!
      expect(drafts).not.toBeNull()
      const found = articles(drafts)
      expect(found).toHaveLength(exportAt.length)
      exportAt.forEach((at, n) => {
        // The headline group is the run of lines directly above the export line.
        const group: string[] = []
        for (let k = at - 1; k >= 0 && lines[k]!.trim() !== '' && group.length < 3; k--)
          group.push(lines[k]!.trim())
        expect(group).toContain(found[n]![0]!.text)
        expect(found[n]!.find((d) => d.type === 'byline')?.text).toBe(lines[at]!.trim())
      })
      expect(assemble(drafts).outline).toHaveLength(exportAt.length)
    })

    it(`${file}: datelines stay at the start of their paragraphs`, () => {
      const paragraphs = new Set(
        structure(text)!
          .filter((d) => d.type === 'paragraph')
          .map((d) => d.text),
      )
      const datelined = lines
        .map((l) => l.trim())
        .filter((l) => /^据?(本报|新华社)[^，。]{0,12}?[0-9０-９]+月[0-9０-９]+日电/u.test(l))
      expect(datelined.length).toBeGreaterThan(0)
      for (const line of datelined) expect(paragraphs).toContain(line)
    })

    it(`${file}: the same articles without the full-width indents`, () => {
      const drafts = structure(text.replace(/^\u3000+/gmu, ''))!
      expect(articles(drafts)).toHaveLength(exportAt.length)
    })
  }

  it('joins a photo caption with the agency line under it and keeps the reporter line a byline', () => {
    const text = readFileSync(
      join(
        RMRB_DIR,
        RMRB.find((f) => f.includes('2011-12-20'))!,
      ),
      'utf8',
    )
    const drafts = structure(text)!
    const captions = drafts.filter((d) => d.type === 'caption').map((d) => d.text)
    expect(
      captions.some(
        (c) => c.startsWith('12月29日，朝鲜在平壤金日成广场') && c.endsWith(' 新华社发'),
      ),
    ).toBe(true)
    expect(drafts.filter((d) => d.type === 'byline').map((d) => d.text)).toContain(
      '本报驻朝鲜记者\u3000周之然',
    )
    // The addressees of a telegram are short lines, not section heads.
    expect(drafts.find((d) => d.text === '朝鲜劳动党中央委员会')?.type).toBe('paragraph')
  })
})

describe('structureNewspaper on books', () => {
  const novels = readdirSync(NOVEL_DIR).filter((f) => f.endsWith('.txt'))
  it.each(novels)('returns null for %s', (file) => {
    const bytes = readFileSync(join(NOVEL_DIR, file))
    const text = new TextDecoder(file.includes('gbk') ? 'gbk' : 'utf-8').decode(bytes)
    expect(structure(text)).toBeNull()
  })

  it('judges a long novel by its head, so a page pasted at its end does not turn it into a newspaper', () => {
    const novel = readFileSync(join(NOVEL_DIR, 'hongloumeng_simp_utf8_crlf.txt'), 'utf8')
    expect(structure(novel + '\n' + SAMPLE)).toBeNull()
  })
})

describe('structureNewspaper on pages laid out in ways the corpus does not show', () => {
  /** The exported articles of one file: headline lines (above the export line) and paragraphs. */
  function exportedArticles(text: string): { headline: string[]; paragraphs: string[] }[] {
    const lines = text.split('\n').map((l) => l.trim())
    const exportAt = lines.flatMap((l, i) => (/^(作者：|时间：)/u.test(l) ? [i] : []))
    return exportAt.map((at, n) => {
      let start = at
      while (start > 0 && lines[start - 1] !== '' && at - start < 3) start--
      const next = exportAt[n + 1]
      let end = next ?? lines.length
      if (next !== undefined) while (end > at + 1 && lines[end - 1] !== '') end--
      return {
        headline: lines.slice(start, at),
        paragraphs: lines.slice(at + 1, end).filter((l) => l !== ''),
      }
    })
  }

  // People's Daily articles re-laid as a print page: a date line and a page marker on top, bracketed
  // bylines, a photo caption, a paragraph cut by a column break, the editors' credit at the foot.
  const source = readFileSync(
    join(
      RMRB_DIR,
      RMRB.find((f) => f.includes('2019'))!,
    ),
    'utf8',
  )
  const chosen = exportedArticles(source)
    .filter((a) => a.paragraphs.length >= 3 && a.paragraphs.some((p) => p.length > 60))
    .slice(0, 4)
  const cut = chosen[0]!.paragraphs.find((p) => p.length > 60)!
  const page: string[] = ['2019年7月1日 星期一', '第03版 国际', '']
  chosen.forEach((article, n) => {
    page.push(...article.headline, '')
    if (n % 2 === 0) page.push('（本报记者 张 丽）', '')
    for (const paragraph of article.paragraphs.slice(0, 5)) {
      if (paragraph === cut) {
        const at = cut.search(/[，、](?=.{12})/u) + 3
        page.push('\u3000\u3000' + cut.slice(0, at), '', '', '\u3000\u3000' + cut.slice(at), '')
      } else page.push('\u3000\u3000' + paragraph, '')
    }
    if (n === 1) page.push('图为平壤街头的市民。 新华社记者 王 五摄', '')
  })
  page.push('本版责编：李 强  版式设计：赵 六')

  it('a print page made of exported articles: its articles under the page marker, furniture kept apart', () => {
    const drafts = structure(page.join('\n'))!
    const doc = assemble(drafts)
    expect(doc.outline.map((o) => [o.level, o.title])).toEqual([
      [1, '第03版 国际'],
      ...chosen.map((a) => [
        2,
        expect.stringMatching(new RegExp(`^(${a.headline.join('|')})`, 'u')),
      ]),
    ])
    expect(drafts[0]).toEqual({ type: 'furniture', text: '2019年7月1日 星期一' })
    expect(drafts[1]!.type).toBe('heading')
    expect(drafts.filter((d) => d.text === '（本报记者 张 丽）').map((d) => d.type)).toEqual([
      'byline',
      'byline',
    ])
    expect(drafts.find((d) => d.text.startsWith('图为平壤街头'))?.type).toBe('caption')
    expect(drafts.map((d) => d.text)).toContain(cut)
    expect(drafts[drafts.length - 1]).toEqual({
      type: 'credit',
      text: '本版责编：李 强  版式设计：赵 六',
    })
    for (const article of chosen)
      for (const paragraph of article.paragraphs.slice(0, 5).filter((p) => p.length > 40))
        expect(drafts.map((d) => d.text)).toContain(paragraph)
  })

  it('a commentary’s author alone under its headline is its byline', () => {
    const drafts = structure(
      [
        '第03版 国际',
        '',
        '加强友好合作 共同维护地区和平（国际时评）',
        '',
        '\u3000\u3000任寰宇',
        '',
        '\u3000\u3000今年是两国建交70周年。在新的历史起点上，双方交往日益密切，合作不断深化，成果惠及两国人民。',
        '',
        '\u3000\u3000本报北京7月10日电（记者 张璁）国务委员10日在京会见来访的客人，双方就加强合作交换了意见。',
        '',
        '\u3000\u3000双方表示，愿进一步加强交流合作。',
      ].join('\n'),
    )!
    expect(shape(drafts).slice(1, 3)).toEqual([
      ['heading', 2, '加强友好合作 共同维护地区和平（国际时评）'],
      ['byline', null, '任寰宇'],
    ])
  })

  it('an English page: masthead and date, headline with standfirst, "By" bylines, datelines, captions, a column break', () => {
    const english = [
      'THE DAILY COURIER',
      'Monday, July 1, 2019                                   Page 3 | World',
      '',
      'Rivers Rise Across the Valley as Rain Continues',
      'Thousands leave their homes as forecasters warn of more storms this week',
      '',
      'By MARIA LOPEZ',
      '',
      'LONDON — Heavy rain fell for a fourth straight day on Sunday, pushing rivers past their banks and forcing thousands of residents to leave their homes, officials said.',
      '',
      'The Environment Agency issued 42 flood warnings and said more rain was expected on Tuesday. Crews worked through the night to shore up defences along the',
      '',
      'river, using sandbags and barriers brought in from neighbouring counties.',
      '',
      'Photo: Residents wade through a flooded street in the town centre on Sunday. (Reuters)',
      '',
      'Markets Steady After Central Bank Holds Rates',
      '',
      "By David Chen and Sarah O'Neill",
      '',
      'NEW YORK (Reuters) — Stocks were little changed on Monday after the central bank left interest rates unchanged, as investors weighed signs of slowing growth.',
      '',
      'The benchmark index closed up 0.1 percent. Analysts said the decision had been widely expected.',
    ].join('\n')
    const drafts = structure(english)!
    expect(drafts).not.toBeNull()
    expect(assemble(drafts).outline.map((o) => [o.level, o.title])).toEqual([
      [1, 'Monday, July 1, 2019                                   Page 3 | World'],
      [2, 'Rivers Rise Across the Valley as Rain Continues'],
      [2, 'Markets Steady After Central Bank Holds Rates'],
    ])
    const typeOf = (start: string) => drafts.find((d) => d.text.startsWith(start))?.type
    expect(typeOf('THE DAILY COURIER')).toBe('furniture')
    expect(typeOf('Thousands leave')).toBe('subheading')
    expect(typeOf('By MARIA LOPEZ')).toBe('byline')
    expect(typeOf('By David Chen')).toBe('byline')
    expect(typeOf('LONDON —')).toBe('paragraph')
    expect(typeOf('Photo: Residents')).toBe('caption')
    expect(typeOf('The benchmark index')).toBe('paragraph')
    expect(drafts.map((d) => d.text)).toContain(
      'The Environment Agency issued 42 flood warnings and said more rain was expected on Tuesday. Crews worked through the night to shore up defences along the river, using sandbags and barriers brought in from neighbouring counties.',
    )
    expect(drafts.filter((d) => d.type === 'separator')).toHaveLength(1)
  })

  it('English wire stories one after another: headlines, agency datelines, credit lines', () => {
    const stories = [
      [
        'Oil prices rise on supply worries',
        'LONDON (Reuters) - Oil prices rose on Monday as worries about tighter supply outweighed concerns about demand.',
      ],
      [
        'Central bank keeps rates on hold',
        'FRANKFURT (Reuters) - The central bank left interest rates unchanged on Thursday, as expected.',
      ],
      [
        'Storm closes ports along the coast',
        'MANILA (Reuters) - A powerful storm forced the closure of several ports on Sunday, the coast guard said.',
      ],
    ]
    const text = stories
      .map(
        ([h, p]) =>
          `${h}\n\n${p}\n\nSchools were shut in the worst-hit areas.\n\nReporting by Jane Doe; Editing by John Smith\n`,
      )
      .join('\n\n')
    const drafts = structure(text)!
    expect(drafts).not.toBeNull()
    expect(assemble(drafts).outline.map((o) => o.title)).toEqual(stories.map(([h]) => h))
    expect(drafts.filter((d) => d.type === 'credit')).toHaveLength(3)
    expect(drafts.filter((d) => d.type === 'paragraph')).toHaveLength(6)
  })
})
