/**
 * The W3C Web Annotation Data Model (JSON-LD): an AnnotationCollection whose one page holds
 * every annotation (motivation highlighting or commenting) and bookmark (motivation bookmarking).
 * Margin's own fields (colour, style, block hint) travel as `margin:` terms, so reading the file
 * back gives identical records.
 */
import type { AnnotationRecord, BookmarkRecord, Selector } from '../db/schema'
import type { NotesExport } from './collect-notes'

export const MARGIN_VOCABULARY = 'urn:margin:vocabulary:'
const CONTEXT = ['http://www.w3.org/ns/anno.jsonld', { margin: MARGIN_VOCABULARY }] as const
const ANNOTATION_ID = 'urn:margin:annotation:'
const BOOKMARK_ID = 'urn:margin:bookmark:'
const DOCUMENT_ID = 'urn:margin:document:'

interface TextualBody {
  type: 'TextualBody'
  value: string
  purpose: 'commenting' | 'tagging' | 'describing'
  format?: string
}

export interface WebAnnotation {
  id: string
  type: 'Annotation'
  motivation: 'highlighting' | 'commenting' | 'bookmarking'
  created: string
  modified: string
  body?: TextualBody[]
  target: { source: string; selector: Selector[] }
  [margin: `margin:${string}`]: unknown
}

export interface AnnotationCollection {
  '@context': typeof CONTEXT
  id: string
  type: 'AnnotationCollection'
  label: string
  total: number
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] }
}

const iso = (ms: number) => new Date(ms).toISOString()
/** Record fields this file maps by name; any others (added by a later Margin) ride along untouched. */
const ANNOTATION_FIELDS = new Set([
  'id',
  'documentId',
  'blockId',
  'selectors',
  'color',
  'style',
  'note',
  'tags',
  'createdAt',
  'updatedAt',
])
const BOOKMARK_FIELDS = new Set([
  'id',
  'documentId',
  'blockId',
  'textOffset',
  'selectors',
  'label',
  'createdAt',
  'updatedAt',
])

function extraFields(record: object, known: Set<string>): Record<string, unknown> | undefined {
  const extra = Object.fromEntries(Object.entries(record).filter(([key]) => !known.has(key)))
  return Object.keys(extra).length > 0 ? extra : undefined
}

export function annotationToWeb(record: AnnotationRecord): WebAnnotation {
  const body: TextualBody[] = []
  if (record.note)
    body.push({
      type: 'TextualBody',
      value: record.note,
      format: 'text/markdown',
      purpose: 'commenting',
    })
  for (const tag of record.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' })
  const extra = extraFields(record, ANNOTATION_FIELDS)
  return {
    id: ANNOTATION_ID + encodeURIComponent(record.id),
    type: 'Annotation',
    motivation: record.note ? 'commenting' : 'highlighting',
    created: iso(record.createdAt),
    modified: iso(record.updatedAt),
    ...(body.length > 0 ? { body } : {}),
    target: { source: DOCUMENT_ID + record.documentId, selector: record.selectors },
    'margin:color': record.color,
    'margin:style': record.style,
    'margin:blockId': record.blockId,
    ...(extra ? { 'margin:extra': extra } : {}),
  }
}

export function bookmarkToWeb(record: BookmarkRecord): WebAnnotation {
  const extra = extraFields(record, BOOKMARK_FIELDS)
  const selectors: Selector[] = record.selectors?.length
    ? record.selectors
    : [{ type: 'TextPositionSelector', start: record.textOffset, end: record.textOffset }]
  return {
    id: BOOKMARK_ID + encodeURIComponent(record.id),
    type: 'Annotation',
    motivation: 'bookmarking',
    created: iso(record.createdAt),
    modified: iso(record.updatedAt ?? record.createdAt),
    ...(record.label
      ? {
          body: [
            { type: 'TextualBody' as const, value: record.label, purpose: 'describing' as const },
          ],
        }
      : {}),
    target: { source: DOCUMENT_ID + record.documentId, selector: selectors },
    'margin:blockId': record.blockId,
    'margin:textOffset': record.textOffset,
    // The record had no selectors of its own (an old or unplaced bookmark): say so, to read it back as it was.
    ...(record.selectors?.length
      ? {}
      : { 'margin:storedSelectors': record.selectors ? 'empty' : 'none' }),
    ...(extra ? { 'margin:extra': extra } : {}),
  }
}

export function toWebAnnotationCollection(data: NotesExport): AnnotationCollection {
  const items = data.documents.flatMap((doc) => [
    ...doc.sections.flatMap((s) => s.notes).map((n) => annotationToWeb(n.annotation)),
    ...doc.orphans.map((n) => annotationToWeb(n.annotation)),
    ...doc.bookmarks.map((b) => bookmarkToWeb(b.bookmark)),
  ])
  const id = `urn:margin:export:${data.exportedAt.getTime()}`
  const label =
    data.wholeLibrary || data.documents.length !== 1
      ? 'Margin notes'
      : `Margin notes: ${data.documents[0]!.title}`
  return {
    '@context': CONTEXT,
    id,
    type: 'AnnotationCollection',
    label,
    total: items.length,
    first: { id: `${id}:page-1`, type: 'AnnotationPage', startIndex: 0, items },
  }
}

export const toWebAnnotationJson = (data: NotesExport) =>
  `${JSON.stringify(toWebAnnotationCollection(data), null, 2)}\n`
