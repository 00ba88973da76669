import type { BookUnit } from './book-units'

/**
 * Book-level rules over heading candidates: a printed table of contents is a list, not the
 * outline; a heading repeated right after itself is a repeat; a bare 第三回 takes the short line
 * after it as its title; 卷/BOOK nest above 章/CHAPTER.
 */
const CONTENTS_RUN = 3
const REPEAT_GAP_CHARS = 200
const MAX_SUBTITLE_CJK = 30
const MAX_SUBTITLE_LATIN = 70
const ENDS_SENTENCE = /[。！？.!?”"’'…,，；;:：؟،؛]$/
/** Le retour, Que trata de la condición…: a capital first, as a title in sentence case starts. */
const SENTENCE_CASE_TITLE = /^\p{Lu}/u
/** Words in capitals, perhaps with a closing full stop and nothing else of a sentence. */
const CAPITALS_TITLE = /^[^a-z.!?,;:]*[A-Z][^a-z.!?,;:]*\.?$/
const MINOR_WORDS = /^(?:a|an|and|the|of|in|on|to|for|or|at|by|with|from|de|la|le)$/

export interface HeadingResult {
  /** Outline title per heading unit index, where it differs from the heading's text. */
  titles: Map<number, string>
}

export function settleHeadings(units: BookUnit[]): HeadingResult {
  demoteContentsLists(units)
  demoteRepeats(units)
  assignLevels(units)
  return { titles: attachSubtitles(units) }
}

/** Three or more headings with nothing but separators between them are a table of contents. */
function demoteContentsLists(units: BookUnit[]): void {
  let runStart = -1
  let runLength = 0
  const close = (end: number) => {
    if (runLength >= CONTENTS_RUN) {
      // The run's tail may be the book's own start (BOOK ONE, CHAPTER I) right after the contents.
      let tail = end
      let tailRank = Infinity
      for (let j = end - 1; j >= runStart; j--) {
        const unit = units[j]!
        if (unit.type !== 'heading') continue
        if (unit.heading!.rank >= tailRank) break
        tail = j
        tailRank = unit.heading!.rank === 0 ? -1 : unit.heading!.rank
      }
      for (let j = runStart; j < tail; j++)
        if (units[j]!.type === 'heading') units[j]!.type = 'list-item'
    }
    runStart = -1
    runLength = 0
  }
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!
    if (unit.type === 'heading') {
      if (runStart < 0) runStart = i
      runLength++
    } else if (unit.type !== 'separator') {
      close(i)
    }
  }
  close(units.length)
}

/** 第三十八回 again a few lines after 第三十八回 (web copies repeat the heading): keep the first. */
function demoteRepeats(units: BookUnit[]): void {
  // Paragraph characters so far, and that count at each rank's last heading: no walk over the
  // ranks for each of a book's hundred thousand paragraphs.
  let chars = 0
  const lastByRank = new Map<number, { number: number; charsAt: number }>()
  for (const unit of units) {
    if (unit.type === 'heading' && unit.heading && !Number.isNaN(unit.heading.number)) {
      const last = lastByRank.get(unit.heading.rank)
      if (last && last.number === unit.heading.number && chars - last.charsAt < REPEAT_GAP_CHARS) {
        unit.type = 'paragraph'
        continue
      }
      lastByRank.set(unit.heading.rank, { number: unit.heading.number, charsAt: chars })
    } else if (unit.type === 'paragraph') {
      chars += unit.text.length
    }
  }
}

function assignLevels(units: BookUnit[]): void {
  const ranks = new Set<number>()
  for (const unit of units)
    if (unit.type === 'heading' && unit.heading!.rank > 0) ranks.add(unit.heading!.rank)
  const ordered = [...ranks].sort((a, b) => a - b)
  for (const unit of units) {
    if (unit.type !== 'heading') continue
    const rank = unit.heading!.rank
    unit.level = rank === 0 ? 1 : ordered.indexOf(rank) + 1
  }
}

/** A bare label's title on the next short line becomes a subheading and joins the outline title. */
function attachSubtitles(units: BookUnit[]): Map<number, string> {
  const titles = new Map<number, string>()
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!
    if (unit.type !== 'heading' || !unit.heading!.bare) continue
    let j = i + 1
    while (j < units.length && units[j]!.type === 'separator') j++
    const next = units[j]
    if (!next || next.type !== 'paragraph' || j === units.length - 1) continue
    const cjk = next.text.charCodeAt(0) >= 0x2e80
    // THE BEGINNING.: a title set in capitals may end in a full stop, as Gutenberg texts print it.
    const capitals = !cjk && CAPITALS_TITLE.test(next.text)
    if (
      next.text.length > (cjk ? MAX_SUBTITLE_CJK : MAX_SUBTITLE_LATIN) ||
      (ENDS_SENTENCE.test(next.text) && !capitals)
    )
      continue
    const cased = unit.heading!.sentenceCaseTitle
      ? SENTENCE_CASE_TITLE.test(next.text)
      : isTitleCased(next.text)
    if (cjk ? /[，。,]/.test(next.text) : !cased) continue
    next.type = 'subheading'
    const label = unit.heading!.title ?? unit.text
    const subtitle = capitals ? next.text.replace(/\.$/, '') : next.text
    let title = `${label.replace(/[.:]$/, '')} ${subtitle.replace(/\s+/g, ' ')}`
    // A 回目 couplet set on two lines: its second half, as long as the first, right under it.
    const second = units[j + 1]
    if (
      cjk &&
      second?.type === 'paragraph' &&
      j + 1 < units.length - 1 &&
      Math.abs(second.text.length - next.text.length) <= 1 &&
      !/[，。,！？；：]/.test(second.text)
    ) {
      second.type = 'subheading'
      title += ` ${second.text}`
    }
    titles.set(i, title)
  }
  return titles
}

/** "The Storm", "IN WHICH WE MEET": every longer word capitalised, as titles are and sentences are not. */
function isTitleCased(text: string): boolean {
  return text
    .split(/\s+/)
    .every((word) => word.length <= 3 || MINOR_WORDS.test(word) || !/^[a-z]/.test(word))
}
