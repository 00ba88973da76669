import {
  HIGHLIGHT_COLORS,
  type AnnotationRecord,
  type BookmarkRecord,
  type HighlightColor,
} from './schema'

/** A record as version 1 may have stored it: loosely typed, since v1 did not check its fields. */
type Loose<T> = { [K in keyof T]?: unknown }

const isColor = (value: unknown): value is HighlightColor =>
  HIGHLIGHT_COLORS.includes(value as HighlightColor)

/** Fills the fields v2 relies on, keeping everything the record had. Used with Collection.modify. */
export function upgradeAnnotationToV2(record: Loose<AnnotationRecord>): void {
  const createdAt = typeof record.createdAt === 'number' ? record.createdAt : 0
  record.createdAt = createdAt
  record.updatedAt = typeof record.updatedAt === 'number' ? record.updatedAt : createdAt
  record.color = isColor(record.color) ? record.color : 'yellow'
  record.style = record.style === 'underline' ? 'underline' : 'highlight'
  record.note = typeof record.note === 'string' ? record.note : ''
  record.tags = Array.isArray(record.tags)
    ? record.tags.filter((t): t is string => typeof t === 'string')
    : []
  record.selectors = Array.isArray(record.selectors) ? record.selectors : []
}

/** v1 bookmarks knew only their offset: v2 adds a position selector there (the quote comes when the document is next open). */
export function upgradeBookmarkToV2(record: Loose<BookmarkRecord>): void {
  const offset = typeof record.textOffset === 'number' ? record.textOffset : 0
  record.textOffset = offset
  record.selectors = Array.isArray(record.selectors)
    ? record.selectors
    : [{ type: 'TextPositionSelector', start: offset, end: offset }]
  record.label = typeof record.label === 'string' ? record.label : ''
  const createdAt = typeof record.createdAt === 'number' ? record.createdAt : 0
  record.createdAt = createdAt
  record.updatedAt = typeof record.updatedAt === 'number' ? record.updatedAt : createdAt
}
