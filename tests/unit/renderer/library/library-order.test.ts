import { describe, expect, it } from 'vitest'
import type { DocumentMeta } from '../../../../src/shared/document-model'
import { arrangeLibrary, filterEntries, sortEntries, type LibraryEntry } from '../../../../src/renderer/src/library/library-order'

function doc(title: string, extra: Partial<DocumentMeta> = {}): DocumentMeta {
  return {
    id: title.padEnd(64, '0').slice(0, 64),
    title,
    author: null,
    language: null,
    format: 'txt',
    encoding: 'utf-8',
    encodingConfidence: 1,
    size: 100,
    chars: 100,
    blocks: 1,
    importedAt: '2026-01-01T00:00:00.000Z',
    sourceName: `${title}.txt`,
    cover: null,
    ...extra,
  }
}

const sanguo = doc('三国演义', { author: '罗贯中', importedAt: '2026-01-03T00:00:00.000Z' })
const hongloumeng = doc('红楼梦', { author: '曹雪芹', importedAt: '2026-01-01T00:00:00.000Z', sourceName: 'hlm_gbk.txt' })
const pride = doc('Pride and Prejudice', { author: 'Jane Austen', format: 'epub', importedAt: '2026-01-02T00:00:00.000Z' })
const notes = doc('第10章 笔记', { importedAt: '2026-01-04T00:00:00.000Z' })
const notes2 = doc('第2章 笔记', { importedAt: '2026-01-05T00:00:00.000Z' })
const titles = (entries: LibraryEntry[]) => entries.map((e) => e.doc.title)

describe('library order', () => {
  const entries: LibraryEntry[] = [
    { doc: sanguo, percent: 40, readAt: 1000 },
    { doc: hongloumeng, percent: 100, readAt: 3000 },
    { doc: pride },
    { doc: notes, percent: 5, readAt: 2000 },
    { doc: notes2 },
  ]

  it('sorts by recently read, with never-opened documents after, newest import first', () => {
    expect(titles(sortEntries(entries, 'recently-read'))).toEqual(['红楼梦', '第10章 笔记', '三国演义', '第2章 笔记', 'Pride and Prejudice'])
  })

  it('sorts by recently added', () => {
    expect(titles(sortEntries(entries, 'recently-added'))).toEqual(['第2章 笔记', '第10章 笔记', '三国演义', 'Pride and Prejudice', '红楼梦'])
  })

  it('sorts Chinese titles by pinyin and numbers by value', () => {
    const sorted = titles(sortEntries(entries, 'title'))
    expect(sorted.indexOf('第2章 笔记')).toBeLessThan(sorted.indexOf('第10章 笔记'))
    expect(sorted.indexOf('红楼梦')).toBeLessThan(sorted.indexOf('三国演义')) // hong < san
    expect(sorted.indexOf('第10章 笔记')).toBeLessThan(sorted.indexOf('红楼梦')) // di < hong
  })

  it('sorts by author with unknown authors last', () => {
    const sorted = titles(sortEntries(entries, 'author'))
    expect(sorted.slice(-2).sort()).toEqual(['第10章 笔记', '第2章 笔记'].sort())
    expect(sorted.indexOf('红楼梦')).toBeLessThan(sorted.indexOf('三国演义')) // cao < luo
  })

  it('sorts by progress, furthest first, unopened last', () => {
    expect(titles(sortEntries(entries, 'progress'))).toEqual(['红楼梦', '三国演义', '第10章 笔记', '第2章 笔记', 'Pride and Prejudice'])
  })

  it('filters on every word, across title, author, file name and format, folding width and case', () => {
    expect(titles(filterEntries(entries, '笔记'))).toEqual(['第10章 笔记', '第2章 笔记'])
    expect(titles(filterEntries(entries, 'jane PRIDE'))).toEqual(['Pride and Prejudice'])
    expect(titles(filterEntries(entries, 'ＧＢＫ'))).toEqual(['红楼梦'])
    expect(titles(filterEntries(entries, 'epub'))).toEqual(['Pride and Prejudice'])
    expect(titles(filterEntries(entries, '罗贯中 红楼'))).toEqual([])
    expect(filterEntries(entries, '   ')).toHaveLength(entries.length)
  })

  it('joins reading progress to documents before arranging them', () => {
    const arranged = arrangeLibrary([sanguo, pride], [{ documentId: pride.id, percent: 12, updatedAt: 5 }], {
      query: '',
      sort: 'progress',
    })
    expect(arranged).toEqual([{ doc: pride, percent: 12, readAt: 5 }, { doc: sanguo }])
  })
})
