import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { BlockDraft } from '../../../../../src/shared/document-model'
import { importDocument } from '../../../../../src/main/services/importers/import-document'
import { applyTypedDashes } from '../../../../../src/main/services/text-structure/typed-dashes'

const TXT = join(import.meta.dirname, '../../../../../../shared/corpus/txt')
const paragraphs = (...texts: string[]): BlockDraft[] =>
  texts.map((text) => ({ type: 'paragraph', text }))

describe('dashes typed as hyphens', () => {
  it('sets -- as an em dash and ---- as two, where the book types its dashes so', () => {
    const drafts = paragraphs(
      'he was the cause--his pride and caprice were the cause--of all that Jane had suffered.',
      '“To Jane herself,” she exclaimed, “there could be no possibility of objection,--all loveliness.',
      'The officers of the ----shire were in town. “If--” she began.',
      'Run it with --verbose to see more.',
    )
    applyTypedDashes(drafts, 'en')
    expect(drafts.map((d) => d.text)).toEqual([
      'he was the cause—his pride and caprice were the cause—of all that Jane had suffered.',
      '“To Jane herself,” she exclaimed, “there could be no possibility of objection,—all loveliness.',
      'The officers of the ——shire were in town. “If—” she began.',
      'Run it with --verbose to see more.',
    ])
  })

  it('leaves a text with a stray -- or two, Chinese text, headings and code alone', () => {
    const few = paragraphs('one--two', 'three--four')
    applyTypedDashes(few, 'en')
    expect(few.map((d) => d.text)).toEqual(['one--two', 'three--four'])
    const chinese = paragraphs('甲--乙', '丙--丁', '戊--己', '庚--辛', '壬--癸')
    applyTypedDashes(chinese, 'zh-Hans')
    expect(chinese[0]!.text).toBe('甲--乙')
    const mixed: BlockDraft[] = [
      ...paragraphs('a--b', 'c--d', 'e--f', 'g--h', 'i--j'),
      { type: 'heading', text: 'CHAPTER I.--THE START', level: 2 },
      { type: 'code', text: 'ls --all--files' },
    ]
    applyTypedDashes(mixed, 'en')
    expect(mixed.slice(5).map((d) => d.text)).toEqual(['CHAPTER I.--THE START', 'ls --all--files'])
  })

  it('reads Pride and Prejudice with its 498 dashes as dashes, its italics still emphasis', async () => {
    const name = 'pride_and_prejudice_pg1342_utf8.txt'
    const doc = await importDocument(await readFile(join(TXT, name)), name)
    const text = doc.blocks.map((b) => b.text).join('\n')
    expect(text).not.toContain('--')
    expect(text).toContain('he was the cause—his pride and caprice were the cause—of all')
    const marked = doc.blocks.filter((b) => b.html?.includes('<em>'))
    expect(marked.length).toBeGreaterThan(100)
    for (const block of marked) expect(block.html!.replace(/<\/?em>/g, '')).not.toContain('--')
  })
})
