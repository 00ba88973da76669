import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importDocument } from '../../../../../src/main/services/importers/import-document'

const SHARED = join(import.meta.dirname, '../../../../../../shared')

describe('importDocument for text files', () => {
  it('reads the UTF-8 newspaper page as Chinese text without its indents', async () => {
    const doc = await importDocument(await readFile(join(SHARED, 'samples/qilu-evening-news-2022-06-24.txt')), 'page.txt')
    expect(doc.format).toBe('txt')
    expect(doc.encoding).toBe('utf-8')
    expect(doc.blocks.length).toBeGreaterThan(10)
    expect(doc.blocks.every((b) => !/^[\s\u3000]/.test(b.text))).toBe(true)
    expect(doc.stats.chars).toBe(doc.blocks.reduce((n, b) => n + b.text.length, 0) + doc.blocks.length - 1)
  })

  it('reads a real GBK novel and finds its chapters', async () => {
    const doc = await importDocument(await readFile(join(SHARED, 'corpus/txt/sanguoyanyi_simp_gbk_real.txt')), 'sgyy.txt')
    expect(['gbk', 'gb18030']).toContain(doc.encoding)
    expect(doc.outline[0]?.title).toMatch(/^第一回/)
    expect(doc.outline.filter((e) => /^第.+回/.test(e.title)).length).toBeGreaterThanOrEqual(120)
  })

  it('gives the same ids and offsets every time the same bytes are parsed', async () => {
    const bytes = await readFile(join(SHARED, 'samples/qilu-evening-news-2022-06-24.txt'))
    const a = await importDocument(bytes, 'a.txt')
    const b = await importDocument(bytes, 'a.txt')
    expect(b.blocks.map((x) => [x.id, x.start])).toEqual(a.blocks.map((x) => [x.id, x.start]))
  })

  it('refuses a file type it does not read, saying which', async () => {
    await expect(importDocument(new TextEncoder().encode('x'), 'scan.pdf')).rejects.toThrow(/scan\.pdf.*\.pdf/)
  })
})
