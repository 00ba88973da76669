import type { BookUnit } from './book-units'
import { parseChineseNumber, parseEnglishNumber, parseRomanNumber } from './heading-numerals'

/**
 * Chapters numbered by a numeral alone on its line: 一, 二 … (骆驼祥子, 边城, 围城), （一）,
 * 1., II., ONE; or by a numeral and the chapter's title: `I. A SCANDAL IN BOHEMIA`, `3. The Storm`,
 * `1 概述`.
 * They are headings only as a sequence 1, 2, 3 … (starting again under a 卷/部/PART) with a
 * chapter's worth of text after each: subtitle cue numbers, list items and a stray 一 stay text.
 */
const MAX_LABEL = 8
const LABEL =
  /^[（(]?[\s\u3000]*([0-9０-９]{1,3}|[零〇一二两三四五六七八九十百]{1,6}|[IVXLC]{1,7})[\s\u3000]*[）)]?[.、．]?$/u
/** `ONE`, `Twenty-One`: a chapter number spelled out, alone on its line. */
const WORD_LABEL = /^[A-Za-z]+(?:-[A-Za-z]+)?$/
/** `IV. THE BOSCOMBE VALLEY MYSTERY`, `12. The Letter`, `3: Night`: a numeral, a stop, a title. */
const TITLED_LABEL = /^([0-9]{1,3}|[IVXLC]{1,7})[.:][ \t]+(["“'‘(]?[A-Z][^.,;:!?]*[!?]?)$/
/** `1 概述`, `一 童年` (either space half- or full-width): a numeral, a space, a short Chinese title. */
const CJK_TITLED_LABEL =
  /^([0-9０-９]{1,3}|[零〇一二两三四五六七八九十百]{1,6})[.．]?[\s\u3000]+(\p{Script=Han}[^。，！？；：,.!?;:、\s\u3000]{0,24})$/u
const MAX_TITLED = 70
const MINOR_WORD = /^(?:a|an|and|the|of|in|on|to|for|or|at|by|with|from|into|as)$/
/** Fewer numbered chapters than this and the numbers are not the book's structure. */
const MIN_CHAPTERS = 3
/** Text between two numbered chapters, on average at least: cue numbers and list items are shorter. */
const MIN_AVERAGE_CHARS = 400

/** First characters a numeral label may start with, by code: most units are ruled out here. */
const FIRST = new Uint8Array(0x10000)
for (const c of '（(0123456789０１２３４５６７８９零〇一二两三四五六七八九十百IVXLC')
  FIRST[c.charCodeAt(0)] = 1
/** Spelled-out numbers start so (one, two … twenty, thirty, forty, fifty …). */
for (const c of 'OTFSENotfsen') FIRST[c.charCodeAt(0)] = 2

export interface Label {
  number: number
  /** The line holds the chapter's title after its number. */
  titled: boolean
}

export function readLabel(text: string): Label | null {
  const first = FIRST[text.charCodeAt(0)]
  if (first === 0 || text.length > MAX_TITLED) return null
  if (text.length <= MAX_LABEL) {
    const m = first === 1 ? LABEL.exec(text) : null
    if (m) {
      const roman = parseRomanNumber(m[1]!)
      const number = Number.isNaN(roman) ? parseChineseNumber(m[1]!) : roman
      return Number.isNaN(number) ? null : { number, titled: false }
    }
  }
  if (text.length <= 16 && WORD_LABEL.test(text)) {
    // ONE or One, not one: a heading, not a word of a sentence.
    const number = /^[A-Z]/.test(text) ? parseEnglishNumber(text) : NaN
    return Number.isNaN(number) ? null : { number, titled: false }
  }
  const cjk = first === 1 ? CJK_TITLED_LABEL.exec(text) : null
  if (cjk) {
    const number = parseChineseNumber(cjk[1]!)
    return Number.isNaN(number) ? null : { number, titled: true }
  }
  const titled = first === 1 ? TITLED_LABEL.exec(text) : null
  if (!titled || !isTitleCased(titled[2]!)) return null
  const roman = parseRomanNumber(titled[1]!)
  const number = Number.isNaN(roman) ? Number(titled[1]) : roman
  return Number.isNaN(number) ? null : { number, titled: true }
}

/** Every longer word capitalised, or the whole in capitals: a title, not a numbered sentence. */
function isTitleCased(title: string): boolean {
  return title
    .replace(/^["“'‘(]/, '')
    .split(/\s+/)
    .every((word) => MINOR_WORD.test(word) || !/^[a-z]/.test(word))
}

function labelNumber(text: string): number {
  return readLabel(text)?.number ?? NaN
}

/**
 * Makes numeral paragraphs headings where they number the book's chapters; returns how many.
 * `listed` marks the lines of contents lists (findContentsRuns). Run before heading levels are
 * settled: they rank below the book's other chapter headings.
 */
export function promoteNumeralHeadings(units: BookUnit[], listed: Uint8Array): number {
  const found: number[] = []
  let expected = 1
  let chars = 0
  let higherSince = false
  let lowestRank = 0
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!
    if (unit.type === 'heading') {
      const rank = unit.heading?.rank ?? 0
      if (rank > 0) {
        // Under a higher heading (上卷, 第二部, PART TWO) the count may start again.
        higherSince = true
        lowestRank = Math.max(lowestRank, rank)
      }
      continue
    }
    if (unit.type !== 'paragraph' || listed[i]) continue
    const number = labelNumber(unit.text)
    if (Number.isNaN(number)) {
      chars += unit.text.length
      continue
    }
    if (number === expected || (number === 1 && higherSince)) {
      found.push(i)
      expected = number + 1
      higherSince = false
    }
  }
  if (found.length < MIN_CHAPTERS || chars / found.length < MIN_AVERAGE_CHARS) return 0
  // Under 章/回/CHAPTER headings the numbers are sections; else they are the chapters.
  const rank = lowestRank >= 3 ? lowestRank + 1 : 3
  for (const i of found) {
    const unit = units[i]!
    const label = readLabel(unit.text)!
    unit.type = 'heading'
    unit.heading = { rank, number: label.number, bare: !label.titled }
  }
  return found.length
}
