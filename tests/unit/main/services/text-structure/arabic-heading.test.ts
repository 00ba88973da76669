import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { importDocument } from '../../../../../src/main/services/importers/import-document'
import { matchChapterHeading } from '../../../../../src/main/services/text-structure/chapter-heading'

describe('Arabic and Persian chapter headings', () => {
  it.each([
    ['الفصل الأول', 3, 1],
    ['الفصل الاول', 3, 1],
    ['الفصل الثاني', 3, 2],
    ['الفصل الثانى', 3, 2],
    ['الفصل 3', 3, 3],
    ['الفصل ١٢', 3, 12],
    ['الفصل الحادي عشر', 3, 11],
    ['الفصل الحادي والعشرون', 3, 21],
    ['الفصل الخامس والأربعون: العودة', 3, 45],
    ['الباب الأول', 2, 1],
    ['الباب الثالث في فضل العلم', 2, 3],
    ['الجزء الثاني', 1, 2],
    ['\u200fالفصل الأول', 3, 1],
    ['فصل اول', 3, 1],
    ['فصل ۱', 3, 1],
    ['فصل یکم', 3, 1],
    ['فصل سوم: بازگشت', 3, 3],
    ['فصل بیست و یکم', 3, 21],
    ['فصل سی‌ام', 3, 30],
    ['بخش دوم', 1, 2],
  ])('%s is a heading of rank %i numbered %i', (line, rank, number) => {
    expect(matchChapterHeading(line)).toMatchObject({ rank, number })
  })

  it.each([
    'الفصل الأول من الرواية يبدأ في القاهرة',
    'فصل الشتاء',
    'الباب مفتوح',
    'الفصل الأول في المدرسة كان يوما جميلا.',
    'فصل اول کتاب را خواندم و خوابیدم',
  ])('%s is not a heading', (line) => {
    expect(matchChapterHeading(line)).toBeNull()
  })

  it('give an Arabic novel in Windows-1256 its chapters, read right to left', async () => {
    const body =
      'كان يا ما كان في قديم الزمان، رجل يحب الكتب أكثر من أي شيء آخر في العالم.\n\n' +
      'في كل صباح كان يفتح متجره ويرتب الكتب وينتظر الزبائن الذين لا يأتون.\n\n'
    const headings = ['الفصل الأول', 'الفصل الثاني', 'الفصل 3', 'الفصل الرابع: العودة']
    const text = headings.map((h) => `${h}\n\n${body}`).join('')
    const doc = await importDocument(
      new Uint8Array(iconv.encode(text, 'windows-1256')),
      'رواية.txt',
    )
    expect(doc.language).toBe('ar')
    expect(doc.outline.map((entry) => entry.title)).toEqual(headings)
  })

  it('give a Persian book its فصل chapters in Persian digits and words', async () => {
    const body =
      'روزی روزگاری در شهری کوچک مردی زندگی می‌کرد که کتاب‌ها را بیش از هر چیز دیگری دوست داشت.\n\n'
    const headings = ['فصل اول', 'فصل دوم', 'فصل ۳', 'فصل چهارم']
    const text = headings.map((h) => `${h}\n\n${body}`).join('')
    const doc = await importDocument(new TextEncoder().encode(text), 'کتاب.txt')
    expect(doc.outline.map((entry) => entry.title)).toEqual(headings)
  })
})
