import type { DocumentMeta, ParsedDocument } from '../../../shared/document-model'
import type { MarginDatabase } from '../db/margin-db'
import { collectDocumentNotes, type NotesExport } from './collect-notes'

export interface ExportSources {
  listDocuments: () => Promise<DocumentMeta[]>
  openDocument: (id: string) => Promise<ParsedDocument>
}

/**
 * Gathers what an export needs: one document's notes, or those of every document in the library
 * that has any (in library order). Documents are opened only when they hold notes.
 */
export async function loadNotesExport(
  db: MarginDatabase,
  sources: ExportSources,
  scope: { documentId: string } | 'library',
  linkBase: string,
  exportedAt = new Date(),
): Promise<NotesExport> {
  const metas = await sources.listDocuments()
  const wanted = scope === 'library' ? metas : metas.filter((m) => m.id === scope.documentId)
  const documents = []
  for (const meta of wanted) {
    const [annotations, bookmarks] = await Promise.all([
      db.annotations.where('documentId').equals(meta.id).toArray(),
      db.bookmarks.where('documentId').equals(meta.id).toArray(),
    ])
    if (scope === 'library' && annotations.length === 0 && bookmarks.length === 0) continue
    const doc = await sources.openDocument(meta.id)
    documents.push(
      collectDocumentNotes(
        { meta, blocks: doc.blocks, outline: doc.outline, annotations, bookmarks },
        linkBase,
      ),
    )
  }
  return { documents, exportedAt, wholeLibrary: scope === 'library' }
}
