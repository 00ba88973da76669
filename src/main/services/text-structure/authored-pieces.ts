import type { BookUnit } from './book-units'

/**
 * A collection of essays or stories by several hands (散文集, 读者文摘 downloads): each piece a
 * short title line, its author's line (文/张三, 作者：李四, By Jane Doe) and then its text. In a
 * book without chapter headings the titles are the contents and the author lines bylines.
 */
const MAX_TITLE = 30
const TITLE_SHAPE = /^[^。，！？；,.!?;]+$/u
const AUTHOR_LINE =
  /^(?:(?:作者|作\s*者|撰文)[:：]|文[/／]|◎)[\s\u3000]*(\p{Script=Han}[\p{Script=Han}·]{1,5}|[A-Z][\p{L}.'’ -]{1,30})$|^[Bb]y[ \t]+([A-Z][\p{L}.'’-]*(?:[ \t]+[A-Z][\p{L}.'’-]*){0,3})$/u
const MIN_PIECES = 2

/**
 * Makes the pieces' titles headings and author lines bylines; returns the author when all pieces
 * have the same one (the book's author), else null.
 */
export function promoteAuthoredPieces(units: BookUnit[]): string | null {
  const pieces: number[] = []
  const authors = new Set<string>()
  for (let i = 0; i + 2 < units.length; i++) {
    const unit = units[i]!
    if (unit.type === 'heading' && (unit.heading?.rank ?? 0) > 0) return null
    if (unit.type !== 'paragraph' || unit.text.length > MAX_TITLE) continue
    const author = units[i + 1]!
    if (author.type !== 'paragraph' || author.text.length > 40) continue
    const m = AUTHOR_LINE.exec(author.text)
    if (!m || !TITLE_SHAPE.test(unit.text) || units[i + 2]!.type !== 'paragraph') continue
    pieces.push(i)
    authors.add(m[1] ?? m[2]!)
  }
  if (pieces.length < MIN_PIECES) return null
  for (const i of pieces) {
    units[i]!.type = 'heading'
    units[i]!.heading = { rank: 3, number: NaN, bare: false }
    units[i + 1]!.type = 'byline'
  }
  return authors.size === 1 ? [...authors][0]! : null
}
