import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { importDocument } from '../../../../../src/main/services/importers/import-document'
import { matchChapterHeading } from '../../../../../src/main/services/text-structure/chapter-heading'

describe('chapter headings with the number spelled in words', () => {
  it.each([
    ['Chapter One', 3, 1],
    ['CHAPTER TWENTY-THREE', 3, 23],
    ['Chapter Twenty One', 3, 21],
    ['Chapter One Hundred', 3, 100],
    ['Chapter the First', 3, 1],
    ['CHAPTER THE FORTY-SECOND.', 3, 42],
    ['Book the First--Recalled to Life', 2, 1],
    ['Book Two', 2, 2],
    ['Part Three', 1, 3],
    ['FIRST PART', 1, 1],
    ['Chapitre premier', 3, 1],
    ['Chapitre deux', 3, 2],
    ['CHAPITRE VINGT ET UN. Le départ', 3, 21],
    ['Deuxième partie', 1, 2],
    ['Livre premier', 2, 1],
    ['Erstes Kapitel', 3, 1],
    ['Dreiundzwanzigstes Kapitel: Die Heimkehr', 3, 23],
    ['Kapitel eins', 3, 1],
    ['Zweiter Teil', 1, 2],
    ['Capítulo primero', 3, 1],
    ['Capítulo uno', 3, 1],
    ['CAPÍTULO CUADRAGÉSIMO QUINTO', 3, 45],
    ['Primera parte', 1, 1],
    ['Capitolo primo', 3, 1],
    ['Capitolo trentaduesimo', 3, 32],
    ['Глава первая', 3, 1],
    ['ГЛАВА ДВАДЦАТЬ ПЕРВАЯ', 3, 21],
    ['Часть вторая', 1, 2],
    ['Книга третья. Война', 2, 3],
    ['Capítulo Um', 3, 1],
    ['Capítulo Quarenta e Nove', 3, 49],
    ['Segunda Parte', 1, 2],
  ])('%s is a heading of rank %i numbered %i', (line, rank, number) => {
    expect(matchChapterHeading(line)).toMatchObject({ rank, number })
  })

  it.each([
    ['1. Kapitel', 3, 1],
    ['12. Kapitel: Die Heimkehr', 3, 12],
    ['2. Teil', 1, 2],
    ['1re partie', 1, 1],
    ['2e partie', 1, 2],
    ['3ème partie', 1, 3],
    ['1er chapitre', 3, 1],
  ])(
    '%s (a number with its ordinal mark) is a heading of rank %i numbered %i',
    (line, rank, number) => {
      expect(matchChapterHeading(line)).toMatchObject({ rank, number })
    },
  )

  it.each([
    '1. Kapitel war langweilig.',
    '2. Teil des Plans',
    '3e partie du match',
    '1914 Kapitel',
  ])('%s is not a heading', (line) => expect(matchChapterHeading(line)).toBeNull())

  it.each(['Chapter the Last', 'Пролог', 'Épilogue', 'Prólogo', 'Nachwort'])(
    '%s is a heading without a number',
    (line) => {
      expect(matchChapterHeading(line)?.number).toBeNaN()
    },
  )

  it.each([
    'Chapter one of the report says that',
    'Part three was the hardest.',
    'Book one of the series, which',
    'First book of the series',
    'Second part of the plan failed',
    'Première partie du programme',
    'Erstes Kapitel war langweilig,',
    'Teil des Plans',
    'Parte de la historia',
    'Capítulo uno fue largo.',
    'Глава семьи',
    'Первая часть была длиннее, чем',
    'Tome of magic',
    'The first part',
  ])('%s is not a heading', (line) => {
    expect(matchChapterHeading(line)).toBeNull()
  })

  it('give a French novel its parts, chapters and their titles in sentence case', async () => {
    const body =
      'Il était une fois, dans une petite ville de province, un homme qui aimait les livres.\n\n' +
      'Chaque matin il ouvrait sa boutique et attendait les clients qui ne venaient pas.\n\n'
    const text =
      `Première partie\n\nChapitre premier\n\nLe retour\n\n${body}Chapitre deux\n\n${body}` +
      `Deuxième partie\n\nChapitre trois\n\nOù l’on se revoit\n\n${body}`
    const doc = await importDocument(
      new Uint8Array(iconv.encode(text, 'windows-1252')),
      'roman.txt',
    )
    expect(doc.outline.map((entry) => [entry.title, entry.level])).toEqual([
      ['Première partie', 1],
      ['Chapitre premier Le retour', 2],
      ['Chapitre deux', 2],
      ['Deuxième partie', 1],
      ['Chapitre trois Où l’on se revoit', 2],
    ])
    expect(doc.blocks.filter((b) => b.type === 'subheading').map((b) => b.text)).toEqual([
      'Le retour',
      'Où l’on se revoit',
    ])
  })

  it('give a German novel in Latin-1 its Erstes/Zweites Kapitel', async () => {
    const body = 'Es war einmal ein Mann, der Bücher mehr liebte als alles andere auf der Welt.\n\n'
    const text = ['Erstes', 'Zweites', 'Drittes']
      .map((ordinal) => `${ordinal} Kapitel\n\n${body}`)
      .join('')
    const doc = await importDocument(new Uint8Array(iconv.encode(text, 'latin1')), 'buch.txt')
    expect(doc.outline.map((entry) => entry.title)).toEqual([
      'Erstes Kapitel',
      'Zweites Kapitel',
      'Drittes Kapitel',
    ])
  })

  it('join a chapter title hard-wrapped onto a second line, as Gutenberg texts set it', async () => {
    const body =
      'En un lugar de la Mancha, de cuyo nombre no quiero acordarme, no ha mucho\n' +
      'tiempo que vivía un hidalgo de los de lanza en astillero, adarga antigua,\n' +
      'rocín flaco y galgo corredor.\n\n'
    const text =
      'Capítulo primero. Que trata de la condición y ejercicio del famoso hidalgo\n' +
      `don Quijote de la Mancha\n\n${body}` +
      'CHAPTER II. IN WHICH THE KNIGHT SETS OUT FROM HIS VILLAGE FOR THE FIRST\n' +
      `TIME\n\n${body}` +
      'Capítulo III. Donde se cuenta la graciosa manera que tuvo don Quijote\n' +
      `Era ya de noche cuando llegó a la venta.\n\n${body}`
    const doc = await importDocument(new TextEncoder().encode(text), 'quijote.txt')
    expect(doc.outline.map((entry) => entry.title)).toEqual([
      'Capítulo primero. Que trata de la condición y ejercicio del famoso hidalgo don Quijote de la Mancha',
      'CHAPTER II. IN WHICH THE KNIGHT SETS OUT FROM HIS VILLAGE FOR THE FIRST TIME',
      'Capítulo III. Donde se cuenta la graciosa manera que tuvo don Quijote',
    ])
    expect(doc.blocks.map((b) => b.text)).toContain('Era ya de noche cuando llegó a la venta.')
  })

  it('keep a sentence that opens with a spelled chapter inside its paragraph', async () => {
    const text =
      'The committee met on Monday.\n\nChapter one of the report says that the river has risen.\n\n' +
      'Nobody disagreed with it.\n'
    const doc = await importDocument(new TextEncoder().encode(text), 'report.txt')
    expect(doc.blocks.filter((b) => b.type === 'heading')).toEqual([])
  })
})
