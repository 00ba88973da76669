import { titleLineAt } from './book-metadata'
import type { BookUnit } from './book-units'

/**
 * Several books in one file (a download that joins a series, or novels pasted one after another):
 * chapter numbering starts again at one with no part or volume heading above it. Each such start
 * opens a new work, titled by the 《书名》 line, "Title:" header or short title line just above it.
 */
export interface BookWork {
  /** Where the work starts: its title line, its title page, or its first heading when it has neither. */
  unitIndex: number
  /**
   * The unit becomes the work's top heading: its own title line, or the first heading of a work with
   * no title (listed once, its chapters under it); else (a title page) the outline points at it.
   */
  titleLine: boolean
  title: string
}

/** How far above a restarting chapter its work's title line may stand. */
const TITLE_LOOKBACK = 2_000
/** A chapter numbered this high before the restart: numbering restarts, not a stray 第一回 in a preface. */
const MIN_CHAPTERS_BEFORE_RESTART = 3

/** The works of a joined file in reading order, or an empty list for a single book. */
export function findWorks(units: readonly BookUnit[]): BookWork[] {
  const chapterRank = mostCommonRank(units)
  if (chapterRank === null) return []
  const works: BookWork[] = []
  let firstHeading = -1
  // The first heading since the last chapter (BOOK ONE, 序 …): where a new work would begin.
  let leadSinceChapter = -1
  let lastNumber = 0
  let otherSince = false
  for (let i = 0; i < units.length; i++) {
    const heading = units[i]!.type === 'heading' ? units[i]!.heading : undefined
    if (!heading) continue
    if (firstHeading < 0) firstHeading = i
    if (heading.rank !== chapterRank) {
      if (leadSinceChapter < 0) leadSinceChapter = i
      otherSince = true
      continue
    }
    const lead = leadSinceChapter >= 0 ? leadSinceChapter : i
    if (heading.number === 1 && lastNumber >= MIN_CHAPTERS_BEFORE_RESTART) {
      const titled = titleAbove(units, i) ?? (lead < i ? titleAbove(units, lead) : null)
      // After a volume heading or an epilogue, chapter one again is the same book's unless a new title stands above.
      if (titled) works.push(titled)
      else if (!otherSince) works.push(untitled(units, lead))
    }
    if (!Number.isNaN(heading.number)) lastNumber = heading.number
    otherSince = false
    leadSinceChapter = -1
  }
  if (works.length === 0) return []
  return [titleAbove(units, firstHeading) ?? untitled(units, firstHeading), ...works]
}

function mostCommonRank(units: readonly BookUnit[]): number | null {
  const counts = new Map<number, number>()
  for (const unit of units) {
    if (unit.type !== 'heading' || !unit.heading || unit.heading.rank === 0) continue
    counts.set(unit.heading.rank, (counts.get(unit.heading.rank) ?? 0) + 1)
  }
  let best: number | null = null
  for (const [rank, n] of counts) if (best === null || n > counts.get(best)!) best = rank
  return best
}

/**
 * The title line above a work's first heading, not reaching back past the work before: a 《书名》
 * or `Title:` line anywhere in reach first, else the nearest English title page.
 */
function titleAbove(units: readonly BookUnit[], headingAt: number): BookWork | null {
  let titlePage: BookWork | null = null
  for (let i = headingAt - 1; i >= 0 && headingAt - i <= TITLE_LOOKBACK; i--) {
    const unit = units[i]!
    // A preface (rank 0) may stand between a title and chapter one; a chapter is the work before.
    if (unit.type === 'heading' && (unit.heading?.rank ?? 1) > 0) break
    const line = titleLineAt(units, i)
    if (line?.ownLine) return { unitIndex: line.unitIndex, titleLine: true, title: line.title }
    if (line && !titlePage)
      titlePage = { unitIndex: line.unitIndex, titleLine: false, title: line.title }
  }
  return titlePage
}

function untitled(units: readonly BookUnit[], headingAt: number): BookWork {
  return { unitIndex: headingAt, titleLine: true, title: units[headingAt]!.text }
}
