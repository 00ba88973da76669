/** A small TXT document assembled from block drafts, for unit tests of logic over blocks and offsets. */
import { assembleDocument } from '../../src/shared/assemble-document'
import type { BlockDraft, ParsedDocument } from '../../src/shared/document-model'

export function textDocument(drafts: readonly BlockDraft[], title = 't'): ParsedDocument {
  return assembleDocument({
    format: 'txt',
    encoding: 'utf-8',
    encodingConfidence: 1,
    title,
    drafts,
  })
}
