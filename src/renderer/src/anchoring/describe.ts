import type { Selector, TextPositionSelector, TextQuoteSelector } from './types'

/** Characters of context kept either side of a quote: enough to tell repeats apart, short enough to survive edits nearby. */
export const CONTEXT_LENGTH = 32

/** Every selector for a span of the normalized text, the cheapest to resolve first. */
export function describe(text: string, start: number, end: number): Selector[] {
  const from = Math.max(0, Math.min(start, end, text.length))
  const to = Math.min(text.length, Math.max(start, end))
  const position: TextPositionSelector = { type: 'TextPositionSelector', start: from, end: to }
  const quote: TextQuoteSelector = {
    type: 'TextQuoteSelector',
    exact: text.slice(from, to),
    prefix: text.slice(Math.max(0, from - CONTEXT_LENGTH), from),
    suffix: text.slice(to, to + CONTEXT_LENGTH),
  }
  return [position, quote]
}

export function positionSelector(selectors: readonly Selector[]): TextPositionSelector | undefined {
  return selectors.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector')
}

export function quoteSelector(selectors: readonly Selector[]): TextQuoteSelector | undefined {
  return selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector')
}
