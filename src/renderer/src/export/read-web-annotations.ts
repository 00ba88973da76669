/**
 * Reads annotations back from a Web Annotation JSON file Margin wrote (an AnnotationCollection,
 * an AnnotationPage or a bare list), giving records identical to those exported.
 * Annotations that do not target a Margin document are counted and left out.
 */
import { z } from 'zod'
import {
  HIGHLIGHT_COLORS,
  type AnnotationRecord,
  type BookmarkRecord,
  type Selector,
} from '../db/schema'

const selector = z.union([
  z.object({
    type: z.literal('TextQuoteSelector'),
    exact: z.string(),
    prefix: z.string().default(''),
    suffix: z.string().default(''),
  }),
  z.object({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().min(0),
    end: z.number().int().min(0),
  }),
])
const body = z.looseObject({
  type: z.string().optional(),
  value: z.string(),
  purpose: z.string().optional(),
})
const webAnnotation = z.looseObject({
  id: z.string(),
  type: z.union([z.literal('Annotation'), z.array(z.string())]),
  motivation: z.string().optional(),
  created: z.string().optional(),
  modified: z.string().optional(),
  body: z.union([body, z.array(body)]).optional(),
  target: z.looseObject({
    source: z.string(),
    selector: z.union([
      selector,
      z.array(z.union([selector, z.looseObject({ type: z.string() })])),
    ]),
  }),
})
type WebAnnotationInput = z.output<typeof webAnnotation>

export interface ReadAnnotations {
  annotations: AnnotationRecord[]
  bookmarks: BookmarkRecord[]
  /** Items that are not Margin annotations of a document (another tool's, or damaged). */
  skipped: number
}

export class AnnotationFileError extends Error {}

const DOCUMENT = /^urn:margin:document:([0-9a-f]{64})$/
const ITEM = /^urn:margin:(annotation|bookmark):(.+)$/

function itemsOf(data: unknown): unknown[] {
  if (Array.isArray(data)) return data
  const record = data as { type?: unknown; items?: unknown; first?: { items?: unknown } } | null
  if (record && Array.isArray(record.first?.items)) return record.first.items
  if (record && Array.isArray(record.items)) return record.items
  if (record && record.type === 'Annotation') return [record]
  throw new AnnotationFileError('This file is not a Web Annotation collection.')
}

const timeOf = (value: string | undefined, fallback: number) => {
  const ms = value ? Date.parse(value) : NaN
  return Number.isFinite(ms) ? ms : fallback
}

function toRecords(
  item: WebAnnotationInput,
  now: number,
): { annotation?: AnnotationRecord; bookmark?: BookmarkRecord } | null {
  const documentId = DOCUMENT.exec(item.target.source)?.[1]
  const kind = ITEM.exec(item.id)
  if (!documentId || !kind) return null
  const id = decodeURIComponent(kind[2]!)
  const bodies = item.body === undefined ? [] : Array.isArray(item.body) ? item.body : [item.body]
  const selectors = (
    Array.isArray(item.target.selector) ? item.target.selector : [item.target.selector]
  ).filter((s): s is Selector => selector.safeParse(s).success)
  const extra = (item['margin:extra'] ?? {}) as Record<string, unknown>
  const created = timeOf(item.created, now)
  const modified = timeOf(item.modified, created)
  const blockId = typeof item['margin:blockId'] === 'string' ? item['margin:blockId'] : ''
  if (kind[1] === 'bookmark' || item.motivation === 'bookmarking') {
    const position = selectors.find((s) => s.type === 'TextPositionSelector')
    const textOffset =
      typeof item['margin:textOffset'] === 'number'
        ? item['margin:textOffset']
        : (position?.start ?? 0)
    const bookmark = {
      id,
      documentId,
      blockId,
      textOffset,
      selectors,
      label: bodies.find((b) => b.purpose === 'describing')?.value ?? '',
      createdAt: created,
      updatedAt: modified,
      ...extra,
    } as BookmarkRecord
    if (item['margin:storedSelectors'] === 'empty') bookmark.selectors = []
    if (item['margin:storedSelectors'] === 'none')
      delete (bookmark as Partial<BookmarkRecord>).selectors
    return { bookmark }
  }
  const color = HIGHLIGHT_COLORS.find((c) => c === item['margin:color']) ?? 'yellow'
  const annotation = {
    id,
    documentId,
    blockId,
    selectors,
    color,
    style: item['margin:style'] === 'underline' ? 'underline' : 'highlight',
    note: bodies.find((b) => b.purpose === 'commenting' || b.purpose === undefined)?.value ?? '',
    tags: bodies.filter((b) => b.purpose === 'tagging').map((b) => b.value),
    createdAt: created,
    updatedAt: modified,
    ...extra,
  } as AnnotationRecord
  return { annotation }
}

export function readWebAnnotations(json: string, now = Date.now()): ReadAnnotations {
  let data: unknown
  try {
    data = JSON.parse(json)
  } catch {
    throw new AnnotationFileError('This file is not JSON.')
  }
  const result: ReadAnnotations = { annotations: [], bookmarks: [], skipped: 0 }
  for (const raw of itemsOf(data)) {
    const parsed = webAnnotation.safeParse(raw)
    const records = parsed.success ? toRecords(parsed.data, now) : null
    if (!records) result.skipped++
    else if (records.annotation) result.annotations.push(records.annotation)
    else if (records.bookmark) result.bookmarks.push(records.bookmark)
  }
  return result
}
