import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseTxt } from '../../src/main/services/importers/txt'
import type { Block, ParsedDocument } from '../../src/shared/document-model'

/** The shared newspaper page (齐鲁晚报, 2022-06-24), which the newspaper tests re-lay and extend. */
export const NEWSPAPER_PAGE = readFileSync(
  join(import.meta.dirname, '../../../shared/samples/qilu-evening-news-2022-06-24.txt'),
  'utf8',
)

/** A made-up page imported as a TXT file would be. */
export const importPage = (text: string, name = 'page.txt'): ParsedDocument =>
  parseTxt(new TextEncoder().encode(text), name)

/** The texts of a document's blocks of one type, in order. */
export const textsOfType = (doc: ParsedDocument, type: Block['type']): string[] =>
  doc.blocks.filter((b) => b.type === type).map((b) => b.text)
