import type { BlockDraft } from '../../../shared/document-model'
import { matchChapterHeading } from '../text-structure/chapter-heading'

/** Fewer lines than this that read as chapter headings could be chance (a sentence starting "Chapter 1 shows…"). */
const MIN_CHAPTER_LINES = 2

/**
 * Pages converted from Word or from web novels often style chapter titles as bold paragraphs
 * (`<p class="title">第一章 初遇</p>`) and have no heading elements at all. In a document with
 * no headings, paragraphs that read as chapter headings (第…章, Chapter N, 序, Epilogue) become
 * headings, ranked as TXT books rank them; a document that has headings is left as its author made it.
 */
export function promoteChapterLines(drafts: BlockDraft[]): void {
  if (drafts.some((d) => d.type === 'heading')) return
  const found: { index: number; rank: number }[] = []
  drafts.forEach((draft, index) => {
    if (draft.type !== 'paragraph') return
    const match = matchChapterHeading(draft.text.trim())
    if (match && match.end === undefined) found.push({ index, rank: match.rank })
  })
  if (found.length < MIN_CHAPTER_LINES) return
  // Prefaces (rank 0) sit at the level of the book's main unit, others by their rank order.
  const ranks = [...new Set(found.map((f) => f.rank).filter((r) => r > 0))].sort((a, b) => a - b)
  for (const { index, rank } of found) {
    const draft = drafts[index]!
    draft.type = 'heading'
    draft.level = rank === 0 ? 1 : ranks.indexOf(rank) + 1
    delete draft.html
  }
}
