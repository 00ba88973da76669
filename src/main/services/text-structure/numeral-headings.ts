import type { BookUnit } from './book-units'
import { parseChineseNumber, parseRomanNumber } from './heading-numerals'

/**
 * Chapters numbered by a numeral alone on its line: 一, 二 … (骆驼祥子, 边城, 围城), （一）,
 * 1., II. They are headings only as a sequence 1, 2, 3 … (starting again under a 卷/部/PART) with
 * a chapter's worth of text after each: subtitle cue numbers, list numbers and a stray 一 stay text.
 */
const MAX_LABEL = 8
const LABEL =
  /^[（(]?[\s\u3000]*([0-9０-９]{1,3}|[零〇一二两三四五六七八九十百]{1,6}|[IVXLC]{1,7})[\s\u3000]*[）)]?[.、．]?$/u
/** Fewer numbered chapters than this and the numbers are not the book's structure. */
const MIN_CHAPTERS = 3
/** Text between two numbered chapters, on average at least: cue numbers and list items are shorter. */
const MIN_AVERAGE_CHARS = 400

/** First characters a numeral label may start with, by code: most units are ruled out here. */
const FIRST = new Uint8Array(0x10000)
for (const c of '（(0123456789０１２３４５６７８９零〇一二两三四五六七八九十百IVXLC')
  FIRST[c.charCodeAt(0)] = 1

function labelNumber(text: string): number {
  if (text.length > MAX_LABEL || FIRST[text.charCodeAt(0)] === 0) return NaN
  const m = LABEL.exec(text)
  if (!m) return NaN
  const digits = m[1]!
  const roman = parseRomanNumber(digits)
  return Number.isNaN(roman) ? parseChineseNumber(digits) : roman
}

/**
 * Makes numeral-only paragraphs headings where they number the book's chapters; returns how many.
 * Run before heading levels are settled: they rank below the book's other chapter headings.
 */
export function promoteNumeralHeadings(units: BookUnit[]): number {
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
    if (unit.type !== 'paragraph') continue
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
  for (let k = 1; k < found.length; k++) if (found[k]! === found[k - 1]! + 1) return 0
  // Under 章/回/CHAPTER headings the numbers are sections; else they are the chapters.
  const rank = lowestRank >= 3 ? lowestRank + 1 : 3
  for (const i of found) {
    const unit = units[i]!
    unit.type = 'heading'
    unit.heading = { rank, number: labelNumber(unit.text), bare: true }
  }
  return found.length
}
