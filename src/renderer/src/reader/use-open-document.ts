import { useCallback, useEffect, useRef, useState } from 'react'
import type { ParsedDocument } from '../../../shared/document-model'
import { unwrap } from '../bridge/call-margin'

/** Enough blocks to fill a tall screen; the rest arrives in slices while the reader reads. */
const HEAD_BLOCKS = 300
const SLICE_BLOCKS = 6000

export interface OpenDocument {
  /** The document as far as it has arrived (all of it once `complete`). */
  doc: ParsedDocument | null
  complete: boolean
  error: string | null
}

type OpenState = OpenDocument & {
  /** Puts a corrected document (same blocks, ids and offsets) in place of the open one. */
  replace: (doc: ParsedDocument) => void
}

/** Opens a document head first, so a 30 MB book shows its first page at once. */
export function useOpenDocument(documentId: string): OpenState {
  const [state, setState] = useState<OpenDocument>({ doc: null, complete: false, error: null })
  const stopLoading = useRef(() => {})

  useEffect(() => {
    let live = true
    stopLoading.current = () => (live = false)
    void (async () => {
      try {
        const head = await unwrap(window.margin.openDocumentHead(documentId, HEAD_BLOCKS))
        if (!live) return
        let doc = head.document
        setState({ doc, complete: doc.blocks.length >= head.totalBlocks, error: null })
        while (live && doc.blocks.length < head.totalBlocks) {
          const from = doc.blocks.length
          const slice = await unwrap(
            window.margin.documentBlocks(documentId, from, from + SLICE_BLOCKS),
          )
          if (!live) return
          if (slice.length === 0) {
            setState({ doc, complete: true, error: null })
            break
          }
          doc = { ...doc, blocks: doc.blocks.concat(slice) }
          setState({ doc, complete: doc.blocks.length >= head.totalBlocks, error: null })
        }
      } catch (e) {
        if (live) setState((s) => ({ ...s, error: e instanceof Error ? e.message : String(e) }))
      }
    })()
    return () => {
      live = false
    }
  }, [documentId])

  const replace = useCallback((doc: ParsedDocument) => {
    stopLoading.current() // the corrected document is whole: no slices need to follow
    setState({ doc, complete: true, error: null })
  }, [])

  return { ...state, replace }
}
