import { describe, expect, it } from 'vitest'
import {
  importPage as importText,
  NEWSPAPER_PAGE as SAMPLE,
  textsOfType as ofType,
} from '../../../../support/newspaper-page'
import {
  isCaption,
  isJumpLine,
} from '../../../../../src/main/services/text-structure/newspaper-line-kinds'

/**
 * Print pages send an article on to another page and take it up there: `（转第六版）`,
 * `（上接第一版）`, `Continued on Page A12`. Those lines belong to their article; they are no
 * page heading and no headline, and the headline after them stays a headline.
 */

describe('jump lines on a Chinese page', () => {
  const original = importText(SAMPLE)
  const headlines = original.outline.map((o) => o.title)
  const lastOfFirst = '丁薛祥、王毅、何立峰等参加会晤。'

  for (const jump of ['（转第六版）', '（下转第2版）', '转A3版', '（續第五版）']) {
    it(`keeps ${jump} with its article and the next headline in the contents`, () => {
      for (const indent of ['', '\u3000\u3000']) {
        const text = SAMPLE.replace(lastOfFirst, `${lastOfFirst}\n${indent}${jump}`)
        const doc = importText(text)
        expect(doc.outline.map((o) => o.title)).toEqual(headlines)
        expect(ofType(doc, 'furniture')).toContain(jump)
        expect(ofType(doc, 'paragraph')).toEqual(ofType(original, 'paragraph'))
        const at = doc.blocks.findIndex((b) => b.text === jump)
        expect(doc.blocks[at - 1]!.text).toBe(lastOfFirst)
      }
    })
  }
})

describe('an English page with a jump and a photo credit', () => {
  const body = [
    'The measure, which passed 51 to 49 after a night of debate, would keep the government open through September and add money for disaster relief.',
    'Leaders of both parties said they expected the House to take up the bill later this week, though several members have said they will vote against it.',
  ]
  const page = [
    'THE DAILY COURIER',
    'Tuesday, March 12, 2024',
    '',
    'Senate Passes Sweeping Budget Deal',
    'Measure heads to House after late-night vote',
    '',
    'By JOHN SMITH',
    '',
    `WASHINGTON — ${body[0]}`,
    '',
    body[1]!,
    '',
    'Continued on Page A12',
    '',
    'Storm Leaves Thousands Without Power',
    '',
    'By ALICE BROWN',
    '',
    `BOSTON — ${body[1]}`,
    '',
    'A firefighter surveys damage on Main Street on Monday. (AP Photo/Tom Green)',
    '',
    body[0]!,
  ]

  it('lists both headlines and no page called "Continued on Page A12"', () => {
    const doc = importText(page.join('\n'))
    expect(doc.outline.map((o) => o.title)).toEqual([
      'Senate Passes Sweeping Budget Deal',
      'Storm Leaves Thousands Without Power',
    ])
    expect(ofType(doc, 'furniture')).toContain('Continued on Page A12')
    expect(ofType(doc, 'caption')).toEqual([
      'A firefighter surveys damage on Main Street on Monday. (AP Photo/Tom Green)',
    ])
  })

  it('tells jump lines and photo credits from prose', () => {
    for (const line of ['Continued from Page A1', 'See BUDGET, Page A12', '(Continued on page 4)'])
      expect(isJumpLine(line), line).toBe(true)
    for (const line of ['Continued on a new path, the party left at dawn.', '转眼到了第二年'])
      expect(isJumpLine(line), line).toBe(false)
    for (const line of [
      'Rescuers search the rubble. (Reuters/Jane Roe)',
      'The mayor speaks on Monday. Photo by Sam Ortiz',
      'Crowds gather at dawn. (Photo courtesy of the city)',
    ])
      expect(isCaption(line), line).toBe(true)
    expect(isCaption('She said the photo by the door was her favourite.')).toBe(false)
  })
})
