import type { BlockDraft } from '../../../shared/document-model'
import { settleHeadings } from './book-headings'
import { findBookMetadata } from './book-metadata'
import { linesToUnits } from './book-paragraphs'
import type { BookUnit } from './book-units'
import { findWorks, type BookWork } from './book-works'
import { dropInnerGutenbergFrames, findGutenbergFrame } from './gutenberg-frame'
import { guessLanguage } from './text-language'
import { articleTitleIndex, promoteNumberedSections } from './numbered-sections'
import { findUntitledSections } from './untitled-sections'
import { promoteNumeralHeadings } from './numeral-headings'
import { promoteVerseTitles } from './verse-titles'
import { promoteDecimalSections } from './decimal-sections'
import { findContentsRuns } from './contents-runs'
import { promoteAuthoredPieces } from './authored-pieces'
import { promoteMarkdownHeadings } from './markdown-headings'
import { dropSiteNotices } from './site-notices'

/** An outline entry by the index of the draft it points at. */
export interface DraftOutlineEntry {
  draftIndex: number
  title: string
  level: number
}

export interface BookStructure {
  drafts: BlockDraft[]
  outline: DraftOutlineEntry[]
  title: string | null
  author: string | null
  language: string | null
}

/** Fewer headings than this and the book gets untitled sections as well. */
const MIN_HEADINGS = 2

/**
 * Plain-text book structure: Gutenberg frame removed, paragraphs rejoined, chapter headings with
 * their levels, and sections where a book has no headings. Input: decoded lines, control
 * characters removed, not yet trimmed.
 */
export function structureBook(lines: readonly string[]): BookStructure {
  const frame = findGutenbergFrame(lines)
  const body = dropInnerGutenbergFrames(frame ? lines.slice(frame.bodyStart, frame.bodyEnd) : lines)
  const units = dropSiteNotices(linesToUnits(body))
  promoteMarkdownHeadings(units)
  // Most books number no line so: one pass tells, and the promoting passes are spared.
  const numbered = findContentsRuns(units)
  if (numbered.labels > 0) promoteNumeralHeadings(units, numbered.listed)
  if (numbered.sections > 0) promoteDecimalSections(units, numbered.listed)
  // A printed contents of numbered lines is a list, as a contents of 第N章 lines is.
  if (numbered.labels + numbered.sections > 0)
    for (let i = 0; i < units.length; i++)
      if (numbered.listed[i] && units[i]!.type === 'paragraph') units[i]!.type = 'list-item'
  promoteVerseTitles(units)
  const piecesAuthor = promoteAuthoredPieces(units)
  const { titles } = settleHeadings(units)
  const sectioned = !units.some((u) => u.type === 'heading') && promoteNumberedSections(units) > 0
  const metadata = findBookMetadata(units)
  metadata.author ??= piecesAuthor
  if (metadata.unitIndex === null && sectioned) {
    metadata.unitIndex = articleTitleIndex(units)
    if (metadata.unitIndex !== null) metadata.title = units[metadata.unitIndex]!.text
  }
  if (metadata.unitIndex !== null) units[metadata.unitIndex]!.type = 'subheading'
  const works = findWorks(units)
  const workAt = nestUnderWorks(units, works, titles)

  const kept = dropDecorationAroundHeadings(units)
  const drafts: BlockDraft[] = []
  const outline: DraftOutlineEntry[] = []
  let headings = 0
  for (const i of kept) {
    const unit = units[i]!
    const work = workAt.get(i)
    if (work && !work.titleLine)
      outline.push({ draftIndex: drafts.length, title: work.title, level: 1 })
    if (unit.type === 'heading') {
      headings++
      outline.push({
        draftIndex: drafts.length,
        title: titles.get(i) ?? unit.heading?.title ?? unit.text,
        level: unit.level ?? 1,
      })
      drafts.push({ type: 'heading', level: unit.level ?? 1, text: unit.text })
    } else {
      // The unit itself: a second object per paragraph of a 30 MB book is garbage for nothing.
      drafts.push(unit)
    }
  }
  if (headings < MIN_HEADINGS) {
    const keptUnits = kept.map((i) => units[i]!)
    const sections = findUntitledSections(keptUnits).map((s) => ({
      draftIndex: s.unitIndex,
      title: s.title,
      level: 1,
    }))
    outline.push(...sections)
    outline.sort((a, b) => a.draftIndex - b.draftIndex)
  }
  // A file of several works is named by its file, not by the first of them.
  const single = works.length === 0
  return {
    drafts,
    outline,
    title: frame?.title ?? (single ? metadata.title : null),
    author: frame?.author ?? (single ? metadata.author : null),
    language: frame?.language ?? guessLanguage(sampleText(drafts)),
  }
}

/** Each work's title line becomes a top heading and every chapter moves one level down; by unit index. */
function nestUnderWorks(
  units: BookUnit[],
  works: readonly BookWork[],
  titles: Map<number, string>,
): Map<number, BookWork> {
  const workAt = new Map<number, BookWork>()
  if (works.length === 0) return workAt
  for (const unit of units) if (unit.type === 'heading') unit.level = (unit.level ?? 1) + 1
  for (const work of works) {
    workAt.set(work.unitIndex, work)
    if (!work.titleLine) continue
    units[work.unitIndex]!.type = 'heading'
    units[work.unitIndex]!.level = 1
    // A heading keeps the title settled for it (an untitled work's chapter one).
    if (!titles.has(work.unitIndex)) titles.set(work.unitIndex, work.title)
  }
  return workAt
}

/** Rules of dashes under a heading (------) are layout; scene breaks inside chapters stay. */
function dropDecorationAroundHeadings(units: readonly BookUnit[]): number[] {
  const kept: number[] = []
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!
    if (unit.type === 'separator') {
      const prev = kept.length > 0 ? units[kept[kept.length - 1]!]! : null
      let j = i + 1
      while (j < units.length && units[j]!.type === 'separator') j++
      const next = units[j]
      const nearHeading = (u: BookUnit | null | undefined) =>
        !u || u.type === 'heading' || u.type === 'subheading'
      if (nearHeading(prev) || nearHeading(next)) continue
    }
    kept.push(i)
  }
  return kept
}

/** Up to 400 places spread over the book, the start of each: a language shows in a few thousand characters. */
function sampleText(drafts: readonly BlockDraft[]): string {
  let text = ''
  for (
    let i = 0;
    i < drafts.length && text.length < 40_000;
    i += Math.max(1, Math.floor(drafts.length / 400))
  ) {
    text += drafts[i]!.text.slice(0, 100) + '\n'
  }
  return text
}
