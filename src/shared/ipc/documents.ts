import { z } from 'zod'
import type { Block, DocumentMeta, ParsedDocument } from '../document-model'
import { ENCODING_NAMES } from '../text-encodings'
import { channel } from './channel'
import { documentId } from './library'

const outlineChange = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('promote'), blockId: z.string().min(1).max(128), level: z.number().int().min(1).max(6) }),
  z.object({ kind: z.literal('demote'), blockId: z.string().min(1).max(128) }),
  z.object({ kind: z.literal('rename'), blockId: z.string().min(1).max(128), title: z.string().max(500) }),
  z.object({ kind: z.literal('reset'), blockId: z.string().min(1).max(128) }),
])

/** The start of a text decoded with another encoding, for a live preview before choosing it. */
export interface EncodingPreview {
  encoding: string
  text: string
  /** Characters that did not decode (shown as U+FFFD): many means the wrong encoding. */
  replacements: number
}

/** The start of a document, to show at once; the rest follows through `margin:documents.blocks`. */
export interface DocumentHead {
  /** The document with only its first blocks (outline and stats complete). */
  document: ParsedDocument
  totalBlocks: number
}

export const documentChannels = {
  'margin:documents.openHead': channel<DocumentHead>()(
    z.object({ id: documentId, blocks: z.number().int().min(1).max(1_000_000) }).strict(),
  ),
  /** Blocks [from, to) of a document. */
  'margin:documents.blocks': channel<Block[]>()(
    z.object({ id: documentId, from: z.number().int().min(0), to: z.number().int().min(0) }).strict(),
  ),
  'margin:documents.open': channel<ParsedDocument>()(z.object({ id: documentId }).strict()),
  'margin:documents.meta': channel<DocumentMeta>()(z.object({ id: documentId }).strict()),
  /** Renames a document or edits its author; null puts back what the file says. */
  'margin:documents.editDetails': channel<DocumentMeta>()(
    z
      .object({
        id: documentId,
        title: z.string().trim().max(500).nullable().optional(),
        author: z.string().trim().max(500).nullable().optional(),
      })
      .strict(),
  ),
  'margin:documents.previewEncoding': channel<EncodingPreview>()(
    z.object({ id: documentId, encoding: z.enum(ENCODING_NAMES) }).strict(),
  ),
  /** Re-reads the original with the encoding the user picked, and remembers the choice. */
  'margin:documents.setEncoding': channel<DocumentMeta>()(
    z.object({ id: documentId, encoding: z.enum(ENCODING_NAMES) }).strict(),
  ),
  /** Corrects the table of contents; answers the document as it now reads. */
  'margin:documents.correctOutline': channel<ParsedDocument>()(
    z.object({ id: documentId, change: outlineChange }).strict(),
  ),
}
