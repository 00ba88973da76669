import { useMemo } from 'react'
import type { ParsedDocument } from '../../../shared/document-model'
import { useReaderViewport, type ReaderNavigation } from '../reader/reader-navigation'
import { inReadingOrder } from './anchored-annotations'
import { anchorByPosition } from './position-anchors'
import { useDocumentAnnotations } from './use-annotations'
import { useHighlightPainter } from './use-highlight-painter'

/**
 * Highlights while the rest of a long document arrives: those whose stored offsets still hold
 * their quote in the part loaded so far are painted at once; full anchoring (quote search, fuzzy
 * match, orphans) waits for the whole document, as do the panels and the selection toolbar.
 */
export function LoadingHighlights({
  navigation,
  loaded,
}: {
  navigation: ReaderNavigation
  loaded: ParsedDocument
}) {
  const { visible } = useReaderViewport()
  const records = useDocumentAnnotations(navigation.documentId)
  const sorted = useMemo(
    () =>
      inReadingOrder(
        (records ?? []).map((record) => ({
          record,
          anchor: anchorByPosition(loaded.blocks, record.selectors),
        })),
      ),
    [records, loaded],
  )
  useHighlightPainter(navigation, visible, sorted, null)
  return null
}
