import type { BookUnit } from './book-units'

/**
 * Sections numbered by their chapter (`1.1 背景`, `2.3.1 Caching`), as technical books and
 * reports set them: headings one level below their chapter (two below for 1.1.1) when they
 * count on in order, each with text of its own.
 */
const SECTION =
  /^([0-9]{1,2})\.([0-9]{1,2})(?:\.([0-9]{1,2}))?\.?(?:[ \t\u3000]+|(?=\p{Script=Han}))(\S[^。，！？；;,!?]{0,39})$/u
const MAX_SECTION = 48
/** A sentence ends so; a title does not. */
const SENTENCE_END = /[。.：:]$/u
const MIN_SECTIONS = 3
const MIN_AVERAGE_CHARS = 60

/** The numbers of a section line (`1.2 目标` → [1, 2, 0], `1.2.1 …` → [1, 2, 1]), or null. */
export function sectionNumbers(text: string): [number, number, number] | null {
  const c = text.charCodeAt(0)
  if (c < 0x30 || c > 0x39 || text.length > MAX_SECTION || SENTENCE_END.test(text)) return null
  const m = SECTION.exec(text)
  return m ? [Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : 0] : null
}

interface Found {
  at: number
  depth: number
}

/** Makes numbered sections headings; returns how many. `listed` marks contents lists' lines. */
export function promoteDecimalSections(units: BookUnit[], listed: Uint8Array): number {
  const found: Found[] = []
  let last: [number, number, number] = [0, 0, 0]
  let chars = 0
  let lowestRank = 0
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!
    if (unit.type === 'heading') {
      lowestRank = Math.max(lowestRank, unit.heading?.rank ?? 0)
      continue
    }
    if (unit.type !== 'paragraph' || listed[i]) continue
    const numbers = sectionNumbers(unit.text)
    if (!numbers) {
      chars += unit.text.length
      continue
    }
    const depth = numbers[2] > 0 ? 3 : 2
    if (!follows(last, numbers, depth)) continue
    found.push({ at: i, depth })
    last = numbers
  }
  if (found.length < MIN_SECTIONS || chars / found.length < MIN_AVERAGE_CHARS) return 0
  // One level below the chapters they number; a book of sections alone gets them as its chapters.
  const base = lowestRank >= 3 ? lowestRank + 1 : 3
  for (const { at, depth } of found) {
    const unit = units[at]!
    unit.type = 'heading'
    unit.heading = { rank: base + depth - 2, number: NaN, bare: false }
  }
  return found.length
}

/** 1.2 after 1.1, 2.1 after 1.x, 1.2.1 after 1.2, 1.2.2 after 1.2.1, 1.3 after 1.2.x. */
function follows(last: readonly number[], next: readonly number[], depth: number): boolean {
  const [a, b, c] = last as [number, number, number]
  const [x, y, z] = next as [number, number, number]
  if (depth === 2)
    return (x === a && y === b + 1) || (x === a + 1 && y === 1) || (a === 0 && y === 1)
  if (z !== c + 1 && z !== 1) return false
  return (x === a && y === b && z === c + 1) || (z === 1 && (c === 0 || a === 0))
}
