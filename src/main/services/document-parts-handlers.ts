import type { HandlerTable } from '../../shared/ipc/handler-table'
import type { DocumentStore } from './document-store'

/**
 * Opening a long document in parts: its head at once (first text on screen in a moment), the
 * rest in slices. The store reads them from small files (see document-parts.ts).
 */
export function createDocumentPartsHandlers({
  store,
}: {
  store: Pick<DocumentStore, 'openHead' | 'blocks'>
}) {
  return {
    'margin:documents.openHead': ({ id, blocks }) => store.openHead(id, blocks),
    'margin:documents.blocks': ({ id, from, to }) => store.blocks(id, from, to),
  } satisfies Pick<HandlerTable, 'margin:documents.openHead' | 'margin:documents.blocks'>
}
