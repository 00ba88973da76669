import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { importDocument } from '../../../../../src/main/services/importers/import-document'
import { matchChapterHeading } from '../../../../../src/main/services/text-structure/chapter-heading'

/** 현진건 「운수 좋은 날」 (1924, public domain), a few sentences a chapter. */
const KOREAN_CHAPTERS = [
  '새침하게 흐린 품이 눈이 올 듯하더니 눈은 아니 오고 얼다가 만 비가 추적추적 내리는 날이었다. 이날이야말로 동소문 안에서 인력거꾼 노릇을 하는 김첨지에게는 오래간만에도 닥친 운수 좋은 날이었다.',
  '문안에 들어간답시는 앞집 마나님을 전찻길까지 모셔다 드린 것을 비롯으로 행여나 손님이 있을까 하고 정류장에서 어정어정하며 내리는 사람 하나하나에게 거의 비는 듯한 눈결을 보내고 있다가.',
  '그의 아내가 기침으로 쿨룩거리기는 벌써 달포가 넘었다. 조밥도 굶기를 먹다시피 하는 형편이니 물론 약 한 첩 써본 일이 없다.',
]

describe('Korean chapter headings', () => {
  it.each([
    '제1장',
    '제 12 장 운수 좋은 날',
    '제3화',
    '제2권',
    '12화',
    '12화. 귀환',
    '프롤로그',
    '외전 2',
    '작가의 말',
  ])('%s is a heading', (line) => expect(matchChapterHeading(line)).not.toBeNull())

  it.each([
    '제1장에서 우리는 그를 보았다.',
    '12화를 다 보았다.',
    '제3화, 그리고 다음 이야기가',
    '프롤로그가 너무 길었다.',
  ])('%s is a sentence', (line) => expect(matchChapterHeading(line)).toBeNull())

  it('give a Korean novel in EUC-KR its contents', async () => {
    const text = KOREAN_CHAPTERS.map(
      (body, i) => `제${i + 1}장 ${['운수 좋은 날', '비', '설렁탕'][i]}\r\n\r\n${body}\r\n\r\n`,
    ).join('')
    const doc = await importDocument(
      new Uint8Array(iconv.encode(`운수 좋은 날\r\n\r\n${text}`, 'euc-kr')),
      '운수 좋은 날.txt',
    )
    expect(doc.encoding).toBe('euc-kr')
    expect(doc.outline.map((entry) => entry.title)).toEqual([
      '제1장 운수 좋은 날',
      '제2장 비',
      '제3장 설렁탕',
    ])
  })
})

describe('chapter headings in other European languages', () => {
  it.each([
    'Chapitre II',
    'CHAPITRE XII. Le retour',
    'Kapitel 1',
    'Capítulo IV. El regreso',
    'Capitolo 3',
    'Глава 1',
    'ГЛАВА XV',
    'Глава 2. Начало',
    'Часть 1',
  ])('%s is a heading', (line) => expect(matchChapterHeading(line)).not.toBeNull())

  it.each(['Kapitel 1 war langweilig.', 'Глава 1 была длинной, и', 'Parte 2 del plan era'])(
    '%s is a sentence',
    (line) => expect(matchChapterHeading(line)).toBeNull(),
  )

  it('nest a Russian book’s chapters under its parts', async () => {
    const body =
      'Все счастливые семьи похожи друг на друга, каждая несчастливая семья несчастлива по-своему.\n'
    const text = `Часть 1\n\nГлава 1\n\n${body}\nГлава 2\n\n${body}\nЧасть 2\n\nГлава 1\n\n${body}`
    const doc = await importDocument(new Uint8Array(iconv.encode(text, 'windows-1251')), 'Анна.txt')
    expect(doc.outline.map((entry) => [entry.title, entry.level])).toEqual([
      ['Часть 1', 1],
      ['Глава 1', 2],
      ['Глава 2', 2],
      ['Часть 2', 1],
      ['Глава 1', 2],
    ])
  })
})
