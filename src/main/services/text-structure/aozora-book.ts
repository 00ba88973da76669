/**
 * Aozora Bunko's plain-text books: a header (title, author, a ------- block explaining the
 * notation), one paragraph per line with ruby and ［＃…］ notes, and a 底本 footer. Recognised by
 * that shape only, so text that merely uses 《》 (Chinese book titles: 《三国演义》) is left alone.
 */
import type { BlockDraft } from '../../../shared/document-model'
import { readAccents } from './aozora-accents'
import { aozoraLineHtml, quotedText, readAozoraLine, type AozoraLine } from './aozora-inline'
import type { DraftOutlineEntry } from './book-structure'
import { matchChapterHeading } from './chapter-heading'
import { parseChineseNumber } from './heading-numerals'

export interface AozoraBook {
  drafts: BlockDraft[]
  outline: DraftOutlineEntry[]
  title: string | null
  author: string | null
}

const RULE = /^\s*-{10,}\s*$/
/** Where the notation block may start, and how long it may be. */
const HEADER_LINES = 60
const NOTATION_LINES = 60
/** A reading in kana after kanji or a marked base: `吾輩《わがはい》`, `｜獰悪《どうあく》` (| in web-novel files). */
const KANA_RUBY =
  /(?:[\p{Script=Han}々〆ヶ]|[｜|][^《》｜|]+)《[\p{Script=Hiragana}\p{Script=Katakana}ー]+》/gu
const NOTE = /［＃[^］]+］/gu
/** Lines read to decide, and how many readings (or notes) make the markup certain. */
const SAMPLE_LINES = 3000
const SAMPLE_CHARS = 200_000
const MIN_MARKS = 3
const FOOTER = /^\s*底本[：:]/
/** How far apart two 底本 lines of one footer may be, and how far from the end the footer starts at most. */
const FOOTER_LINES = 40
const FOOTER_SEARCH = 300
const TRANSLATOR = /訳$|訳者$|翻訳$/u
const MAX_NUMBERED_HEADING = 30
const MIN_NUMBERED_SECTIONS = 2
const LEVELS: Record<string, number> = { 大: 1, 中: 2, 小: 3 }
const QUOTED_HEADING = /^「(.+)」は(?:同行|窓)?([大中小])見出し$/u
const OPEN_HEADING = /^(?:同行|窓)?([大中小])見出し$/u
const CLOSE_HEADING = /^(?:同行|窓)?[大中小]見出し終わり$/u
const BLOCK_HEADING = /^ここから(?:同行|窓)?([大中小])見出し$/u
const BLOCK_HEADING_END = /^ここで(?:同行|窓)?[大中小]見出し終わり$/u

/** The book's structure when the lines are Aozora-formatted, else null. */
export function structureAozora(lines: readonly string[]): AozoraBook | null {
  const notation = findNotationBlock(lines)
  const footerAt = findFooter(lines)
  // With a 底本 footer, one reading or note is enough.
  if (!notation && !hasAozoraMarkup(lines, footerAt === null ? MIN_MARKS : 1)) return null

  const headerEnd = notation ? notation.start : footerAt !== null ? plainHeaderEnd(lines) : 0
  const header = lines
    .slice(0, headerEnd)
    .map((line) => readAozoraLine(line).text.trim())
    .filter((text) => text !== '')
  const bodyStart = notation ? notation.end : headerEnd
  const bodyEnd = footerAt !== null && footerAt >= bodyStart ? footerAt : lines.length

  const drafts: BlockDraft[] = []
  const outline: DraftOutlineEntry[] = []
  const { title, author } = readHeader(header, drafts)
  readBody(lines.slice(bodyStart, bodyEnd), drafts, outline)
  if (bodyEnd < lines.length) {
    // As written: its notes explain the notation (※［＃］は、入力者による注を表す記号です。).
    const credit = lines
      .slice(bodyEnd)
      .map((line) => line.trim())
      .filter((text) => text !== '')
    if (credit.length > 0) drafts.push({ type: 'credit', text: credit.join('\n') })
  }
  return { drafts, outline, title, author }
}

/** The ------- block explaining 《》 and ［＃］ near the top, as [start, end) of its lines. */
function findNotationBlock(lines: readonly string[]): { start: number; end: number } | null {
  const first = lines.slice(0, HEADER_LINES).findIndex((line) => RULE.test(line))
  if (first < 0) return null
  for (let i = first + 1; i < Math.min(lines.length, first + NOTATION_LINES); i++) {
    if (!RULE.test(lines[i]!)) continue
    const inside = lines.slice(first + 1, i).join('\n')
    return /《》|［＃］|テキスト中に現れる記号/u.test(inside) ? { start: first, end: i + 1 } : null
  }
  return null
}

function hasAozoraMarkup(lines: readonly string[], enough: number): boolean {
  let rubies = 0
  let notes = 0
  let chars = 0
  for (let i = 0; i < Math.min(lines.length, SAMPLE_LINES) && chars < SAMPLE_CHARS; i++) {
    const line = lines[i]!
    chars += line.length
    if (opensKanaReading(line)) rubies += line.match(KANA_RUBY)?.length ?? 0
    if (line.includes('［＃')) notes += line.match(NOTE)?.length ?? 0
    if (rubies >= enough || notes >= enough) return true
  }
  return false
}

/** A 《 followed by kana: Chinese books are full of 《书名》, which need no regex run. */
function opensKanaReading(line: string): boolean {
  for (let at = line.indexOf('《'); at >= 0; at = line.indexOf('《', at + 1)) {
    const next = line.charCodeAt(at + 1)
    if (next >= 0x3041 && next <= 0x30ff) return true
  }
  return false
}

/** The bibliographic footer runs from its first 底本 line (a book of several sources has more) to the end. */
function findFooter(lines: readonly string[]): number | null {
  let at: number | null = null
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - FOOTER_SEARCH); i--) {
    if (at !== null && at - i > FOOTER_LINES) break
    if (FOOTER.test(lines[i]!)) at = i
  }
  return at
}

/** Without a notation block: a few short lines and a blank one at the top are the header. */
function plainHeaderEnd(lines: readonly string[]): number {
  const blank = lines.findIndex((line) => line.trim() === '')
  if (blank < 1 || blank > 4) return 0
  // Names, not an indented paragraph or a sentence.
  const named = (line: string) => line.trim().length <= 40 && !/^\s|[。」]\s*$/u.test(line)
  return lines.slice(0, blank).every(named) ? blank : 0
}

/** Title first, then subtitles, the author and a translator (…訳) last. */
function readHeader(
  header: readonly string[],
  drafts: BlockDraft[],
): { title: string | null; author: string | null } {
  if (header.length === 0) return { title: null, author: null }
  let authorAt = header.length - 1
  if (authorAt > 1 && TRANSLATOR.test(header[authorAt]!)) authorAt--
  header.forEach((text, i) => {
    if (i === 0) drafts.push({ type: 'heading', level: 1, text })
    else drafts.push({ type: i >= authorAt ? 'byline' : 'subheading', text })
  })
  return { title: header[0]!, author: authorAt > 0 ? header[authorAt]! : null }
}

function readBody(lines: readonly string[], drafts: BlockDraft[], outline: DraftOutlineEntry[]) {
  const first = drafts.length
  let blockLevel: number | null = null
  for (const raw of lines) {
    const line = readAozoraLine(readAccents(repeatMarks(raw)))
    let heading: { level: number; start: number; end: number } | null = null
    let opened: { level: number; at: number } | null = null
    for (const note of line.notes) {
      const quoted = QUOTED_HEADING.exec(note.body)
      const open = OPEN_HEADING.exec(note.body)
      const block = BLOCK_HEADING.exec(note.body)
      if (quoted) {
        const target = quotedText(quoted[1]!)
        const start = line.text.lastIndexOf(target, note.at)
        if (start >= 0) heading = { level: LEVELS[quoted[2]!]!, start, end: start + target.length }
      } else if (open) opened = { level: LEVELS[open[1]!]!, at: note.at }
      else if (CLOSE_HEADING.test(note.body) && opened)
        heading = { level: opened.level, start: opened.at, end: note.at }
      else if (block) blockLevel = LEVELS[block[1]!]!
      else if (BLOCK_HEADING_END.test(note.body)) blockLevel = null
    }
    if (opened && !heading)
      heading = { level: opened.level, start: opened.at, end: line.text.length }
    if (!heading && blockLevel !== null)
      heading = { level: blockLevel, start: 0, end: line.text.length }
    if (!heading) {
      pushDraft(drafts, line, 0, line.text.length, 'paragraph')
      continue
    }
    pushDraft(drafts, line, 0, heading.start, 'paragraph')
    const at = drafts.length
    if (pushDraft(drafts, line, heading.start, heading.end, 'heading', heading.level))
      outline.push({ draftIndex: at, title: drafts[at]!.text, level: heading.level })
    pushDraft(drafts, line, heading.end, line.text.length, 'paragraph')
  }
  if (outline.length === 0) outline.push(...numberedSections(drafts, first))
  // A book whose largest headings are 中見出し starts its outline at level 1 all the same.
  const top = Math.min(...outline.map((entry) => entry.level))
  for (const entry of outline) {
    entry.level -= top - 1
    drafts[entry.draftIndex]!.level = entry.level
  }
}

/**
 * Without 見出し notes, lines that are only a section number (一, 二, …) or a chapter label
 * (第一章) head the sections, when there are at least two; the drafts become headings.
 */
function numberedSections(drafts: BlockDraft[], first: number): DraftOutlineEntry[] {
  const found: { index: number; rank: number }[] = []
  for (let i = first; i < drafts.length; i++) {
    const text = drafts[i]!.text
    if (text.length > MAX_NUMBERED_HEADING || /[。、」]/u.test(text)) continue
    const bare = text.replace(/^[（(［〔]|[）)］〕]$/gu, '')
    if (bare.length <= 6 && !Number.isNaN(parseChineseNumber(bare)))
      found.push({ index: i, rank: 3 })
    else {
      const match = matchChapterHeading(text)
      if (match && match.end === undefined) found.push({ index: i, rank: match.rank })
    }
  }
  if (found.length < MIN_NUMBERED_SECTIONS) return []
  const ranks = [...new Set(found.map((f) => f.rank))].sort((a, b) => a - b)
  return found.map(({ index, rank }) => {
    const level = ranks.indexOf(rank) + 1
    Object.assign(drafts[index]!, { type: 'heading', level })
    return { draftIndex: index, title: drafts[index]!.text, level }
  })
}

/** A draft of [from, to) of the line, white space at its ends left out; false when nothing is left. */
function pushDraft(
  drafts: BlockDraft[],
  line: AozoraLine,
  from: number,
  to: number,
  type: 'paragraph' | 'heading',
  level?: number,
): boolean {
  while (from < to && /\s/u.test(line.text[from]!)) from++
  while (to > from && /\s/u.test(line.text[to - 1]!)) to--
  if (from === to) return false
  const draft: BlockDraft = { type, text: line.text.slice(from, to) }
  if (level !== undefined) draft.level = level
  const html = aozoraLineHtml(line, from, to)
  if (html !== undefined) draft.html = html
  drafts.push(draft)
  return true
}

/** Aozora spells the vertical repetition marks with two or three characters: ／＼ and ／″＼. */
function repeatMarks(line: string): string {
  return line.replace(/／″＼/gu, '〴〵').replace(/／＼/gu, '〳〵')
}
