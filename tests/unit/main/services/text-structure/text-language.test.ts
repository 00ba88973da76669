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

  it.each([
    [
      'fr',
      "En 1815, M. Charles-François-Bienvenu Myriel était évêque de Digne. C'était un vieillard d'environ soixante-quinze ans ; il occupait le siège de Digne depuis 1806. Quoique ce détail ne touche en aucune manière au fond même de ce que nous avons à raconter, il n'est peut-être pas inutile d'indiquer ici les bruits et les propos qui avaient couru sur son compte.",
    ],
    [
      'de',
      'Als Gregor Samsa eines Morgens aus unruhigen Träumen erwachte, fand er sich in seinem Bett zu einem ungeheueren Ungeziefer verwandelt. Er lag auf seinem panzerartig harten Rücken und sah, wenn er den Kopf ein wenig hob, seinen gewölbten, braunen Bauch, auf dessen Höhe sich die Bettdecke kaum noch erhalten konnte.',
    ],
    [
      'es',
      'En un lugar de la Mancha, de cuyo nombre no quiero acordarme, no ha mucho tiempo que vivía un hidalgo de los de lanza en astillero, adarga antigua, rocín flaco y galgo corredor. Una olla de algo más vaca que carnero, salpicón las más noches, duelos y quebrantos los sábados, consumían las tres partes de su hacienda.',
    ],
    [
      'it',
      "Quel ramo del lago di Como, che volge a mezzogiorno, tra due catene non interrotte di monti, tutto a seni e a golfi, a seconda dello sporgere e del rientrare di quelli, vien, quasi a un tratto, a ristringersi, e a prender corso e figura di fiume, tra un promontorio a destra, e un'ampia costiera dall'altra parte.",
    ],
    [
      'pt',
      'Uma noite destas, vindo da cidade para o Engenho Novo, encontrei no trem da Central um rapaz aqui do bairro, que eu conheço de vista e de chapéu. Cumprimentou-me, sentou-se ao pé de mim, falou da lua e dos ministros, e acabou recitando-me versos. A viagem era curta, e os versos pode ser que não fossem inteiramente maus.',
    ],
  ])('%s from its common words', (language, text) => {
    expect(guessLanguage(text)).toBe(language)
  })

  it('stays unsure of Latin text in a language it does not know', () => {
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
