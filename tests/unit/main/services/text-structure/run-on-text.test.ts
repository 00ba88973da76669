import { describe, expect, it } from 'vitest'
import { splitRunOnLine } from '../../../../../src/main/services/text-structure/run-on-text'

describe('splitRunOnLine', () => {
  const story =
    '王冕在村學堂里讀書，看看三個年頭，已是十歲了。母親喚他到面前來說道：“兒啊！不是我有心要耽誤你。”'.repeat(
      12,
    )
  const line =
    '儒林外史第一回說楔子敷陳大義借名流隱括全文人生南北多歧路，將相神仙，也要凡人做。' +
    story +
    '且听下回分解。第二回王孝廉村學識同科周蒙師暮年登上第話說山東兖州府汶上縣有個鄉村。' +
    story +
    '也有第三回周學道校士拔真才胡屠戶行凶鬧捷報話說周進在省城要進學。' +
    story

  it('cuts before each inline chapter heading and ends the title where the story starts', () => {
    const headings = splitRunOnLine(line)
      .filter((p) => p.heading)
      .map((p) => p.text)
    expect(headings).toEqual([
      '第一回說楔子敷陳大義借名流隱括全文',
      '第二回王孝廉村學識同科周蒙師暮年登上第',
      '第三回周學道校士拔真才胡屠戶行凶鬧捷報',
    ])
  })

  it('cuts the text between headings into paragraphs at sentence ends, losing nothing', () => {
    const pieces = splitRunOnLine(line)
    const paragraphs = pieces.filter((p) => !p.heading)
    expect(paragraphs.length).toBeGreaterThan(6)
    expect(paragraphs.every((p) => p.text.length < 1_500)).toBe(true)
    expect(pieces.map((p) => p.text).join('')).toBe(line)
  })

  it('does not take a chapter mentioned mid-sentence out of order for a heading', () => {
    const text = '第一回開篇' + story + '他說起第五回的事情，' + story
    expect(splitRunOnLine(text).filter((p) => p.heading)).toHaveLength(1)
  })
})
