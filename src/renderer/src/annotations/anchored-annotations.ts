import { anchor } from '../anchoring/anchor'
import { quoteSelector } from '../anchoring/describe'
import type { Anchor } from '../anchoring/types'
import type { AnnotationRecord, BookmarkRecord } from '../db/schema'

/** An annotation and where it is in the open document; `anchor` null means orphaned. */
export interface Placed<R> {
  record: R
  anchor: Anchor | null
}

type Anchorable = { id: string; updatedAt: number; selectors: AnnotationRecord['selectors'] }

/**
 * Anchors records in one document text, remembering results by id and version so that a live
 * query re-running after one edit does not re-anchor thousands of others.
 */
export function createAnchorCache(text: string) {
  const cache = new Map<string, { updatedAt: number; anchor: Anchor | null }>()
  return function place<R extends Anchorable>(records: readonly R[]): Placed<R>[] {
    return records.map((record) => {
      const hit = cache.get(record.id)
      if (hit && hit.updatedAt === record.updatedAt) return { record, anchor: hit.anchor }
      const found = anchor(text, record.selectors)
      cache.set(record.id, { updatedAt: record.updatedAt, anchor: found })
      return { record, anchor: found }
    })
  }
}

/** The passage an annotation was made on, as stored (what an orphan shows). */
export function storedQuote(record: { selectors: AnnotationRecord['selectors'] }): string {
  return quoteSelector(record.selectors)?.exact ?? ''
}

/** Placed items overlapping [from, to), given items sorted by anchor start. */
export function overlapping<R>(
  sorted: readonly Placed<R>[],
  from: number,
  to: number,
  longest: number,
): Placed<R>[] {
  // Anything starting before from - longest cannot reach from.
  let low = 0
  let high = sorted.length
  const earliest = from - longest
  while (low < high) {
    const middle = (low + high) >> 1
    if (sorted[middle]!.anchor!.start < earliest) low = middle + 1
    else high = middle
  }
  const out: Placed<R>[] = []
  for (let i = low; i < sorted.length; i++) {
    const a = sorted[i]!.anchor!
    if (a.start >= to) break
    if (a.end > from || (a.start === a.end && a.start >= from)) out.push(sorted[i]!)
  }
  return out
}

/** Anchored items in reading order, for painting and for the panel. */
export function inReadingOrder<R extends { createdAt: number }>(
  placed: readonly Placed<R>[],
): Placed<R>[] {
  return placed
    .filter((p) => p.anchor)
    .sort(
      (a, b) =>
        a.anchor!.start - b.anchor!.start ||
        a.anchor!.end - b.anchor!.end ||
        a.record.createdAt - b.record.createdAt,
    )
}

export type PlacedAnnotation = Placed<AnnotationRecord>
export type PlacedBookmark = Placed<BookmarkRecord>
