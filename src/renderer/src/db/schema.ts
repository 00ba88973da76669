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

/** The five highlight colours, by name (the CSS decides the shade, per theme). */
export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number]

export interface AnnotationRecord {
  id: string
  documentId: string
  /** The block holding the start of the passage when it was made (a hint; the selectors decide). */
  blockId: string
  /** A TextPositionSelector and a TextQuoteSelector over the document's normalized text. */
  selectors: Selector[]
  color: HighlightColor
  style: 'highlight' | 'underline'
  /** Markdown; empty for a plain highlight. */
  note: string
  tags: string[]
  /** ms since 1970. */
  createdAt: number
  updatedAt: number
}

export interface BookmarkRecord {
  id: string
  documentId: string
  blockId: string
  /** Offset in the normalized text when it was made; `selectors` find it again if the document changes. */
  textOffset: number
  /** Since schema v2: a TextPositionSelector at `textOffset` and a TextQuoteSelector of the text that follows it. */
  selectors: Selector[]
  /** The user's name for it; empty when unnamed. */
  label: string
  createdAt: number
  /** Since schema v2. */
  updatedAt: number
}
