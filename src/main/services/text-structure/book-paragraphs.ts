import type { BookUnit } from './book-units'
import { matchChapterHeading } from './chapter-heading'
import { continuesParagraph, detectHardWrap, fragmentSeparator } from './hard-wrap'
import { RUN_ON_MIN_LENGTH, splitRunOnLine } from './run-on-text'
import { capParagraphSize } from './paragraph-size'
import { findSentenceLines } from './sentence-lines'
import { joinIllustrationBrackets } from './illustration-brackets'
import { groupVerse, MAX_VERSE_LINE, type VerseCandidate } from './verse-lines'

/** A line of nothing but decoration: * * *, ——, ------, ※※※. */
const SEPARATOR_LINE = /^[\s*·•~=\-—_#＊※☆★◆◇○●☆◎…]{3,}$/
const ILLUSTRATION = /^\[(?:Illustration|Picture|Image)\b/i
const WRAPPED_SENTENCE = /[，。；！？,;]/

/**
 * Lines to paragraphs and heading candidates: long run-on lines are cut, hard-wrapped fragments
 * joined, indents and blank lines dropped (the reader adds its own spacing).
 */
export function linesToUnits(lines: readonly string[]): BookUnit[] {
  const { expanded, forcedHeadings } = expandRunOnLines(lines)
  const profile = detectHardWrap(expanded)
  const sentenceLines = profile ? findSentenceLines(expanded, profile) : null
  const continues = (at: number, nextAt: number) =>
    profile !== null && !sentenceLines![at] && continuesParagraph(profile, expanded, at, nextAt)
  const units: BookUnit[] = []
  let open: BookUnit | null = null
  // The open paragraph's fragments, joined once when it closes: joining line by line is quadratic.
  let fragments: string[] = []
  // Paragraphs that were one short line, with what verse grouping needs to know of them.
  const verseCandidates = new Map<BookUnit, VerseCandidate>()
  let paragraphs = 0
  let afterBlank = 0
  const startUnit = (unit: BookUnit | null) => {
    if (open && fragments.length > 1) {
      open.text = fragments.join('')
      // Joined from several lines: prose, never a line of verse.
      verseCandidates.delete(open)
    }
    open = unit
    fragments = unit ? [unit.text] : []
  }
  let previous = -1
  for (let i = 0; i < expanded.length; i++) {
    const line = expanded[i]!
    const text = line.trim()
    if (text === '') continue
    let heading = forcedHeadings.has(i)
      ? { rank: 3, number: NaN, bare: false, ...matchChapterHeading(text) }
      : matchChapterHeading(text)
    // A heading-like start of a line inside a wrapped paragraph, with a sentence's punctuation.
    if (
      heading &&
      open &&
      !forcedHeadings.has(i) &&
      WRAPPED_SENTENCE.test(text.slice(0, heading.end ?? text.length)) &&
      continues(previous, i)
    ) {
      heading = null
    }
    if (heading?.end) {
      // The story starts on the heading's line: the rest opens the first paragraph.
      units.push({ type: 'heading', text: text.slice(0, heading.end).trim(), heading })
      const story: BookUnit = { type: 'paragraph', text: text.slice(heading.end).trim() }
      startUnit(story)
      units.push(story)
    } else if (heading) {
      units.push({ type: 'heading', text: cleanHeading(text), heading })
      startUnit(null)
    } else if (SEPARATOR_LINE.test(text)) {
      units.push({ type: 'separator', text })
      startUnit(null)
    } else if (open && continues(previous, i)) {
      fragments.push(fragmentSeparator(fragments[fragments.length - 1]!, text), text)
    } else {
      const unit: BookUnit = { type: ILLUSTRATION.test(text) ? 'caption' : 'paragraph', text }
      const blankBefore = previous >= 0 && i > previous + 1
      paragraphs++
      if (blankBefore) afterBlank++
      if (text.length <= MAX_VERSE_LINE)
        verseCandidates.set(unit, { blankBefore, indent: lineIndent(line) })
      startUnit(unit)
      units.push(unit)
    }
    previous = i
  }
  startUnit(null)
  const grouped = groupVerse(units, verseCandidates, afterBlank / Math.max(1, paragraphs))
  return capParagraphSize(joinIllustrationBrackets(grouped))
}

/** Leading spaces in columns, a full-width space counting two. */
function lineIndent(line: string): number {
  let width = 0
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i)
    if (c === 0x20) width++
    else if (c === 0x3000) width += 2
    else if (c === 0x09) width += 4
    else break
  }
  return width
}

/** Run-on lines cut into paragraphs and inline headings; most books have none and keep their lines. */
function expandRunOnLines(lines: readonly string[]): {
  expanded: readonly string[]
  forcedHeadings: Set<number>
} {
  const forcedHeadings = new Set<number>()
  if (!lines.some((line) => line.length >= RUN_ON_MIN_LENGTH))
    return { expanded: lines, forcedHeadings }
  const expanded: string[] = []
  for (const line of lines) {
    if (line.length < RUN_ON_MIN_LENGTH) {
      expanded.push(line)
      continue
    }
    for (const piece of splitRunOnLine(line.trim())) {
      if (piece.heading) forcedHeadings.add(expanded.length)
      expanded.push(piece.text)
    }
  }
  return { expanded, forcedHeadings }
}

/** "Chapter I.]" closes a Gutenberg illustration bracket that opened lines before. */
function cleanHeading(text: string): string {
  return text.includes('[') ? text : text.replace(/\]+$/, '').trimEnd()
}
