import type { BookUnit } from './book-units'
import { parseChineseNumber } from './heading-numerals'

/**
 * Articles, reports and essays number their sections 一、二、三、 and the parts of a section
 * （一）（二）. In a text without chapter headings those lines are its headings. Taken only when
 * they are short and unpunctuated like a heading, numbered in order from 一, and each followed by
 * text of its own: numbered items one after another are a list and stay one.
 */
const MAX_HEADING_CHARS = 30
const SECTION = /^([一二三四五六七八九十]{1,3})、[\s\u3000]*(\S.*)$/u
const PART = /^[（(]([一二三四五六七八九十]{1,3})[）)][\s\u3000]*(\S.*)$/u
/** A sentence or a clause ends so; a heading does not. */
const SENTENCE_END = /[。！？!?；;，,、：:…）)”』」]$/u
const MIN_IN_SEQUENCE = 2

interface Numbered {
  unit: number
  number: number
}

const numbered = (pattern: RegExp, text: string): number | null => {
  if (text.length > MAX_HEADING_CHARS || SENTENCE_END.test(text)) return null
  const match = pattern.exec(text)
  return match ? parseChineseNumber(match[1]!) : null
}

/** Units numbered `pattern` in order 1, 2, 3 … from `from` to `to`, or none when they are a list. */
function sequence(
  units: readonly BookUnit[],
  pattern: RegExp,
  from: number,
  to: number,
): Numbered[] {
  const found: Numbered[] = []
  for (let i = from; i < to; i++) {
    const unit = units[i]!
    if (unit.type !== 'paragraph') continue
    const first = unit.text.charCodeAt(0)
    // First-character test before any regex: most units of a long book start otherwise.
    if (first !== 0xff08 && first !== 0x28 && (first < 0x4e00 || first > 0x9fff)) continue
    const number = numbered(pattern, unit.text)
    if (number === found.length + 1) found.push({ unit: i, number })
  }
  if (found.length < MIN_IN_SEQUENCE) return []
  // A heading right before the next one has no text of its own: the numbers are a list.
  for (let k = 1; k < found.length; k++) if (found[k]!.unit === found[k - 1]!.unit + 1) return []
  return found
}

/** Makes numbered section lines headings (一、 level 1, （一） under it); how many it made. */
export function promoteNumberedSections(units: BookUnit[]): number {
  const sections = sequence(units, SECTION, 0, units.length)
  const bounds = [...sections.map((s) => s.unit), units.length]
  const parts: Numbered[] = []
  for (let k = 0; k + 1 < bounds.length; k++)
    parts.push(...sequence(units, PART, bounds[k]!, bounds[k + 1]!))
  // In a text without sections, parts are counted over the whole of it.
  if (sections.length === 0) parts.push(...sequence(units, PART, 0, units.length))
  for (const { unit } of sections) {
    units[unit]!.type = 'heading'
    units[unit]!.level = 1
  }
  for (const { unit } of parts) {
    units[unit]!.type = 'heading'
    units[unit]!.level = sections.length > 0 ? 2 : 1
  }
  return sections.length + parts.length
}

/** The first unit, when it reads as the title of an article whose sections were numbered. */
export function articleTitleIndex(units: readonly BookUnit[]): number | null {
  const first = units[0]
  if (!first || first.type !== 'paragraph') return null
  const text = first.text
  return text.length <= MAX_HEADING_CHARS &&
    !SENTENCE_END.test(text) &&
    units[1]?.type !== 'heading'
    ? 0
    : null
}
