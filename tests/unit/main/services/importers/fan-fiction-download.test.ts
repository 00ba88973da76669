import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseTxt } from '../../../../../src/main/services/importers/txt'

const CORPUS = join(import.meta.dirname, '../../../../../../shared/corpus/txt')
const PARAGRAPHS = readFileSync(join(CORPUS, 'pride_and_prejudice_pg1342_utf8.txt'), 'utf8')
  .replace(/\r\n/g, '\n')
  .split('\n\n')
  .filter((p) => p.length > 300)
  .map((p) => p.split(/\s+/).join(' ').trim())
  .slice(20, 32)

/** A work as Archive of Our Own's "Download → TXT" lays it out, filled with real paragraphs. */
function ao3Download(chapterNames: (string | null)[]): string {
  const lines = [
    'The Netherfield Letters',
    'Posted originally on the Archive of Our Own at http://archiveofourown.org/works/12345678.',
    '',
    'Rating:',
    '    General Audiences',
    'Stats:',
    '    Published: 2019-01-01 Completed: 2019-02-01 Chapters: 3/3 Words: 12345',
    '',
    'The Netherfield Letters',
    'by elizabeth_writes',
    '',
    'Summary',
    '',
    '    Elizabeth receives a letter that changes everything.',
    '',
  ]
  chapterNames.forEach((name, n) => {
    lines.push(`Chapter ${n + 1}${name ? `: ${name}` : ''}`, '', 'Chapter Text', '')
    for (const p of PARAGRAPHS.slice(n * 4, n * 4 + 4)) lines.push(`    ${p}`, '')
  })
  return lines.join('\n')
}

describe('a fan-fiction download', () => {
  it('lists its chapters, named or not, without the site\'s "Chapter Text" line, under its title and author', () => {
    const doc = parseTxt(
      new TextEncoder().encode(ao3Download(['An Unexpected Letter', null, 'Netherfield'])),
      'netherfield.txt',
    )
    expect(doc.title).toBe('The Netherfield Letters')
    expect(doc.author).toBe('elizabeth_writes')
    expect(doc.outline.map((o) => o.title)).toEqual([
      'Chapter 1: An Unexpected Letter',
      'Chapter 2',
      'Chapter 3: Netherfield',
    ])
    expect(doc.blocks.some((b) => b.text === 'Chapter Text')).toBe(false)
    expect(doc.blocks.filter((b) => PARAGRAPHS.includes(b.text))).toHaveLength(12)
  })
})
