import type { BookUnit } from './book-units'

/** How far a Gutenberg "[Illustration:" bracket may run before its "]" (lines of caption). */
const MAX_BRACKET_UNITS = 12
const MAX_BRACKET_CHARS = 600
const OPEN_BRACKET = /^\[(?:Illustration|Picture|Image)\b/i

/**
 * A Gutenberg "[Illustration:" whose caption runs over the next lines, down to a closing "]",
 * becomes one caption: the lines of a caption (a publisher's mark, a dedication) are not
 * paragraphs of the book, and a lone "]" is no paragraph at all. Brackets that a heading
 * interrupts, or that never close, are left as they are.
 */
export function joinIllustrationBrackets(units: BookUnit[]): BookUnit[] {
  if (!units.some((unit) => unit.type === 'caption' && isOpenBracket(unit.text))) return units
  const joined: BookUnit[] = []
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!
    const end = unit.type === 'caption' && isOpenBracket(unit.text) ? closingUnit(units, i) : -1
    if (end < 0) {
      joined.push(unit)
      continue
    }
    const parts = units.slice(i, end + 1).map((part) => part.text.replace(/\s+/g, ' ').trim())
    joined.push({ type: 'caption', text: parts.join(' ').replace(/ \]$/, ']') })
    i = end
  }
  return joined
}

function isOpenBracket(text: string): boolean {
  return OPEN_BRACKET.test(text) && !text.includes(']')
}

/** The index of the unit that closes the bracket opened at `at`, or -1. */
function closingUnit(units: readonly BookUnit[], at: number): number {
  let chars = units[at]!.text.length
  for (let i = at + 1; i < units.length && i <= at + MAX_BRACKET_UNITS; i++) {
    const unit = units[i]!
    if (unit.type !== 'paragraph' && unit.type !== 'verse' && unit.type !== 'caption') return -1
    if (unit.type === 'caption' && isOpenBracket(unit.text)) return -1
    chars += unit.text.length
    if (chars > MAX_BRACKET_CHARS) return -1
    if (unit.text.trimEnd().endsWith(']')) return i
    if (unit.text.includes(']')) return -1
  }
  return -1
}
