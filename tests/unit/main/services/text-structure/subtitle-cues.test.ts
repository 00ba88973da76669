import { describe, expect, it } from 'vitest'
import { parseTxt } from '../../../../../src/main/services/importers/txt'
import { storyParagraphs } from '../../../../support/story-paragraphs'

/** Subtitle files renamed .txt read as their dialogue, a paragraph a cue. */
const importText = (text: string, encoding: 'utf-8' | 'utf-16le' = 'utf-8') => {
  const bytes =
    encoding === 'utf-8'
      ? new TextEncoder().encode(text)
      : new Uint8Array([
          0xff,
          0xfe,
          ...new Uint8Array(Uint16Array.from(text, (c) => c.charCodeAt(0)).buffer),
        ])
  return parseTxt(bytes, 'episode.txt')
}

const time = (s: number) =>
  `00:${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')},500`

describe('subtitles read as text', () => {
  const story = storyParagraphs().slice(0, 12)

  it('gives one paragraph per SubRip cue, its two lines joined, under its number and timing in small print', () => {
    const cues = story.map((p, n) =>
      [
        String(n + 1),
        `${time(n * 4)} --> ${time(n * 4 + 3)}`,
        p.slice(0, 16),
        p.slice(16, 30),
        '',
      ].join('\r\n'),
    )
    for (const encoding of ['utf-8', 'utf-16le'] as const) {
      const doc = importText(cues.join('\r\n'), encoding)
      expect(doc.blocks.map((b) => [b.type, b.text])).toEqual(
        story.flatMap((p, n) => [
          ['furniture', String(n + 1)],
          ['furniture', `${time(n * 4)} --> ${time(n * 4 + 3)}`],
          ['paragraph', p.slice(0, 30)],
        ]),
      )
      expect(doc.outline).toEqual([])
    }
  })

  it('reads WebVTT with styling and English lines joined by a space', () => {
    const text = [
      'WEBVTT',
      '',
      '00:00:01.000 --> 00:00:03.000 align:start',
      '<i>It is a truth universally acknowledged,</i>',
      'that a single man',
      '',
      '00:00:03.500 --> 00:00:05.000',
      '{\\an8}in possession of a good fortune',
      '',
      '00:00:05.500 --> 00:00:07.000',
      'must be in want of a wife.',
    ].join('\n')
    const doc = importText(text)
    expect(doc.blocks.filter((b) => b.type === 'furniture')).toHaveLength(4)
    expect(doc.blocks.filter((b) => b.type === 'paragraph').map((b) => b.text)).toEqual([
      'It is a truth universally acknowledged, that a single man',
      'in possession of a good fortune',
      'must be in want of a wife.',
    ])
  })

  it('leaves a book that quotes a timing line a book', () => {
    const lines = [
      '第一章 开始',
      ...story.slice(0, 6),
      '00:00:01,000 --> 00:00:02,000',
      '第二章 继续',
      ...story.slice(6),
    ]
    const doc = importText(lines.join('\n'))
    expect(doc.outline.map((o) => o.title)).toEqual(['第一章 开始', '第二章 继续'])
  })
})
