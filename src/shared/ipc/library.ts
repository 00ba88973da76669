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
}

export const libraryChannels = {
  'margin:library.list': channel<DocumentMeta[]>()(z.object({}).strict()),
  /** Files the renderer read itself (drag and drop, a file input): it sends bytes, never paths. */
  'margin:library.importFiles': channel<ImportOutcome>()(
    z.object({ files: z.array(fileToImport).min(1).max(500) }).strict(),
  ),
  /** Shows the native open dialog and imports what the user picks (desktop only). */
  'margin:library.importFromDialog': channel<ImportOutcome>()(z.object({}).strict()),
  'margin:library.remove': channel<void>()(z.object({ id: documentId }).strict()),
}
