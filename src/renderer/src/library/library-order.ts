import type { DocumentMeta } from '../../../shared/document-model'

/** A document as the library shows it: its record and how far it has been read. */
export interface LibraryEntry {
  doc: DocumentMeta
  /** 0..100, absent when never opened. */
  percent?: number
  /** When it was last read (ms), absent when never opened. */
  readAt?: number
}

export const SORT_KEYS = ['recently-read', 'recently-added', 'title', 'author', 'progress'] as const
export type SortKey = (typeof SORT_KEYS)[number]

export const SORT_LABELS: Record<SortKey, string> = {
  'recently-read': 'Recently read',
  'recently-added': 'Recently added',
  title: 'Title',
  author: 'Author',
  progress: 'Progress',
}

export function isSortKey(value: unknown): value is SortKey {
  return (SORT_KEYS as readonly unknown[]).includes(value)
}

// Pinyin order for Chinese titles, numbers in numeric order ("第2章" before "第10章").
const collator = new Intl.Collator(['zh-Hans-u-co-pinyin', 'en'], { numeric: true, sensitivity: 'base' })

/** Full-width letters and digits fold to ASCII, case folds, so "ＧＢＫ" finds "gbk". */
function fold(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase()
}

/** Entries whose title, author, file name or format contain every word of the query. */
export function filterEntries(entries: readonly LibraryEntry[], query: string): LibraryEntry[] {
  const words = fold(query).split(/\s+/).filter(Boolean)
  if (words.length === 0) return [...entries]
  return entries.filter(({ doc }) => {
    const haystack = fold([doc.title, doc.author ?? '', doc.sourceName, doc.format].join('\n'))
    return words.every((word) => haystack.includes(word))
  })
}

const byTitle = (a: LibraryEntry, b: LibraryEntry) => collator.compare(a.doc.title, b.doc.title)
const byAdded = (a: LibraryEntry, b: LibraryEntry) => b.doc.importedAt.localeCompare(a.doc.importedAt)

/** Missing values (no author, never read) go last whichever way the rest is ordered. */
function missingLast<T>(a: T | undefined | null, b: T | undefined | null): number | null {
  if (a == null && b == null) return null
  if (a == null) return 1
  if (b == null) return -1
  return null
}

const comparators: Record<SortKey, (a: LibraryEntry, b: LibraryEntry) => number> = {
  'recently-read': (a, b) => missingLast(a.readAt, b.readAt) ?? ((b.readAt ?? 0) - (a.readAt ?? 0) || byAdded(a, b)),
  'recently-added': (a, b) => byAdded(a, b) || byTitle(a, b),
  title: (a, b) => byTitle(a, b) || byAdded(a, b),
  author: (a, b) =>
    missingLast(a.doc.author || null, b.doc.author || null) ??
    (collator.compare(a.doc.author ?? '', b.doc.author ?? '') || byTitle(a, b)),
  // Furthest read first; unopened documents after every opened one.
  progress: (a, b) => missingLast(a.percent, b.percent) ?? ((b.percent ?? 0) - (a.percent ?? 0) || byTitle(a, b)),
}

export function sortEntries(entries: readonly LibraryEntry[], key: SortKey): LibraryEntry[] {
  return [...entries].sort(comparators[key])
}

/** The library's documents joined with reading progress, filtered and sorted for display. */
export function arrangeLibrary(
  documents: readonly DocumentMeta[],
  progress: readonly { documentId: string; percent: number; updatedAt: number }[],
  options: { query: string; sort: SortKey },
): LibraryEntry[] {
  const read = new Map(progress.map((p) => [p.documentId, p]))
  const entries = documents.map((doc): LibraryEntry => {
    const p = read.get(doc.id)
    return p ? { doc, percent: p.percent, readAt: p.updatedAt } : { doc }
  })
  return sortEntries(filterEntries(entries, options.query), options.sort)
}
