/** Records kept in the renderer's IndexedDB. Plain data, so they can be exported and backed up as they are. */

export interface ReadingProgress {
  documentId: string
  /** The block at the top of the view, and how far into it (0..1 of its height). */
  blockId: string
  blockIndex: number
  withinBlock: number
  /** Offset in the document's normalized text of the first visible character (approximate). */
  textOffset: number
  /** 0..100 */
  percent: number
  updatedAt: number
}

export interface SettingRecord {
  key: string
  value: unknown
}

export interface TextPositionSelector {
  type: 'TextPositionSelector'
  start: number
  end: number
}

export interface TextQuoteSelector {
  type: 'TextQuoteSelector'
  exact: string
  prefix: string
  suffix: string
}

export type Selector = TextPositionSelector | TextQuoteSelector

export interface AnnotationRecord {
  id: string
  documentId: string
  blockId: string
  selectors: Selector[]
  color: string
  style: 'highlight' | 'underline'
  note: string
  tags: string[]
  createdAt: number
  updatedAt: number
}

export interface BookmarkRecord {
  id: string
  documentId: string
  blockId: string
  textOffset: number
  label: string
  createdAt: number
}
