import { readFileSync } from 'node:fs'
import { join } from 'node:path'

const CORPUS_TXT = join(import.meta.dirname, '../../../shared/corpus/txt')
let paragraphs: string[] | null = null

/**
 * The story paragraphs of 红楼梦 from the corpus (one a line there), to fill made-up books and
 * articles with real text: its own 第N回 headings and its verse left out.
 */
export function storyParagraphs(): readonly string[] {
  paragraphs ??= readFileSync(join(CORPUS_TXT, 'hongloumeng_simp_utf8_crlf.txt'), 'utf8')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 80 && !line.startsWith('第'))
  return paragraphs
}
