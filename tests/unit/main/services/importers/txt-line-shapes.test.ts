import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ParsedDocument } from '../../../../../src/shared/document-model'
import { importDocument } from '../../../../../src/main/services/importers/import-document'
import { MAX_PARAGRAPH_CHARS } from '../../../../../src/main/services/text-structure/paragraph-size'
import { typedDashesAsPrinted } from '../../../../../src/main/services/text-structure/typed-dashes'
import { wrapWords } from '../../../../support/fixed-width-wrap'

/** Files of one sentence (or word, or verse line) a line must keep their lines; nothing may be huge. */

const SHARED = join(import.meta.dirname, '../../../../../../shared')

const read = (path: string) => readFile(join(SHARED, path), 'utf8')
/** Pride and Prejudice with its typed dashes (--) set as the importer sets them: these tests are about line shapes. */
const readEnglishNovel = async () =>
  typedDashesAsPrinted(await read('corpus/txt/pride_and_prejudice_pg1342_utf8.txt'))

async function importText(text: string, name = 'lines.txt'): Promise<ParsedDocument> {
  return importDocument(new TextEncoder().encode(text), name)
}

/** Block texts, a verse block line by line: its lines stay as written, inside one stanza. */
const texts = (doc: ParsedDocument) =>
  doc.blocks.flatMap((b) => (b.type === 'verse' ? b.text.split('\n') : [b.text]))

/** Chinese clauses of 14–22 characters, each closed as a sentence: lines of nearly one width. */
async function chineseSentenceLines(count: number): Promise<string[]> {
  const novel = await read('corpus/txt/hongloumeng_simp_utf8_crlf.txt')
  const clauses = novel.replace(/\s+/g, '').match(/[^，；。！？]+[，；。！？]/g) ?? []
  return clauses
    .filter((c) => c.length >= 14 && c.length <= 22 && !/[“”「」《》]/.test(c))
    .slice(2_000, 2_000 + count)
    .map((c) => c.replace(/[，；]$/, '。'))
}

/** English sentences of 40–60 characters from an unwrapped novel. */
async function englishSentenceLines(count: number): Promise<string[]> {
  const novel = await readEnglishNovel()
  const prose = novel.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim())
  const sentences = prose.join(' ').match(/[A-Z][^.!?]+[.!?]/g) ?? []
  return sentences.filter((s) => s.length >= 40 && s.length <= 60).slice(0, count)
}

describe('one sentence a line', () => {
  it('keeps each Chinese sentence of a novel split into lines of nearly one width its own paragraph', async () => {
    const lines = await chineseSentenceLines(3_000)
    expect(lines).toHaveLength(3_000)
    const doc = await importText(lines.join('\n'))
    expect(texts(doc)).toEqual(lines)
  })

  it('keeps each English sentence its own paragraph', async () => {
    const lines = await englishSentenceLines(800)
    expect(lines).toHaveLength(800)
    const doc = await importText(lines.join('\n'))
    expect(texts(doc)).toEqual(lines)
  })

  it('keeps the same lines apart when each starts with a full-width indent', async () => {
    const lines = await chineseSentenceLines(2_000)
    const doc = await importText(lines.map((l) => `\u3000\u3000${l}`).join('\n'))
    expect(texts(doc)).toEqual(lines)
  })

  it('keeps the newspaper page split one sentence a line as separate sentences', async () => {
    const page = await read('samples/qilu-evening-news-2022-06-24.txt')
    const sentences = page
      .split('\n')
      .flatMap((l) => l.trim().match(/[^。！？]+[。！？]+[”」』]?/g) ?? [])
      .map((s) => s.trim())
    const doc = await importText(sentences.join('\n'), 'page-by-sentence.txt')
    // No block holds the end of one sentence and the start of the next.
    const joined = texts(doc).filter((t) => /[。！？][”」』]?[^。！？”」』]/.test(t))
    expect(joined).toEqual([])
    expect(doc.blocks.length).toBeGreaterThan(sentences.length * 0.9)
  })

  it('keeps subtitle text lines apart from their numbers and timings', async () => {
    const sentences = await englishSentenceLines(800)
    const srt = sentences
      .map(
        (s, i) =>
          `${i + 1}\n00:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')},000 --> 00:00:02,000\n${s}\n`,
      )
      .join('\n')
    const doc = await importText(srt, 'film.srt.txt')
    const blocks = texts(doc)
    for (const s of sentences) expect(blocks).toContain(s)
    expect(blocks.length).toBeGreaterThanOrEqual(sentences.length * 3)
  })

  it('keeps a word list one word a block', async () => {
    const novel = await readEnglishNovel()
    const words = [...new Set(novel.match(/[a-z]{3,}/g))].slice(0, 5_000)
    const doc = await importText(words.join('\n'), 'words.txt')
    expect(texts(doc)).toEqual(words)
  })

  it('keeps every line of a Chinese poem collection (titled stanzas) apart', async () => {
    const novel = await read('corpus/txt/hongloumeng_simp_utf8_crlf.txt')
    // Couplets of seven characters a half, made from the novel's own characters.
    const hanzi = novel.replace(/[^\u4e00-\u9fff]/g, '')
    const pairs = Array.from(
      { length: 800 },
      (_, i) => `${hanzi.slice(i * 14, i * 14 + 7)}，${hanzi.slice(i * 14 + 7, i * 14 + 14)}。`,
    )
    const lines: string[] = []
    for (let i = 0; i < pairs.length; i += 2) {
      lines.push(`其${i / 2 + 1}`, pairs[i]!, pairs[i + 1]!, '')
    }
    const doc = await importText(lines.join('\n'), 'poems.txt')
    const blocks = texts(doc)
    for (const pair of pairs) expect(blocks).toContain(pair)
  })

  it('rejoins hard-wrapped prose and keeps the sentence lines that follow it apart', async () => {
    const novel = await readEnglishNovel()
    const paragraphs = novel
      .split(/\n\s*\n/)
      .map((p) => p.replace(/\s+/g, ' ').trim())
      .filter((p) => p.length > 400)
      .slice(0, 40)
    const sentences = await englishSentenceLines(600)
    const lines = [...paragraphs.flatMap((p) => [...wrapWords(p, 70), '']), ...sentences]
    const doc = await importText(lines.join('\n'), 'mixed.txt')
    const blocks = texts(doc)
    for (const p of paragraphs) expect(blocks).toContain(p)
    for (const s of sentences) expect(blocks).toContain(s)
  })
})

describe('block size', () => {
  it('cuts a long line with no sentence ends or breaks into blocks under the cap, losing no text', async () => {
    const novel = await readEnglishNovel()
    const line = novel
      .replace(/[.!?,;:"“”]/g, '')
      .replace(/\s+/g, ' ')
      .slice(0, 300_000)
    const doc = await importText(line, 'one-line.txt')
    expect(Math.max(...texts(doc).map((t) => t.length))).toBeLessThanOrEqual(MAX_PARAGRAPH_CHARS)
    expect(texts(doc).join(' ')).toBe(line.trim())
  })

  it('cuts text read as one hard-wrapped paragraph into blocks under the cap', async () => {
    const novel = await read('corpus/txt/hongloumeng_simp_utf8_crlf.txt')
    const hanzi = novel.replace(/[^\u4e00-\u9fff]/g, '').slice(0, 120_000)
    const lines = hanzi.match(/.{20}/g)!
    const doc = await importText(lines.join('\n'), 'no-punctuation.txt')
    expect(Math.max(...texts(doc).map((t) => t.length))).toBeLessThanOrEqual(MAX_PARAGRAPH_CHARS)
    expect(texts(doc).join('')).toBe(lines.join(''))
  })

  it.each([
    'corpus/txt/hongloumeng_pg24264_trad_utf8.txt',
    'corpus/txt/hongloumeng_simp_utf8_crlf.txt',
    'corpus/txt/pride_and_prejudice_pg1342_utf8.txt',
    'corpus/txt/rulinwaishi_trad_utf8_single_line.txt',
    'corpus/txt/sanguoyanyi_simp_gbk_real.txt',
    'corpus/txt/war_and_peace_pg2600_utf8_bom.txt',
    'corpus/txt/xiyouji_simp_utf8_crlf.txt',
    'corpus/newspaper/rmrb-korea-articles_2019-06-21_to_2019-08-03.txt',
    'samples/qilu-evening-news-2022-06-24.txt',
  ])('no block of %s exceeds the cap', async (path) => {
    const doc = await importDocument(await readFile(join(SHARED, path)), path)
    const longest = doc.blocks.reduce((n, b) => Math.max(n, b.text.length), 0)
    expect(longest).toBeLessThanOrEqual(MAX_PARAGRAPH_CHARS)
  })
})
