import approxSearch from 'approx-string-match'

export interface QuoteContext {
  prefix?: string
  suffix?: string
  /** Where the quote is expected to start (its old offset). */
  hint?: number
}

export interface QuoteMatch {
  start: number
  end: number
  /** Edits between the quote and the text matched. */
  errors: number
  /** 0..1, the weighted agreement of quote, context and position. */
  score: number
}

/** How much each piece of evidence counts (the weights Hypothesis's client uses). */
export const MATCH_WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 } as const

/** A match scoring this well is taken without looking for approximate ones. */
const CONFIDENT_SCORE = 0.75
/** Beyond this many exact occurrences, only the ones nearest the old offset are scored. */
const MAX_EXACT_CANDIDATES = 2000
/** Approximate matches are first sought this far either side of the old offset. */
const NEARBY_WINDOW = 4000

interface Candidate {
  start: number
  end: number
  errors: number
}

function exactMatches(text: string, quote: string, hint: number | undefined): Candidate[] {
  const found: Candidate[] = []
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    found.push({ start: at, end: at + quote.length, errors: 0 })
  }
  if (found.length > MAX_EXACT_CANDIDATES && hint !== undefined) {
    found.sort((a, b) => Math.abs(a.start - hint) - Math.abs(b.start - hint))
    found.length = MAX_EXACT_CANDIDATES
  }
  return found
}

/** 1 when `pattern` occurs in `text` unchanged, falling towards 0 with each edit needed. */
function similarity(text: string, pattern: string): number {
  if (pattern.length === 0) return 1
  if (text.length === 0) return 0
  const [best] = approxSearch(text, pattern, pattern.length)
  return best ? 1 - best.errors / pattern.length : 0
}

function score(text: string, quote: string, context: QuoteContext, match: Candidate): number {
  const w = MATCH_WEIGHTS
  const quoteScore = 1 - match.errors / quote.length
  const prefix = context.prefix ?? ''
  const suffix = context.suffix ?? ''
  const prefixScore = similarity(
    text.slice(Math.max(0, match.start - prefix.length), match.start),
    prefix,
  )
  const suffixScore = similarity(text.slice(match.end, match.end + suffix.length), suffix)
  const positionScore =
    context.hint === undefined
      ? 1
      : 1 - Math.min(1, Math.abs(match.start - context.hint) / Math.max(1, text.length))
  const raw =
    w.quote * quoteScore +
    w.prefix * prefixScore +
    w.suffix * suffixScore +
    w.position * positionScore
  return raw / (w.quote + w.prefix + w.suffix + w.position)
}

function best(
  text: string,
  quote: string,
  context: QuoteContext,
  candidates: readonly Candidate[],
): QuoteMatch | null {
  let top: QuoteMatch | null = null
  for (const candidate of candidates) {
    const s = score(text, quote, context, candidate)
    if (!top || s > top.score) top = { ...candidate, score: s }
  }
  return top
}

function approximateMatches(text: string, quote: string, offset: number): Candidate[] {
  const maxErrors = Math.min(256, Math.floor(quote.length / 2))
  return approxSearch(text, quote, maxErrors).map((m) => ({
    start: m.start + offset,
    end: m.end + offset,
    errors: m.errors,
  }))
}

/**
 * The best place for `quote` in `text`: exact occurrences first, told apart by their context and
 * nearness to the old offset; then approximate matches near the old offset, then anywhere.
 */
export function matchQuote(
  text: string,
  quote: string,
  context: QuoteContext = {},
): QuoteMatch | null {
  if (quote.length === 0) return null
  let top = best(text, quote, context, exactMatches(text, quote, context.hint))
  if (top && top.score >= CONFIDENT_SCORE) return top

  if (context.hint !== undefined) {
    const from = Math.max(0, context.hint - NEARBY_WINDOW - quote.length)
    const to = Math.min(text.length, context.hint + NEARBY_WINDOW + 2 * quote.length)
    const near = best(text, quote, context, approximateMatches(text.slice(from, to), quote, from))
    if (near && (!top || near.score > top.score)) top = near
    if (top && top.score >= CONFIDENT_SCORE) return top
  }
  const anywhere = best(text, quote, context, approximateMatches(text, quote, 0))
  if (anywhere && (!top || anywhere.score > top.score)) top = anywhere
  return top
}
