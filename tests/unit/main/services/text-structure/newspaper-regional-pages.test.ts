import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import iconv from 'iconv-lite'
import * as OpenCC from 'opencc-js'
import { describe, expect, it } from 'vitest'
import { parseTxt } from '../../../../../src/main/services/importers/txt'
import {
  isByline,
  isCaption,
  isCredit,
  isTimeLine,
  isPageDate,
  isPageMarker,
  startsWithDateline,
} from '../../../../../src/main/services/text-structure/newspaper-line-kinds'
import { importPage, textsOfType as ofType } from '../../../../support/newspaper-page'
import { storyParagraphs } from '../../../../support/story-paragraphs'

/** Page shapes of Hong Kong, Japanese and English papers that the shared page does not have. */
describe('a Hong Kong page', () => {
  // Taiwan forms: OpenCC's Hong Kong ones (説) are not all in Big5-HKSCS.
  const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' })
  const story = storyParagraphs().slice(30, 34).map(toTraditional)
  const page = [
    '明報　2022年6月24日（星期五）　A12　中國',
    '',
    '金磚峰會視像舉行',
    '',
    `【本報訊】${story[0]}`,
    '',
    story[1],
    '',
    '圖：金磚五國領導人視像「雲合影」。（新華社圖片）',
    '',
    '颱風逼近　天文台發三號風球',
    '',
    `【明報專訊】${story[2]}`,
    '',
    story[3],
    '',
    '圖／記者王大明攝',
    '',
    '（編輯：陳小玲）',
  ].join('\r\n')

  it('takes a folio line with the date and page code (A12) for the page, each headline an article under it', () => {
    const doc = parseTxt(iconv.encode(page, 'big5-hkscs'), 'page.txt')
    expect(doc.outline.map((o) => [o.title, o.level])).toEqual([
      ['明報　2022年6月24日（星期五）　A12　中國', 1],
      ['金磚峰會視像舉行', 2],
      ['颱風逼近', 2],
    ])
    expect(ofType(doc, 'paragraph')).toEqual([
      `【本報訊】${story[0]}`,
      story[1],
      `【明報專訊】${story[2]}`,
      story[3],
    ])
    expect(ofType(doc, 'caption')).toEqual([
      '圖：金磚五國領導人視像「雲合影」。（新華社圖片）',
      '圖／記者王大明攝',
    ])
    expect(ofType(doc, 'credit')).toEqual(['（編輯：陳小玲）'])
    expect(ofType(doc, 'byline')).toEqual([])
  })

  it('tells the folio, the 本報訊 dateline and a photographer’s credit from other lines', () => {
    expect(isPageMarker('明報　2022年6月24日（星期五）　A12　中國')).toBe(true)
    expect(isPageMarker('G20峰會 2022年11月15日 印尼開幕')).toBe(false)
    expect(startsWithDateline('【本報訊】天文台今日表示')).toBe(true)
    expect(startsWithDateline('【明報專訊】天文台今日表示')).toBe(true)
    expect(startsWithDateline('【專題】天文台今日表示')).toBe(false)
    expect(isCredit('（編輯：陳小玲）')).toBe(true)
    expect(isCredit('（編輯部認為，這一做法值得推廣。）')).toBe(false)
  })
})

describe('a Japanese page', () => {
  const page = [
    '2022年（令和4年）6月24日　金曜日　　　国際　　　7',
    '',
    'ＢＲＩＣＳ首脳会議　中国が議長国',
    '「質の高い協力関係を」　習氏が演説',
    '',
    '【北京＝山田太郎】中国の習近平国家主席は２３日夜、北京でオンライン形式の新興５か国首脳会議を主宰した。ロシアのプーチン大統領、インドのモディ首相らが出席した。',
    '',
    '習氏は演説で「世界は百年に一度の大きな変化の中にある」と述べ、加盟国が結束して新型コロナウイルスや経済の減速に対応するよう呼びかけた。',
    '',
    '写真　オンラインで開かれた首脳会議で演説する習近平国家主席＝２３日、北京（新華社＝共同）',
    '',
    '米、対中関税の見直し検討',
    '物価高対策で一部引き下げも',
    '',
    '【ワシントン＝佐藤花子】バイデン米政権は、前政権が発動した対中制裁関税の一部引き下げを検討している。記録的な物価高への対策の一環で、消費財を中心に税率を下げる案が浮上している。',
    '',
    '政権内では、中国への譲歩と受け取られかねないとの慎重論も根強い。大統領は近く最終判断する見通しだ。（ワシントン　佐藤花子）',
    '',
    'ＥＵ、ウクライナを加盟候補国に',
    '',
    '【ブリュッセル共同】欧州連合は２３日の首脳会議で、ウクライナとモルドバを加盟候補国とすることで合意した。ロシアの侵攻が続く中、欧州の結束を示す狙いがある。',
  ].join('\n')

  it('reads as a newspaper page: its articles under the date line, datelines kept in their paragraphs, the photo caption', () => {
    const doc = parseTxt(iconv.encode(page, 'shift_jis'), 'page.txt')
    expect(doc.language).toBe('ja')
    expect(doc.outline.map((o) => o.title)).toEqual([
      'ＢＲＩＣＳ首脳会議　中国が議長国',
      '米、対中関税の見直し検討',
      'ＥＵ、ウクライナを加盟候補国に',
    ])
    expect(ofType(doc, 'subheading')).toEqual([
      '「質の高い協力関係を」　習氏が演説',
      '物価高対策で一部引き下げも',
    ])
    expect(ofType(doc, 'furniture')).toEqual(['2022年（令和4年）6月24日　金曜日　　　国際　　　7'])
    expect(ofType(doc, 'caption')).toEqual([
      '写真　オンラインで開かれた首脳会議で演説する習近平国家主席＝２３日、北京（新華社＝共同）',
    ])
    expect(ofType(doc, 'paragraph')).toHaveLength(5)
  })

  it('tells Japanese datelines, captions and date lines by their shape', () => {
    expect(startsWithDateline('【ワシントン＝佐藤花子】バイデン米政権は')).toBe(true)
    expect(startsWithDateline('【ブリュッセル共同】欧州連合は')).toBe(true)
    expect(startsWithDateline('【写真】首脳会議')).toBe(false)
    expect(isCaption('写真　演説する習近平国家主席＝２３日、北京（新華社＝共同）')).toBe(true)
    expect(isCaption('記者会見するイエレン財務長官＝２２日、ワシントン（ロイター）')).toBe(true)
    expect(isCaption('写真はイメージです、と彼は言った。')).toBe(false)
    expect(isPageDate('2022年（令和4年）6月24日　金曜日')).toBe(true)
    expect(isPageDate('2022年6月24日（金）')).toBe(true)
  })
})

describe('an English page exported as text', () => {
  const SHARED = join(import.meta.dirname, '../../../../../../shared')
  const novel = readFileSync(join(SHARED, 'corpus/txt/pride_and_prejudice_pg1342_utf8.txt'), 'utf8')
  const body = novel
    .split(/\r?\n\r?\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 300)
    .slice(20, 26)
  const page = [
    'WORLD',
    '',
    'Leaders Pledge Closer Ties at Virtual Summit',
    '',
    'By Jane Doe',
    '',
    `BEIJING — ${body[0]}`,
    '',
    body[1],
    '',
    '— Reuters',
    '',
    'SPORTS',
    '',
    'Local Side Wins Cup After Extra Time',
    '',
    'By JOHN SMITH',
    '',
    body[2],
    '',
    body[3],
    '',
    'BUSINESS',
    '',
    'Shares Slide as Rates Rise',
    '',
    `NEW YORK (AP) — ${body[4]}`,
    '',
    body[5],
    '',
    '— Associated Press',
  ].join('\n')

  it('keeps a wire sign-off (— Reuters) with its story as a credit, and each section slug over its headline', () => {
    const doc = importPage(page)
    expect(doc.outline.map((o) => o.title)).toEqual([
      'Leaders Pledge Closer Ties at Virtual Summit',
      'Local Side Wins Cup After Extra Time',
      'Shares Slide as Rates Rise',
    ])
    expect(ofType(doc, 'credit')).toEqual(['— Reuters', '— Associated Press'])
  })

  it('tells sign-offs from dashes opening prose', () => {
    for (const line of ['— Reuters', '—AP', '– Associated Press', '-- Staff and agencies'])
      expect(isCredit(line), line).toBe(true)
    for (const line of ['— and then he left.', '— What a day', '—'])
      expect(isCredit(line), line).toBe(false)
  })
})

describe('articles saved from news sites, each headline over its date and time', () => {
  it('read a Japanese site’s articles one after another, with their closing agency and writer lines', () => {
    const text = [
      '米、対中関税の見直し検討',
      '2022年6月24日 10時30分',
      '',
      'バイデン米政権は、前政権が発動した対中制裁関税の一部引き下げを検討している。記録的な物価高への対策の一環で、消費財を中心に税率を下げる案が浮上している。',
      '',
      '政権内では、中国への譲歩と受け取られかねないとの慎重論も根強い。大統領は近く最終判断する見通しだ。',
      '',
      '（共同）',
      '',
      'ＥＵ、ウクライナを加盟候補国に',
      '2022年6月24日 11時05分',
      '',
      '北京＝山田太郎',
      '',
      '欧州連合は２３日の首脳会議で、ウクライナとモルドバを加盟候補国とすることで合意した。ロシアの侵攻が続く中、欧州の結束を示す狙いがある。',
      '',
      '（ブリュッセル＝鈴木一郎）',
    ].join('\n')
    const doc = importPage(text)
    expect(doc.outline.map((o) => o.title)).toEqual([
      '米、対中関税の見直し検討',
      'ＥＵ、ウクライナを加盟候補国に',
    ])
    expect(ofType(doc, 'byline')).toEqual([
      '2022年6月24日 10時30分',
      '2022年6月24日 11時05分',
      '北京＝山田太郎',
      '（ブリュッセル＝鈴木一郎）',
    ])
    expect(ofType(doc, 'credit')).toEqual(['（共同）'])
    expect(ofType(doc, 'paragraph')).toHaveLength(3)
  })

  it('read one Chinese web article: its headline, the time and source line, the editor’s credit', () => {
    const text = [
      '金砖国家领导人第十四次会晤在北京举行',
      '2022-06-24 10:30:15\u3000来源：新华网',
      '',
      '新华社北京6月23日电 国家主席习近平23日晚在北京以视频方式主持金砖国家领导人第十四次会晤。南非总统拉马福萨、巴西总统博索纳罗、俄罗斯总统普京、印度总理莫迪出席。',
      '',
      '人民大会堂东大厅花团锦簇，金砖五国国旗整齐排列，与金砖标识交相辉映。晚8时许，金砖五国领导人集体“云合影”，会晤开始。',
      '',
      '【责任编辑：王小明】',
    ].join('\n')
    const doc = importPage(text)
    expect(doc.outline.map((o) => o.title)).toEqual(['金砖国家领导人第十四次会晤在北京举行'])
    expect(ofType(doc, 'byline')).toEqual(['2022-06-24 10:30:15\u3000来源：新华网'])
    expect(ofType(doc, 'credit')).toEqual(['【责任编辑：王小明】'])
    expect(ofType(doc, 'paragraph')).toHaveLength(2)
  })

  it('tell a time line from a page date and from prose', () => {
    expect(isTimeLine('2022年6月24日 10時30分')).toBe(true)
    expect(isTimeLine('2022-06-24 10:30:15\u3000来源：新华网')).toBe(true)
    expect(isTimeLine('2022年6月24日 星期五')).toBe(false)
    expect(isTimeLine('2022年6月24日10时30分，记者来到了现场。')).toBe(false)
    expect(isTimeLine('2022-06-24 10:30:15 张三')).toBe(false)
    expect(isByline('北京＝山田太郎')).toBe(true)
    expect(isByline('（ワシントン＝佐藤花子）')).toBe(true)
    expect(isByline('円相場＝１ドル＝１３５円')).toBe(false)
    expect(isCredit('（時事）')).toBe(true)
  })
})

describe('a chat log saved as text', () => {
  it('stays loose lines: a time over each message is no headline’s date', () => {
    const messages = [
      '你好',
      '在吗？',
      '明天的会议几点开始',
      '下午三点，在三楼会议室',
      '好的，我会准时到',
    ]
    const text = Array.from({ length: 30 }, (_, i) => [
      `2022-06-24 10:${String(i).padStart(2, '0')}:15`,
      `${i % 2 ? '李四' : '张三'}：${messages[i % messages.length]}`,
    ])
      .flat()
      .join('\n')
    const doc = importPage(text)
    expect(doc.outline).toEqual([])
    expect(ofType(doc, 'heading')).toEqual([])
    expect(ofType(doc, 'byline')).toEqual([])
  })
})

describe('English articles copied from a news site', () => {
  const SHARED = join(import.meta.dirname, '../../../../../../shared')
  const novel = readFileSync(join(SHARED, 'corpus/txt/pride_and_prejudice_pg1342_utf8.txt'), 'utf8')
  const body = novel
    .split(/\r?\n\r?\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 300)
    .slice(40, 46)
  const text = [
    'Leaders Pledge Closer Ties at Virtual Summit',
    'The five-nation bloc sought to project unity as the war strains the global economy.',
    '',
    'By Jane Doe',
    'June 24, 2022, 10:30 a.m. ET',
    '',
    `BEIJING — ${body[0]}`,
    '',
    body[1],
    '',
    'President Xi speaks during the virtual summit on Thursday. Photo: Getty Images',
    '',
    body[2],
    '',
    'Shares Slide as Rates Rise',
    '',
    'By John Smith and Mary Jones',
    'Published June 24, 2022 Updated June 24, 2022, 4:05 p.m. ET',
    '',
    `NEW YORK — ${body[3]}`,
    '',
    body[4],
    '',
    'Advertisement',
    '',
    body[5],
  ].join('\n')

  it('lists each headline once, its standfirst a sub-headline, its dates with the byline and the ad label as furniture', () => {
    const doc = importPage(text)
    expect(doc.outline.map((o) => o.title)).toEqual([
      'Leaders Pledge Closer Ties at Virtual Summit',
      'Shares Slide as Rates Rise',
    ])
    expect(ofType(doc, 'subheading')).toEqual([
      'The five-nation bloc sought to project unity as the war strains the global economy.',
    ])
    expect(ofType(doc, 'byline')).toEqual([
      'By Jane Doe',
      'June 24, 2022, 10:30 a.m. ET',
      'By John Smith and Mary Jones',
      'Published June 24, 2022 Updated June 24, 2022, 4:05 p.m. ET',
    ])
    expect(ofType(doc, 'furniture')).toEqual(['Advertisement'])
    expect(ofType(doc, 'paragraph')).toHaveLength(6)
  })

  it('tells a story’s time line from prose that mentions a date', () => {
    for (const line of [
      'June 24, 2022, 10:30 a.m. ET',
      'Updated: June 24, 2022 at 4:05 PM EDT',
      'Published 10:30 AM EDT, Fri June 24, 2022',
      'Posted Jun 24, 2022',
    ])
      expect(isTimeLine(line), line).toBe(true)
    for (const line of ['June 24, 2022 was the day it all changed', 'Published in 1813 by Egerton'])
      expect(isTimeLine(line), line).toBe(false)
  })
})
