import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importDocument } from '../../../../../src/main/services/importers/import-document'
import { linesToUnits } from '../../../../../src/main/services/text-structure/book-paragraphs'

const TXT = join(import.meta.dirname, '../../../../../../shared/corpus/txt')

const units = (text: string) =>
  linesToUnits(text.split('\n')).map((unit) => `${unit.type}: ${unit.text}`)

describe('Gutenberg illustration brackets', () => {
  it('reads a caption spread over several lines as one caption, with no lone "]"', () => {
    const text = [
      '                            [Illustration:',
      '',
      '                             GEORGE ALLEN',
      '                              PUBLISHER',
      '',
      '                        156 CHARING CROSS ROAD',
      '                                LONDON',
      '',
      '                             RUSKIN HOUSE',
      '                                   ]',
      '',
      'It is a truth universally acknowledged, that a single man in possession of a good fortune must be in want of a wife.',
      '',
      '[Illustration:',
      '',
      '     “Piling up the fire”',
      '',
      '[_Copyright 1894 by George Allen._]]',
    ].join('\n')
    expect(units(text)).toEqual([
      'caption: [Illustration: GEORGE ALLEN PUBLISHER 156 CHARING CROSS ROAD LONDON RUSKIN HOUSE]',
      'paragraph: It is a truth universally acknowledged, that a single man in possession of a good fortune must be in want of a wife.',
      'caption: [Illustration: “Piling up the fire” [_Copyright 1894 by George Allen._]]',
    ])
  })

  it('leaves a bracket that a chapter heading interrupts or that never closes', () => {
    const interrupted = [
      '[Illustration: ·PRIDE AND PREJUDICE·',
      '',
      'Chapter I.]',
      '',
      'It is a truth.',
    ]
    expect(units(interrupted.join('\n'))).toEqual([
      'caption: [Illustration: ·PRIDE AND PREJUDICE·',
      'heading: Chapter I.',
      'paragraph: It is a truth.',
    ])
    const open = ['[Illustration:', '', 'A caption that runs on', '', 'and on into the story.']
    expect(units(open.join('\n'))).toEqual([
      'caption: [Illustration:',
      'paragraph: A caption that runs on',
      'paragraph: and on into the story.',
    ])
  })

  it('Pride and Prejudice opens on its title-page pictures as captions, not a column of short paragraphs', async () => {
    const name = 'pride_and_prejudice_pg1342_utf8.txt'
    const doc = await importDocument(await readFile(join(TXT, name)), name)
    const texts = doc.blocks.map((block) => block.text.trim())
    expect(texts.filter((text) => text === ']')).toEqual([])
    expect(doc.blocks[0]).toMatchObject({
      type: 'caption',
      text: '[Illustration: GEORGE ALLEN PUBLISHER 156 CHARING CROSS ROAD LONDON RUSKIN HOUSE]',
    })
    expect(texts).toContain('[Illustration: “He rode a black horse”]')
    // The story itself is untouched.
    expect(texts).toContain(
      'It is a truth universally acknowledged, that a single man in possession of a good fortune must be in want of a wife.',
    )
  })
})
