import type { HeadingOutlineEntry, SpineDocument } from './epub-heading-outline'

/**
 * A table of contents that skips some of the book's files (converters that list only the parts,
 * hand-made NCX files that miss a chapter) leaves the reader lost there: the contents and the
 * status line name the chapter before. The chapters read from the headings of each spine document
 * no entry points into are added where they fall, nested as the headings nest them beside the
 * nearest entry (a chapter under its part, beside its sibling chapters).
 */
export interface IndexedTocEntry {
  title: string
  level: number
  /** Index of the draft the entry lands on. */
  index: number
}

export function fillTocGaps(
  toc: readonly IndexedTocEntry[],
  chapters: readonly HeadingOutlineEntry[],
  documents: readonly SpineDocument[],
): IndexedTocEntry[] {
  const within = (d: SpineDocument, index: number) => index >= d.start && index < d.start + d.count
  const missing = documents
    .filter((d) => !d.nav && !toc.some((e) => within(d, e.index)))
    .flatMap((d) => {
      const inside = chapters.filter((c) => within(d, c.index))
      // The document's chapters, not their sections.
      const top = Math.min(...inside.map((c) => c.level))
      return inside.filter((c) => c.level === top)
    })
  if (missing.length === 0) return [...toc]
  /** The heading outline's depth at a draft: that of the last chapter entry at or before it. */
  const depthAt = (index: number) => chapters.findLast((c) => c.index <= index)?.level
  const merged: IndexedTocEntry[] = []
  let m = 0
  for (let t = 0; t <= toc.length; t++) {
    const next = toc[t]
    while (m < missing.length && (next === undefined || missing[m]!.index < next.index)) {
      const chapter = missing[m++]!
      const neighbour = merged[merged.length - 1] ?? next!
      const depth = depthAt(neighbour.index)
      const level =
        depth === undefined
          ? Math.max(neighbour.level, next?.level ?? 1)
          : neighbour.level + chapter.level - depth
      merged.push({ title: chapter.title, level: Math.max(1, level), index: chapter.index })
    }
    if (next) merged.push(next)
  }
  return merged
}
