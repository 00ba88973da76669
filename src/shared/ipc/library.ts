import { z } from 'zod'
import type { DocumentMeta } from '../document-model'
import { channel } from './channel'

export const documentId = z.string().regex(/^[0-9a-f]{64}$/, 'a document id')

const fileToImport = z.object({
  name: z.string().min(1).max(1024),
  bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'the file’s bytes'),
})

export interface ImportOutcome {
  imported: DocumentMeta[]
  failed: { name: string; message: string }[]
  /** True when the user cancelled: files after the cancelled one were not tried. */
  cancelled?: boolean
}

/** A document in the trash: what it was, and when it was removed (ISO date). */
export type TrashedDocument = DocumentMeta & { trashedAt: string }

/** The renderer names each import so it can follow its progress and cancel it. */
export const importId = z.string().regex(/^[\w-]{1,64}$/, 'an import id')

export const libraryChannels = {
  'margin:library.list': channel<DocumentMeta[]>()(z.object({}).strict()),
  /** Files the renderer read itself (drag and drop, a file input): it sends bytes, never paths. */
  'margin:library.importFiles': channel<ImportOutcome>()(
    z.object({ files: z.array(fileToImport).min(1).max(500), importId: importId.optional() }).strict(),
  ),
  /** Shows the native open dialog and imports what the user picks (desktop only). */
  'margin:library.importFromDialog': channel<ImportOutcome>()(z.object({ importId: importId.optional() }).strict()),
  /** Shows the native folder dialog and imports every document inside, subfolders too (desktop only). */
  'margin:library.importFolderFromDialog': channel<ImportOutcome>()(
    z.object({ importId: importId.optional() }).strict(),
  ),
  /** Stops an import: the file being parsed is dropped whole, later files are not tried. */
  'margin:library.cancelImport': channel<void>()(z.object({ importId }).strict()),
  'margin:library.listTrash': channel<TrashedDocument[]>()(z.object({}).strict()),
  'margin:library.restore': channel<DocumentMeta>()(z.object({ id: documentId }).strict()),
  /** Deletes everything in the trash for good; answers the ids that went, so their notes can go too. */
  'margin:library.emptyTrash': channel<string[]>()(z.object({}).strict()),
  'margin:library.remove': channel<void>()(z.object({ id: documentId }).strict()),
}
