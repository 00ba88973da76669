import type { BookUnit } from './book-units'
import { matchChapterHeading, type HeadingMatch } from './chapter-heading'
import { continuesParagraph, detectHardWrap, fragmentSeparator } from './hard-wrap'
import { RUN_ON_MIN_LENGTH, splitRunOnLine } from './run-on-text'
import { capParagraphSize } from './paragraph-size'
import { findSentenceLines } from './sentence-lines'
import { joinIllustrationBrackets } from './illustration-brackets'
import { createVerseCandidates, groupVerse, MAX_VERSE_LINE } from './verse-lines'

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
  let openAt = -1
  // The open paragraph's fragments, joined once when it closes: joining line by line is quadratic.
  let fragments: string[] = []
  // Paragraphs that were one short line, with what verse grouping needs to know of them; a line
  // gives at most two units (a heading and the story on its line).
  const verseCandidates = createVerseCandidates(expanded.length * 2 + 1)
  let paragraphs = 0
  let afterBlank = 0
  const startUnit = (unit: BookUnit | null) => {
    if (open && fragments.length > 1) {
      open.text = fragments.join('')
      // Joined from several lines: prose, never a line of verse.
      if (verseCandidates.indent[openAt]! >= 0) {
        verseCandidates.indent[openAt] = -1
        verseCandidates.count--
      }
    }
    open = unit
    openAt = units.length
    fragments = unit ? [unit.text] : []
  }
  const anyForced = forcedHeadings.size > 0
  let previous = -1
  for (let i = 0; i < expanded.length; i++) {
    const line = expanded[i]!
    const text = line.trim()
    if (text === '') continue
    const forced = anyForced && forcedHeadings.has(i)
    let heading = forced
      ? { rank: 3, number: NaN, bare: false, ...matchChapterHeading(text) }
      : matchChapterHeading(text)
    // A heading-like start of a line inside a wrapped paragraph, with a sentence's punctuation.
    if (
      heading &&
      open &&
      !forced &&
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
      const rest = forced ? null : wrappedTitleRest(expanded, i, text, heading)
      units.push({ type: 'heading', text: cleanHeading(rest ? `${text} ${rest}` : text), heading })
      if (rest) i++
      startUnit(null)
    } else if (isSeparatorStart(text) && SEPARATOR_LINE.test(text)) {
      units.push({ type: 'separator', text })
      startUnit(null)
    } else if (open && continues(previous, i)) {
      fragments.push(fragmentSeparator(fragments[fragments.length - 1]!, text), text)
    } else {
      const caption = text.charCodeAt(0) === 0x5b /* [ */ && ILLUSTRATION.test(text)
      const unit: BookUnit = { type: caption ? 'caption' : 'paragraph', text }
      const blankBefore = previous >= 0 && i > previous + 1
      paragraphs++
      if (blankBefore) afterBlank++
      startUnit(unit)
      if (text.length <= MAX_VERSE_LINE) {
        verseCandidates.indent[units.length] = lineIndent(line)
        verseCandidates.blankBefore[units.length] = blankBefore ? 1 : 0
        verseCandidates.count++
      }
      units.push(unit)
    }
    previous = i
  }
  startUnit(null)
  const grouped = groupVerse(units, verseCandidates, afterBlank / Math.max(1, paragraphs))
  return capParagraphSize(joinIllustrationBrackets(grouped))
}

/** The characters SEPARATOR_LINE is made of, less white space (the text is trimmed). */
const SEPARATOR_CHARS = new Set([...'*·•~=-—_#＊※☆★◆◇○●◎…'].map((c) => c.charCodeAt(0)))

/** Whether a trimmed line could be a separator: most lines are told by their first character. */
function isSeparatorStart(text: string): boolean {
  return text.length >= 3 && SEPARATOR_CHARS.has(text.charCodeAt(0))
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

const MIN_WRAPPED_HEADING = 45
const MAX_TITLE_REST = 60

/**
 * The rest of a chapter title a hard-wrapped book carried onto the next line (…del famoso hidalgo /
 * don Quijote de la Mancha): right under a long heading line, alone before a blank line, and in
 * lower case (or in capitals under a title in capitals), so a short first paragraph stays one.
 */
function wrappedTitleRest(
  lines: readonly string[],
  at: number,
  heading: string,
  match: HeadingMatch,
): string | null {
  if (match.bare || heading.length < MIN_WRAPPED_HEADING || heading.charCodeAt(0) >= 0x2e80)
    return null
  if (/[.!?;:,]$/.test(heading)) return null
  const next = lines[at + 1]?.trim()
  if (!next || next.length > MAX_TITLE_REST) return null
  const after = lines[at + 2]
  if (after !== undefined && after.trim() !== '') return null
  if (matchChapterHeading(next)) return null
  const capitals =
    heading === heading.toUpperCase() && next === next.toUpperCase() && /\p{Lu}/u.test(next)
  return /^\p{Ll}/u.test(next) || capitals ? next : null
}

/** "Chapter I.]" closes a Gutenberg illustration bracket that opened lines before. */
function cleanHeading(text: string): string {
  return text.includes('[') ? text : text.replace(/\]+$/, '').trimEnd()
}
