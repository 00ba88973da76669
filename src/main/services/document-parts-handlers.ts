import type { ParsedDocument } from '../../shared/document-model'
import type { HandlerTable } from '../../shared/ipc/handler-table'
import type { DocumentStore } from './document-store'

/** How long the document whose blocks are being fetched stays parsed in memory after the last call. */
const KEEP_MS = 60_000

/**
 * Opening a long document in parts: its head at once (first text on screen in a moment), the
 * rest in slices. Each head call reads the document afresh; the slices that follow reuse it.
 */
export function createDocumentPartsHandlers({ store }: { store: Pick<DocumentStore, 'open'> }) {
  let cached: { id: string; doc: Promise<ParsedDocument> } | null = null
  let timer: ReturnType<typeof setTimeout> | undefined

  function keep(id: string, fresh: boolean): Promise<ParsedDocument> {
    if (fresh || cached?.id !== id) {
      const doc = store.open(id)
      const entry = { id, doc }
      cached = entry
      doc.catch(() => {
        if (cached === entry) cached = null
      })
    }
    clearTimeout(timer)
    timer = setTimeout(() => (cached = null), KEEP_MS)
    timer.unref?.()
    return cached!.doc
  }

  return {
    'margin:documents.openHead': async ({ id, blocks }) => {
      const doc = await keep(id, true)
      return {
        document: { ...doc, blocks: doc.blocks.slice(0, blocks) },
        totalBlocks: doc.blocks.length,
      }
    },
    'margin:documents.blocks': async ({ id, from, to }) =>
      (await keep(id, false)).blocks.slice(from, to),
  } satisfies Pick<HandlerTable, 'margin:documents.openHead' | 'margin:documents.blocks'>
}
