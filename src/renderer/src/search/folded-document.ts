import { createFoldTable, foldText, type FoldTable } from './fold-table'
import { findMatches, type MatchList } from './find-matches'

let table: FoldTable | undefined

/** A document's text folded once, searched many times: the worker's state, or the page's when there is no worker. */
export function createFoldedDocument(text: string) {
  table ??= createFoldTable()
  const folded = foldText(text, table)
  return {
    search(query: string, limit: number): MatchList {
      return findMatches(folded, foldText(query, table!), limit)
    },
  }
}
