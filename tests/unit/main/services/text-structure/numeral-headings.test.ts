import { describe, expect, it } from 'vitest'
import { structureBook } from '../../../../../src/main/services/text-structure/book-structure'
import { storyParagraphs } from '../../../../support/story-paragraphs'

const story = storyParagraphs()
let next = 0
/** Indented story paragraphs, as a Chinese TXT sets them. */
function chapterText(paragraphs = 3): string[] {
  const lines: string[] = []
  for (let k = 0; k < paragraphs; k++) lines.push(`\u3000\u3000${story[next++ % story.length]!}`)
  return lines
}

function outlineOf(lines: string[]): string[] {
  return structureBook(lines).outline.map((e) => `${e.level} ${e.title}`)
}

describe('chapters numbered by a numeral alone on their line', () => {
  it('lists 一, 二, 三 as chapters under 上卷 and 下卷, numbered on across the volumes', () => {
    const lines = ['上卷', '']
    for (const n of ['一', '二', '三']) lines.push(n, '', ...chapterText(), '')
    lines.push('下卷', '')
    for (const n of ['四', '五', '六']) lines.push(n, '', ...chapterText(), '')
    expect(outlineOf(lines)).toEqual([
      '1 上卷',
      '2 一',
      '2 二',
      '2 三',
      '1 下卷',
      '2 四',
      '2 五',
      '2 六',
    ])
  })

  it('lists （一） chapters starting again under each 第N部, and takes a short title line under one', () => {
    const lines = ['第一部 故乡', '']
    for (const n of ['（一）', '（二）', '（三）']) lines.push(n, ...chapterText())
    lines.push('第二部 远方', '')
    lines.push('（一）', '归来', ...chapterText(), '（二）', ...chapterText())
    expect(outlineOf(lines)).toEqual([
      '1 第一部 故乡',
      '2 （一）',
      '2 （二）',
      '2 （三）',
      '1 第二部 远方',
      '2 （一） 归来',
      '2 （二）',
    ])
  })

  it('makes numerals sections of the 第N章 chapters they stand in', () => {
    const lines: string[] = []
    for (const chapter of ['第一章 开端', '第二章 发展']) {
      lines.push(chapter)
      for (const n of ['1', '2']) lines.push(n, ...chapterText(2))
    }
    expect(outlineOf(lines)).toEqual(['1 第一章 开端', '2 1', '2 2', '1 第二章 发展', '2 1', '2 2'])
  })

  it('reads an English book whose chapters are roman numerals alone on a line', () => {
    const prose =
      'It was a cold morning when the carriage stopped at the gate, and nobody in the house had expected a visitor so early in the season; the servants ran about, the dogs barked, and the old gentleman came down in his slippers to see what the matter was.'
    const lines: string[] = []
    for (const n of ['I.', 'II.', 'III.', 'IV.']) lines.push(n, '', prose, '', prose, '')
    expect(outlineOf(lines)).toEqual(['1 I.', '1 II.', '1 III.', '1 IV.'])
  })

  const prose =
    'It was a cold morning when the carriage stopped at the gate, and nobody in the house had expected a visitor so early in the season; the servants ran about, the dogs barked, and the old gentleman came down in his slippers to see what the matter was.'

  it('reads numbered chapter titles after a contents list that runs straight into chapter I', () => {
    const titles = ['A SCANDAL IN BOHEMIA', 'THE RED-HEADED LEAGUE', 'A CASE OF IDENTITY']
    const numerals = ['I', 'II', 'III']
    const lines = ['Contents', '']
    titles.forEach((t, k) => lines.push(`   ${numerals[k]}.     ${t}`))
    lines.push('')
    titles.forEach((t, k) => lines.push(`${numerals[k]}. ${t}`, '', prose, '', prose, ''))
    expect(outlineOf(lines)).toEqual(titles.map((t, k) => `1 ${numerals[k]}. ${t}`))
    // The contents are a list, as a contents of CHAPTER lines is.
    const listed = structureBook(lines).drafts.filter((d) => d.type === 'list-item')
    expect(listed.map((d) => d.text)).toEqual(titles.map((t, k) => `${numerals[k]}.     ${t}`))
  })

  it('reads chapters spelled out (ONE, TWO) over their title line, and 1. The Storm', () => {
    const spelled: string[] = []
    for (const [n, t] of [
      ['ONE', 'The Storm'],
      ['TWO', 'After the Rain'],
      ['THREE', 'Homecoming'],
    ])
      spelled.push(n!, '', t!, '', prose, '', prose, '')
    expect(outlineOf(spelled)).toEqual([
      '1 ONE The Storm',
      '1 TWO After the Rain',
      '1 THREE Homecoming',
    ])
    const arabic: string[] = []
    for (const [k, t] of ['The Storm', 'After the Rain', 'Homecoming'].entries())
      arabic.push(`${k + 1}. ${t}`, '', prose, '', prose, '')
    expect(outlineOf(arabic)).toEqual(['1 1. The Storm', '1 2. After the Rain', '1 3. Homecoming'])
  })

  it('leaves numbered sentences and steps as text', () => {
    const lines: string[] = []
    for (const [k, step] of [
      'Open the gate.',
      'Walk to the house.',
      'Knock twice, then wait.',
    ].entries())
      lines.push(`${k + 1}. ${step}`, '', prose, '')
    expect(structureBook(lines).drafts.filter((d) => d.type === 'heading')).toEqual([])
  })

  it('leaves subtitle cue numbers and a numbered list as text', () => {
    const cues: string[] = []
    for (let k = 1; k <= 12; k++)
      cues.push(
        String(k),
        `00:00:${String(k * 3).padStart(2, '0')},000 --> 00:00:${String(k * 3 + 2).padStart(2, '0')},000`,
        story[k]!.slice(0, 16),
        '',
      )
    const book = structureBook(cues)
    expect(book.drafts.some((d) => d.type === 'heading')).toBe(false)

    const list = ['准备工作如下：', '一', '二', '三', ...chapterText(4)]
    expect(structureBook(list).drafts.filter((d) => d.type === 'heading')).toEqual([])
  })
})
