import type { BookUnit } from './book-units'

/**
 * Notes written in Markdown and saved as .txt: `# 标题`, `## Part`. In a text without chapter
 * headings, two or more such lines are its headings (the marks left out of the text, as the
 * Markdown reader shows them), nested by the number of marks.
 */
const ATX = /^(#{1,6})[ \t]+(\S.{0,79}?)(?:[ \t]+#+)?$/
const MIN_HEADINGS = 2

export function promoteMarkdownHeadings(units: BookUnit[]): number {
  const found: Array<{ at: number; depth: number; title: string }> = []
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!
    if (unit.type === 'heading') return 0
    if (unit.type !== 'paragraph' || unit.text.charCodeAt(0) !== 0x23 /* # */) continue
    const m = ATX.exec(unit.text)
    if (m) found.push({ at: i, depth: m[1]!.length, title: m[2]! })
  }
  if (found.length < MIN_HEADINGS) return 0
  for (const { at, depth, title } of found) {
    const unit = units[at]!
    unit.type = 'heading'
    unit.text = title
    // Ranks from 1 (#) down; levels are settled from the ranks present.
    unit.heading = { rank: depth, number: NaN, bare: false }
  }
  return found.length
}
