import { z } from 'zod'
import type { DocumentMeta, ParsedDocument } from '../document-model'
import { channel } from './channel'
import { documentId } from './library'

export const documentChannels = {
  'margin:documents.open': channel<ParsedDocument>()(z.object({ id: documentId }).strict()),
  'margin:documents.meta': channel<DocumentMeta>()(z.object({ id: documentId }).strict()),
}
