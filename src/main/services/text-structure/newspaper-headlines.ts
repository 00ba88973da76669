/**
 * A headline group as blocks: the headline itself as a heading, kickers (引题) above it and decks
 * (副题) below it as subheadings, and a sub-headline set on the headline's own line after a space.
 */
import type { BlockDraft } from '../../../shared/document-model'
import { isAlphabeticLine, visibleLength } from './newspaper-line-kinds'

const OPENERS: Record<string, string> = {
  '“': '”',
  '‘': '’',
  '《': '》',
  '「': '」',
  '『': '』',
  '（': '）',
  '(': ')',
  '【': '】',
}
const MIN_PART = 4
/** Parallel halves of one headline differ by at most this much (`友谊之旅 和平之旅`). */
const PARALLEL_SLACK = 2

/** Splits at runs of spaces that are not inside quotes or brackets. */
function spaceSeparatedParts(text: string): string[] {
  const parts: string[] = []
  let current = ''
  const closers: string[] = []
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (OPENERS[ch]) closers.push(OPENERS[ch])
    else if (ch === closers[closers.length - 1]) closers.pop()
    if (closers.length === 0 && /[\s\u3000]/u.test(ch)) {
      if (current !== '') parts.push(current)
      current = ''
      continue
    }
    current += ch
  }
  if (current !== '') parts.push(current)
  return parts
}

/** `headline sub-headline` on one line: the index where the sub-headline starts, or -1. */
export function sameLineSubheadingStart(text: string): number {
  // Words of an English headline are spaced too: only a wide gap parts its headline from a sub-headline.
  if (isAlphabeticLine(text)) {
    const gap = /[ \t\u3000]{3,}/u.exec(text)
    return gap && gap.index >= MIN_PART && text.length - gap.index - gap[0].length >= MIN_PART
      ? gap.index + gap[0].length
      : -1
  }
  const parts = spaceSeparatedParts(text)
  if (parts.length < 2) return -1
  const first = parts[0]!
  const rest = text.slice(text.indexOf(first) + first.length).replace(/^[\s\u3000]+/u, '')
  const firstLength = visibleLength(first)
  const restLength = visibleLength(rest.replace(/[（(][^）)]*[）)]$/u, ''))
  if (firstLength < MIN_PART || restLength < MIN_PART) return -1
  if (parts.length === 2 && Math.abs(firstLength - restLength) <= PARALLEL_SLACK) return -1
  return text.length - rest.length
}

/** Which line of a multi-line group is the headline proper. */
function headlineIndex(group: readonly string[]): number {
  const isDeck = (t: string) => /^[—－-]{2}/u.test(t)
  // A kicker ends in a dash, or is a slogan in quotation marks or a column's name behind a bullet
  // (■ 记者观察) set above the headline.
  const isKicker = (t: string) =>
    /[—－-]{2}$/u.test(t) ||
    (t !== group[group.length - 1] &&
      (/^[“「『][^”」』]*[”」』]$/u.test(t) || /^[■□●○◆◇▲△★☆◎►▶]/u.test(t)))
  const candidates = group
    .map((_, i) => i)
    .filter((i) => !isDeck(group[i]!) && !isKicker(group[i]!))
  if (candidates.length === 0) return 0
  const [a, b] = candidates
  if (b === undefined) return a!
  const lengthA = visibleLength(group[a!]!)
  const lengthB = visibleLength(group[b]!)
  // A kicker is a tag of a few characters (`朝鲜`) or, in three-line groups, a longer line above a shorter
  // headline or the first of two lines above a dashed deck.
  if (lengthA <= 3 && lengthB > lengthA) return b
  // WORLD NEWS over a headline in upper and lower case: the section's kicker.
  if (isCapitalsKicker(group[a!]!, group[b]!)) return b
  if (group.length >= 3 && a === 0 && b === 1 && (lengthB < lengthA || isDeck(group[2]!))) return b
  return a!
}

function isCapitalsKicker(kicker: string, next: string): boolean {
  return (
    isAlphabeticLine(kicker) &&
    /[A-Z]/.test(kicker) &&
    kicker === kicker.toUpperCase() &&
    next !== next.toUpperCase() &&
    kicker.length < next.length
  )
}

export function headlineDrafts(group: readonly string[], level: number): BlockDraft[] {
  if (group.length === 1) {
    const text = group[0]!
    const split = sameLineSubheadingStart(text)
    if (split < 0) return [{ type: 'heading', level, text }]
    return [
      { type: 'heading', level, text: text.slice(0, split).replace(/[\s\u3000]+$/u, '') },
      { type: 'subheading', text: text.slice(split) },
    ]
  }
  const main = headlineIndex(group)
  return group.map((text, i) =>
    i === main ? { type: 'heading', level, text } : { type: 'subheading', text },
  )
}
