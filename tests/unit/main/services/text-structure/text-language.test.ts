import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { importDocument } from '../../../../../src/main/services/importers/import-document'
import { guessLanguage } from '../../../../../src/main/services/text-structure/text-language'

/** Opening sentences of public-domain books, enough for a guess from the script. */
const OPENINGS: [string, string][] = [
  [
    'ru',
    'Все счастливые семьи похожи друг на друга, каждая несчастливая семья несчастлива по-своему.',
  ],
  ['uk', 'Якби ви знали, паничі, як живеться нам, бідним, і як тяжко, то й ви б не сміялися.'],
  [
    'el',
    'Άνδρα μοι έννεπε, Μούσα, πολύτροπον, ος μάλα πολλά πλάγχθη, επεί Τροίης ιερόν πτολίεθρον έπερσε.',
  ],
  ['he', 'בראשית ברא אלהים את השמים ואת הארץ. והארץ היתה תהו ובהו וחשך על פני תהום.'],
  ['ar', 'كان يا ما كان في قديم الزمان، وسالف العصر والأوان، ملك من ملوك ساسان، له جند وأعوان.'],
  [
    'fa',
    'یکی بود یکی نبود، غیر از خدا هیچ‌کس نبود. پادشاهی بود که چهار پسر داشت و در شهری بزرگ زندگی می‌کرد.',
  ],
  ['th', 'กาลครั้งหนึ่งนานมาแล้ว ยังมีพระราชาองค์หนึ่งครองเมืองอันกว้างใหญ่ไพศาล ประชาชนอยู่เย็นเป็นสุขทั่วหน้า'],
  [
    'ko',
    '새침하게 흐린 품이 눈이 올 듯하더니 눈은 아니 오고 얼다가 만 비가 추적추적 내리는 날이었다.',
  ],
  [
    'en',
    'It is a truth universally acknowledged, that a single man in possession of a good fortune, must be in want of a wife.',
  ],
]

describe('the language of a text', () => {
  it.each(OPENINGS)('%s from its script', (language, text) => {
    expect(guessLanguage(text)).toBe(language)
  })

  it('stays unsure of Latin text that is not English', () => {
    expect(
      guessLanguage(
        'Litwo! Ojczyzno moja! ty jesteś jak zdrowie. Ile cię trzeba cenić, ten tylko się dowie.',
      ),
    ).toBeNull()
  })

  it('is told for books in legacy encodings', async () => {
    const text = `الفصل الأول\n\n${OPENINGS[4]![1]}\n`
    const doc = await importDocument(
      new Uint8Array(iconv.encode(text, 'windows-1256')),
      'ألف ليلة.txt',
    )
    expect(doc.encoding).toBe('windows-1256')
    expect(doc.language).toBe('ar')
  })
})
