import type { BookUnit } from './book-units'

/**
 * Title and author printed at the top of a book: 《红楼梦》曹雪芹, 作者：…, or an English title
 * page ("PRIDE AND PREJUDICE / by / Jane Austen").
 */
export interface BookMetadata {
  title: string | null
  author: string | null
  /** The unit that carried them, shown as a subheading rather than a paragraph. */
  unitIndex: number | null
}

const FRONT_UNITS = 40
const BOOK_TITLE_LINE =
  /^《([^》]{1,40})》[\s\u3000]*(?:[（(【[][^）)】\]]{1,12}[）)】\]][\s\u3000]*)?(?:作者[:：]?[\s\u3000]*)?([^\s，。,.]{0,20})(?:[\s\u3000]+著)?$/
/** 《…》全本, 《…》精校版: what a download site says of its copy, not an author. */
const EDITION_NOTE = /^(?:全本|完本|全集|精校|校对|校對|完结|完結|连载|連載|txt)/iu
/** 儒林外史儒林外史儒林外史: a title said two to four times over, as pages copied from a website open. */
const REPEATED_TITLE = /^(\p{Script=Han}{2,12})\1{1,3}$/u
const AUTHOR_LINE =
  /^(?:(?:作者|著者|作\s*者)[:：]|【(?:作者|著者)】[:：]?|文[/／])[\s\u3000]*(\S.{0,29})$/
/** 书名：石头记 / 【书名】《石头记》: a web novel's labelled title. */
const LABELLED_TITLE =
  /^(?:(?:书名|書名)[:：]|【(?:书名|書名)】[:：]?)[\s\u3000]*《?([^《》]{1,40}?)》?$/
const BY_LINE = /^by[\s,]+(\S.{0,59})$/i
/** 曹雪芹 著 / （清）曹雪芹 撰: a name and the word for "wrote", under the title line. */
const WROTE_LINE = /^(\S.{0,19}?)[\s\u3000]+(?:著|编著|編著|撰|原著)$/u
/** A short line without a sentence's punctuation: a title, above its author's line. */
const TITLE_SHAPE = /^[^\s。，！？,.!?：:；;]{1,30}$/u

export function findBookMetadata(units: readonly BookUnit[]): BookMetadata {
  let title: string | null = null
  let author: string | null = null
  let unitIndex: number | null = null
  const end = Math.min(units.length, FRONT_UNITS)
  for (let i = 0; i < end; i++) {
    const unit = units[i]!
    if (unit.type === 'heading') break
    const text = unit.text
    const labelled: RegExpExecArray | null = title ? null : LABELLED_TITLE.exec(text)
    if (labelled) {
      title = labelled[1]!.trim()
      unitIndex = i
      continue
    }
    const book = BOOK_TITLE_LINE.exec(text)
    if (book && !title) {
      title = book[1]!.trim()
      if (!EDITION_NOTE.test(book[2]!)) author ||= cleanAuthor(book[2]!) || null
      unitIndex = i
      continue
    }
    const repeated: RegExpExecArray | null = title ? null : REPEATED_TITLE.exec(text)
    if (repeated) {
      title = repeated[1]!
      unitIndex = i
      continue
    }
    const byline = AUTHOR_LINE.exec(text)
    if (byline && !author) {
      author = cleanAuthor(byline[1]!)
      continue
    }
    const wrote = author ? null : WROTE_LINE.exec(text)
    if (wrote) {
      author = cleanAuthor(wrote[1]!)
      const above = units[i - 1]
      if (!title && above?.type === 'paragraph' && TITLE_SHAPE.test(above.text)) {
        title = above.text
        unitIndex = i - 1
      }
      continue
    }
    if (!author && (BY_LINE.test(text) || /^by$/i.test(text))) {
      const name = /^by$/i.test(text) ? units[i + 1]?.text : BY_LINE.exec(text)![1]
      if (name && name.length <= 60) author = cleanAuthor(name)
      title ||= englishTitleBefore(units, i)
    }
  }
  return { title, author, unitIndex }
}

const HEADER_TITLE = /^Title:\s*(\S.{0,79})$/iu

/** A title line: where the title starts, and whether the unit is nothing but the title (and author). */
export interface TitleLine {
  title: string
  unitIndex: number
  ownLine: boolean
}

/**
 * The title a unit announces, if it is a title line: `《三国演义》罗贯中`, a Gutenberg `Title:`
 * header, or the `by` of an English title page (the title is on the lines above it).
 */
export function titleLineAt(units: readonly BookUnit[], i: number): TitleLine | null {
  const text = units[i]!.text
  const own = BOOK_TITLE_LINE.exec(text)?.[1] ?? HEADER_TITLE.exec(text)?.[1]
  if (own) return { title: own.trim(), unitIndex: i, ownLine: true }
  if (!/^by$/i.test(text) && !BY_LINE.test(text)) return null
  const words = englishTitleWordsBefore(units, i)
  return words.length > 0
    ? { title: englishTitle(words), unitIndex: i - words.length, ownLine: false }
    : null
}

/** （明）吴承恩 → 吴承恩; "Jane Austen," → "Jane Austen". */
function cleanAuthor(text: string): string {
  return (
    text
      .replace(/[（(][^）)]{1,6}[）)]/g, '')
      // 某某 著: the name, without the word for "wrote".
      .replace(/[\s\u3000]+(?:著|编著|編著)$/, '')
      .replace(/[\s,.;:，。]+$/, '')
      .trim()
  )
}

/** "PRIDE." "and" "PREJUDICE" on the lines just above "by": Pride and Prejudice. */
function englishTitleBefore(units: readonly BookUnit[], byIndex: number): string | null {
  const words = englishTitleWordsBefore(units, byIndex)
  return words.length > 0 ? englishTitle(words) : null
}

function englishTitleWordsBefore(units: readonly BookUnit[], byIndex: number): string[] {
  const words: string[] = []
  for (let i = byIndex - 1; i >= 0 && byIndex - i <= 4; i--) {
    const text = units[i]!.text
    if (units[i]!.type !== 'paragraph' || text.length > 40 || !/^[\p{L}\p{N}]/u.test(text)) break
    words.unshift(text.replace(/[.,:;]+$/, ''))
  }
  return words
}

/** "A Novel", "A Memoir in Essays", "Stories" under a title: what the book is, not its name. */
const GENRE_LABEL =
  /^(?:(?:a|an)\s+(?:novel|novella|memoir|romance|tale|story|play|thriller|mystery)(?:\s+in\s.*)?|stories|poems|essays)$/i

function englishTitle(lines: readonly string[]): string {
  const named = lines.filter((line) => !GENRE_LABEL.test(line))
  const words = named.length > 0 ? named : lines
  const title = words.join(' ').replace(/\s+/g, ' ')
  return /\b[A-Z]{2,}\b/.test(title) ? titleCase(title) : title
}

const MINOR_WORDS = new Set([
  'a',
  'an',
  'and',
  'the',
  'of',
  'in',
  'on',
  'to',
  'for',
  'or',
  'at',
  'by',
])

function titleCase(text: string): string {
  return text
    .toLowerCase()
    .split(' ')
    .map((w, i) => (i > 0 && MINOR_WORDS.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ')
}
