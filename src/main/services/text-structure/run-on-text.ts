import { NUMERAL_CHARS, parseChineseNumber } from './heading-numerals'

/**
 * A book that arrives as one enormous line (or a few): chapter titles run straight into the text.
 * This cuts such a line before each inline 第…回 heading and into paragraphs at sentence ends.
 */
export interface RunOnPiece {
  text: string
  heading: boolean
}

/** Lines longer than this are not paragraphs anyone typed. */
export const RUN_ON_MIN_LENGTH = 5_000
const PARAGRAPH_TARGET = 240
const PARAGRAPH_MAX = 1_200
const INLINE_HEADING = new RegExp(`第[${NUMERAL_CHARS}]{1,8}[回章卷节節]`, 'g')
/** Where a 回目 ends and the story begins: 話說, 却說, 詩曰 … */
const STORY_OPENING = /話說|话说|卻說|却說|却说|且說|且说|詩曰|诗曰|詞曰|词曰/
const SENTENCE_END = new Set([...'。！？!?'])
const CLOSERS = new Set([...'”」』"\'）)】'])
const CLAUSE_END = new Set([...'，,；;'])
const PRECEDES_HEADING = new Set([...'。！？!?…”」』"\'）) \u3000'])
const TITLE_PUNCTUATION = /[，。：；！？、,.:;!?“”「」]/
const TYPICAL_COUPLET = 14

export function splitRunOnLine(line: string): RunOnPiece[] {
  const headings = findInlineHeadings(line)
  const pieces: RunOnPiece[] = []
  let at = 0
  for (const { start, end } of headings) {
    pushParagraphs(line.slice(at, start), pieces)
    pieces.push({ text: line.slice(start, end), heading: true })
    at = end
  }
  pushParagraphs(line.slice(at), pieces)
  return pieces
}

function findInlineHeadings(line: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = []
  let last = 0
  for (const m of line.matchAll(INLINE_HEADING)) {
    const start = m.index
    const number = parseChineseNumber(m[0].slice(1, -1))
    if (Number.isNaN(number)) continue
    const before = start === 0 ? '' : line[start - 1]!
    const cleanBreak = start === 0 || PRECEDES_HEADING.has(before)
    // A heading after a sentence end, or the very next number even mid-sentence (也有第三十一回…).
    if (!(cleanBreak ? number >= last : number === last + 1)) continue
    const labelEnd = start + m[0].length
    const titleEnd = findTitleEnd(line, labelEnd)
    if (titleEnd < 0) continue
    if (found.length > 0 && start < found[found.length - 1]!.end) continue
    found.push({ start, end: titleEnd })
    last = number
  }
  return found
}

/** The end of the title after 第十二回, or -1 when the words after it read as a sentence. */
function findTitleEnd(line: string, from: number): number {
  const window = line.slice(from, from + 40)
  if (/^[的之中里裡了是和与與也都就]/.test(window)) return -1
  const opening = STORY_OPENING.exec(window)
  if (opening && opening.index <= 30) return from + opening.index
  const punctuation = TITLE_PUNCTUATION.exec(window)
  const run = punctuation ? punctuation.index : window.length
  if (run <= 20) return from + run
  // Chapter titles of 章回 novels are mostly couplets of seven characters each.
  return from + TYPICAL_COUPLET
}

function pushParagraphs(text: string, pieces: RunOnPiece[]): void {
  let start = 0
  let i = 0
  while (i < text.length) {
    const ch = text[i]!
    const length = i - start
    let cut = -1
    if (SENTENCE_END.has(ch) || (ch === '.' && text[i + 1] === ' ')) {
      if (length >= PARAGRAPH_TARGET) {
        cut = i + 1
        while (cut < text.length && CLOSERS.has(text[cut]!)) cut++
      }
    } else if (length >= PARAGRAPH_MAX && CLAUSE_END.has(ch)) {
      cut = i + 1
    }
    if (cut > 0) {
      const paragraph = text.slice(start, cut).trim()
      if (paragraph) pieces.push({ text: paragraph, heading: false })
      start = cut
      i = cut
    } else {
      i++
    }
  }
  const rest = text.slice(start).trim()
  if (rest) pieces.push({ text: rest, heading: false })
}
