/** Selectors are the W3C Web Annotation ones, stored as plain JSON; their types live with the records. */
export type { Selector, TextPositionSelector, TextQuoteSelector } from '../db/schema'

/** A span of the document's normalized text: `start` inclusive, `end` exclusive. */
export interface TextSpan {
  start: number
  end: number
}

/** How an annotation found its place: cheaper methods are tried first. */
export type AnchorMethod = 'position' | 'quote' | 'fuzzy'

export interface Anchor extends TextSpan {
  method: AnchorMethod
}
