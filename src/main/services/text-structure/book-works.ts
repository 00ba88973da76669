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
  /** The unit is a title line of its own (it becomes the work's heading); else the outline points at it. */
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
  const starts: number[] = []
  let first = -1
  let lastNumber = 0
  let higherSince = false
  let specialSince = false
  for (let i = 0; i < units.length; i++) {
    const heading = units[i]!.type === 'heading' ? units[i]!.heading : undefined
    if (!heading) continue
    if (heading.rank !== chapterRank) {
      if (heading.rank > 0 && heading.rank < chapterRank) higherSince = true
      if (heading.rank === 0) specialSince = true
      continue
    }
    if (first < 0) first = i
    // After an epilogue or 番外, chapter one again is the same book's unless a new title stands above it.
    const restarts = heading.number === 1 && lastNumber >= MIN_CHAPTERS_BEFORE_RESTART
    if (restarts && !higherSince && (!specialSince || titleAbove(units, i))) starts.push(i)
    if (!Number.isNaN(heading.number)) lastNumber = heading.number
    higherSince = false
    specialSince = false
  }
  if (starts.length === 0) return []
  return [first, ...starts].map((at) => titleAbove(units, at) ?? untitled(units, at))
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

/** The nearest title line above a work's first chapter, not reaching back past the work before. */
function titleAbove(units: readonly BookUnit[], headingAt: number): BookWork | null {
  for (let i = headingAt - 1; i >= 0 && headingAt - i <= TITLE_LOOKBACK; i--) {
    const unit = units[i]!
    // A preface (rank 0) may stand between a title and chapter one; a chapter is the work before.
    if (unit.type === 'heading' && (unit.heading?.rank ?? 1) > 0) break
    const line = titleLineAt(units, i)
    if (line) return { unitIndex: line.unitIndex, titleLine: line.ownLine, title: line.title }
  }
  return null
}

function untitled(units: readonly BookUnit[], headingAt: number): BookWork {
  return { unitIndex: headingAt, titleLine: false, title: units[headingAt]!.text }
}
