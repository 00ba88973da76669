import { useCallback, useEffect, useRef, useState } from 'react'
import { documentText } from '../../../shared/assemble-document'
import type { ParsedDocument } from '../../../shared/document-model'
import type { MatchList } from './find-matches'
import { createSearchIndex, type SearchIndex } from './search-index'

/** At most this many matches are kept for the list, the highlights and next/previous; all are counted. */
export const MATCH_LIMIT = 100_000
/** Long enough to skip the letters of a word typed at speed, short enough to feel immediate. */
const TYPING_PAUSE_MS = 60

export interface SearchResult extends MatchList {
  query: string
  milliseconds: number
}

/**
 * The search of one document: the index is built when search is first opened (the folded copy
 * costs memory, so documents nobody searches never get one), then each query runs a moment
 * after typing pauses; a result for an older query never replaces a newer one.
 * `onResult` hears each new result (null when the query is cleared).
 */
export function useDocumentSearch(
  doc: ParsedDocument | null,
  active: boolean,
  onResult: (result: SearchResult | null) => void,
) {
  const [query, setQuery] = useState('')
  const [result, setResult] = useState<SearchResult | null>(null)
  const index = useRef<SearchIndex | null>(null)
  const latestQuery = useRef(query)
  const listener = useRef(onResult)
  useEffect(() => {
    listener.current = onResult
  }, [onResult])

  useEffect(() => {
    if (!doc || !active) return
    const created = createSearchIndex(documentText(doc.blocks))
    index.current = created
    return () => {
      created.dispose()
      if (index.current === created) index.current = null
    }
  }, [doc, active])

  const publish = useCallback((next: SearchResult | null) => {
    setResult(next)
    listener.current(next)
  }, [])

  useEffect(() => {
    latestQuery.current = query
    const timer = setTimeout(() => {
      if (query.trim() === '') return publish(null)
      void index.current?.search(query, MATCH_LIMIT).then((found) => {
        if (found && latestQuery.current === query) publish({ query, ...found })
      })
    }, TYPING_PAUSE_MS)
    return () => clearTimeout(timer)
  }, [query, active, doc, publish])

  // The last result stays on screen while the next one is computed, so the list does not flicker.
  return { query, setQuery, result }
}
