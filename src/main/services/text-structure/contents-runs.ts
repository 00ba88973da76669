import type { BookUnit } from './book-units'
import { sectionNumbers } from './decimal-sections'
import { readLabel } from './numeral-headings'

/**
 * A printed table of contents whose entries are numbered lines (`1 概述`, `1.1 背景`, `I. A
 * Scandal in Bohemia`): numbered lines one after another. Marks them (1) so the numbered-heading
 * rules pass them by; a line that counts from the start again right after them is where the text
 * begins, not an entry.
 */
/** Longer than any numbered line either reader takes. */
const MAX_NUMBERED = 70

export interface NumberedLines {
  /** 1 for the lines of contents lists. */
  listed: Uint8Array
  /** How many lines read as numbered chapters (`一`, `I. …`, `1 概述`) and as numbered sections (`1.1 …`). */
  labels: number
  sections: number
}

export function findContentsRuns(units: readonly BookUnit[]): NumberedLines {
  const listed = new Uint8Array(units.length)
  let labels = 0
  let sections = 0
  let previousAt = -2
  // The last chapter number in the run of numbered lines so far (sections count within it).
  let runChapter = -1
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!
    // Numbered lines are short: most paragraphs of a book are ruled out by their length alone.
    if (unit.text.length > MAX_NUMBERED || unit.type !== 'paragraph') continue
    const decimal = sectionNumbers(unit.text)
    const label = decimal ? null : readLabel(unit.text)
    if (!decimal && !label) continue
    if (decimal) sections++
    else labels++
    const inRun = previousAt === i - 1
    previousAt = i
    if (!inRun) {
      runChapter = label ? label.number : -1
      continue
    }
    // The text's own first chapter follows its contents: counting starts again.
    if (label && runChapter >= 0 && label.number <= runChapter) {
      listed[i - 1] = 1
      runChapter = -1
      previousAt = -2
      continue
    }
    listed[i] = 1
    listed[i - 1] = 1
    if (label) runChapter = label.number
  }
  return { listed, labels, sections }
}
