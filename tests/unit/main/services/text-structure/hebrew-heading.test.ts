import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { importDocument } from '../../../../../src/main/services/importers/import-document'
import { matchChapterHeading } from '../../../../../src/main/services/text-structure/chapter-heading'

describe('Hebrew chapter headings', () => {
  it.each([
    ['פרק א', 3, 1],
    ["פרק א'", 3, 1],
    ['פרק ג׳', 3, 3],
    ['פרק י״ב', 3, 12],
    ['פרק טו', 3, 15],
    ['פרק כ״א: השיבה', 3, 21],
    ['פרק 1', 3, 1],
    ['פרק ראשון', 3, 1],
    ['פרק שני - הבית', 3, 2],
    ['חלק ב', 1, 2],
    ['ספר שלישי', 2, 3],
  ])('%s is a heading of rank %i numbered %i', (line, rank, number) => {
    expect(matchChapterHeading(line)).toMatchObject({ rank, number })
  })

  it.each(['פרק זה', 'פרק זה עוסק בשאלה', 'פרק את הארגזים', 'פרק א עוסק בשאלה', 'פרק יה'])(
    '%s is not a heading',
    (line) => expect(matchChapterHeading(line)).toBeNull(),
  )

  it('give a Hebrew book in Windows-1255 its chapters', async () => {
    const body =
      'היה היה פעם, בעיר קטנה, איש שאהב ספרים יותר מכל דבר אחר בעולם.\n\n' +
      'בכל בוקר פתח את חנותו, סידר את הספרים וחיכה ללקוחות שלא באו.\n\n'
    const headings = ['פרק א', 'פרק ב', 'פרק ג׳', 'פרק 4']
    const text = headings.map((h) => `${h}\n\n${body}`).join('')
    const doc = await importDocument(new Uint8Array(iconv.encode(text, 'windows-1255')), 'ספר.txt')
    expect(doc.language).toBe('he')
    expect(doc.outline.map((entry) => entry.title)).toEqual(headings)
  })
})
