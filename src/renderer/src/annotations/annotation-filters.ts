import type { AnnotationRecord, HighlightColor } from '../db/schema'
import { storedQuote } from './anchored-annotations'

export type AnnotationOrder = 'reading' | 'newest' | 'oldest'

export interface AnnotationFilter {
  /** Empty: every colour. */
  colors: readonly HighlightColor[]
  /** Null: any tag or none. */
  tag: string | null
  /** Words all found in the note, the quote or the tags (case-insensitive). */
  query: string
}

export const NO_FILTER: AnnotationFilter = { colors: [], tag: null, query: '' }

export function matchesFilter(record: AnnotationRecord, filter: AnnotationFilter): boolean {
  if (filter.colors.length > 0 && !filter.colors.includes(record.color)) return false
  if (filter.tag !== null && !record.tags.includes(filter.tag)) return false
  const words = filter.query.toLowerCase().split(/\s+/).filter(Boolean)
  if (words.length === 0) return true
  const haystack = `${record.note}\n${storedQuote(record)}\n${record.tags.join(' ')}`.toLowerCase()
  return words.every((word) => haystack.includes(word))
}

/**
 * Sorts items: in reading order by their place in the document (`position`, null for orphans,
 * which go last), or by date.
 */
export function sortAnnotations<T>(
  items: readonly T[],
  order: AnnotationOrder,
  record: (item: T) => AnnotationRecord,
  position: (item: T) => number | null,
): T[] {
  const byDate = (a: T, b: T) => record(a).createdAt - record(b).createdAt
  const sorted = [...items]
  if (order === 'newest') return sorted.sort((a, b) => byDate(b, a))
  if (order === 'oldest') return sorted.sort(byDate)
  return sorted.sort((a, b) => {
    const pa = position(a)
    const pb = position(b)
    if (pa === null || pb === null) return pa === pb ? byDate(a, b) : pa === null ? 1 : -1
    return pa - pb || byDate(a, b)
  })
}

/** Every tag in use, alphabetically. */
export function allTags(records: readonly AnnotationRecord[]): string[] {
  return [...new Set(records.flatMap((r) => r.tags))].sort((a, b) => a.localeCompare(b))
}

/** Tags typed as "one, two #three": separated by commas or spaces, a leading # dropped, no repeats. */
export function parseTags(input: string): string[] {
  const tags = input
    .split(/[,，\s]+/)
    .map((t) => t.replace(/^#+/, '').trim())
    .filter(Boolean)
  return [...new Set(tags)]
}
