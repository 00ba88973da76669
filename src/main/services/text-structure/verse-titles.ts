import type { BookUnit } from './book-units'

/**
 * Anthologies (唐诗三百首, a poet's collected verse): each poem's title, and often its poet, on
 * short lines above the stanza. Where a book is more verse than prose and most poems are set so,
 * the titles are the contents and the poets their bylines. Taken only for stanzas the verse rules
 * already found.
 */
const MAX_TITLE = 20
const TITLE_SHAPE = /^[^。，！？；：,.!?;:]+$/u
/** 李白, 唐·李白, [唐]李白, （宋）苏轼, 作者：李白: a poet, perhaps after the dynasty. */
const POET =
  /^(?:(?:作者|作\s*者)[:：]\s*)?(?:[〔［[（(【]\p{Script=Han}{1,2}[〕］\]）)】]\s*|\p{Script=Han}{1,2}[·・.．\s\u3000]+)?\p{Script=Han}{2,4}$/u
const MIN_TITLED = 3

export function promoteVerseTitles(units: BookUnit[]): number {
  let verses = 0
  let prose = 0
  const titled: Array<{ title: number; poet: number | null }> = []
  let lowestRank = 0
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!
    if (unit.type === 'heading') lowestRank = Math.max(lowestRank, unit.heading?.rank ?? 0)
    if (unit.type === 'paragraph' && !isShortLine(unit)) prose++
    if (unit.type !== 'verse') continue
    verses++
    const above = units[i - 1]
    const twoAbove = units[i - 2]
    if (!isShortLine(above)) continue
    if (isShortLine(twoAbove) && POET.test(above!.text)) titled.push({ title: i - 2, poet: i - 1 })
    else titled.push({ title: i - 1, poet: null })
  }
  // A novel's poems stay in its text; an anthology is more verse than prose.
  if (titled.length < MIN_TITLED || titled.length * 2 < verses || verses < prose) return 0
  const rank = lowestRank >= 3 ? lowestRank + 1 : 3
  for (const { title, poet } of titled) {
    units[title]!.type = 'heading'
    units[title]!.heading = { rank, number: NaN, bare: false }
    if (poet !== null) units[poet]!.type = 'byline'
  }
  return titled.length
}

function isShortLine(unit: BookUnit | undefined): boolean {
  return (
    unit !== undefined &&
    unit.type === 'paragraph' &&
    unit.text.length <= MAX_TITLE &&
    TITLE_SHAPE.test(unit.text)
  )
}
