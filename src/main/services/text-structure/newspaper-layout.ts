import type { BlockDraft } from '../../../shared/document-model'

/**
 * Structure for newspaper pages and article collections (headlines with kickers and decks,
 * datelines, bylines, captions, credits, page markers, paragraphs rejoined across breaks).
 * Returns null when the lines do not read as a newspaper page, so the book rules apply instead.
 * Input: the decoded text's lines, control characters already removed, not yet trimmed.
 */
export function structureNewspaper(lines: readonly string[]): BlockDraft[] | null {
  void lines
  return null // the newspaper rules land here (issue 4)
}
