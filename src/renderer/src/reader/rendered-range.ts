import type { ReaderNavigation } from './reader-navigation'

/** A copy that the page's DOM changes need not update (a live Range is, on every removal). */
export function staticCopy(range: Range): AbstractRange {
  return typeof StaticRange === 'undefined'
    ? range
    : new StaticRange({
        startContainer: range.startContainer,
        startOffset: range.startOffset,
        endContainer: range.endContainer,
        endOffset: range.endOffset,
      })
}

/**
 * A static range over the rendered part of [start, end) of the normalized text, and whether all
 * of it is rendered (a span across blocks may be only partly on the page), or null.
 */
export function renderedRange(
  navigation: Pick<ReaderNavigation, 'rangeForText' | 'textOffsetAt'>,
  start: number,
  end: number,
): { range: AbstractRange; whole: boolean } | null {
  const range = navigation.rangeForText(start, end)
  if (!range) return null
  const whole =
    navigation.textOffsetAt(range.startContainer, range.startOffset) === start &&
    navigation.textOffsetAt(range.endContainer, range.endOffset) === end
  return { range: staticCopy(range), whole }
}
