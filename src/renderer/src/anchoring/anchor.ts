import { positionSelector, quoteSelector } from './describe'
import { matchQuote } from './match-quote'
import type { Anchor, Selector } from './types'

/** Below this weighted score a match is more likely a stranger than the passage: the annotation is orphaned. */
export const MIN_ANCHOR_SCORE = 0.6

/**
 * Where an annotation's selectors point in `text` (the document's normalized text), trying the cheapest
 * first: the stored offsets if the quote is still there, then the quote and its context, then an
 * approximate match. Null when nothing fits well enough; never throws.
 */
export function anchor(text: string, selectors: readonly Selector[]): Anchor | null {
  const position = positionSelector(selectors)
  const quote = quoteSelector(selectors)
  const fits =
    position !== undefined &&
    position.start >= 0 &&
    position.start <= position.end &&
    position.end <= text.length

  if (!quote || quote.exact === '') {
    // Nothing to check the offsets against (a bookmark at the very end): trust them if they fit.
    return fits ? { start: position.start, end: position.end, method: 'position' } : null
  }
  if (fits && text.slice(position.start, position.end) === quote.exact) {
    return { start: position.start, end: position.end, method: 'position' }
  }
  try {
    const match = matchQuote(text, quote.exact, {
      prefix: quote.prefix,
      suffix: quote.suffix,
      ...(position ? { hint: position.start } : {}),
    })
    if (!match || match.score < MIN_ANCHOR_SCORE) return null
    return { start: match.start, end: match.end, method: match.errors === 0 ? 'quote' : 'fuzzy' }
  } catch {
    return null
  }
}
