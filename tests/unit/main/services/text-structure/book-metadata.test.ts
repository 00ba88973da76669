import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importDocument } from '../../../../../src/main/services/importers/import-document'
import type { BookUnit } from '../../../../../src/main/services/text-structure/book-units'
import { findBookMetadata } from '../../../../../src/main/services/text-structure/book-metadata'

const TXT = join(import.meta.dirname, '../../../../../../shared/corpus/txt')
const paragraph = (text: string): BookUnit => ({ type: 'paragraph', text })

describe('a title said several times over at the top of a book', () => {
  it('names 儒林外史 from its opening 儒林外史儒林外史儒林外史, not from the file name', async () => {
    const name = 'rulinwaishi_trad_utf8_single_line.txt'
    const doc = await importDocument(await readFile(join(TXT, name)), name)
    expect(doc.title).toBe('儒林外史')
    expect(doc.blocks[0]).toMatchObject({ type: 'subheading', text: '儒林外史儒林外史儒林外史' })
    expect(doc.outline[0]!.title).toBe('第一回說楔子敷陳大義借名流隱括全文')
  })

  it('takes no title from repeated words once the story has begun, nor from a line said once', () => {
    const heading: BookUnit = { type: 'heading', text: '第一回' }
    expect(findBookMetadata([heading, paragraph('哈哈哈哈')]).title).toBeNull()
    expect(findBookMetadata([paragraph('儒林外史'), heading]).title).toBeNull()
    expect(findBookMetadata([paragraph('西游记西游记'), heading])).toMatchObject({
      title: '西游记',
      unitIndex: 0,
    })
  })

  it('names an English book from its title page, leaving out the "A Novel" line under the title', () => {
    for (const [lines, title] of [
      [['THE QUIET HOUSE', 'A Novel', 'by Jane Doe'], 'The Quiet House'],
      [['Rain Country', 'A Memoir in Essays', 'by Ann Lee'], 'Rain Country'],
      [['A Tale of Two Cities', 'by Charles Dickens'], 'A Tale of Two Cities'],
    ] as const) {
      expect(findBookMetadata(lines.map(paragraph)).title).toBe(title)
    }
    // "A Tale of …" is a title's own line, not a genre label.
    const twoLines = ['THE BOOK OF DUST', 'A Tale of Two Cities', 'by Somebody'].map(paragraph)
    expect(findBookMetadata(twoLines).title).toMatch(/Tale of Two Cities$/)
  })
})
