import type { BlockDraft } from '../../../shared/document-model'
import { matchChapterHeading } from '../text-structure/chapter-heading'

/**
 * The table of contents of an EPUB that has none, read from its headings the way a reader
 * (calibre, Apple Books) shows it: one entry per chapter, not one per heading. Chapters are the
 * top headings of each spine document; front matter that is only a title page and contents pages
 * give none; sections come in only where a level sits under most chapters. Runs on the drafts
 * before nestHeadingLevels, so h1…h6 are still as the book's files wrote them.
 */

/** Where one spine document's drafts are, and what it is. */
export interface SpineDocument {
  /** Index of the document's first draft, and how many drafts it gave. */
  start: number
  count: number
  /** Internal links the document holds. */
  links: number
  /** The EPUB 3 navigation document (left in the spine even when its table of contents is unusable). */
  nav: boolean
}

export interface BookNames {
  title: string | null
  authors: readonly string[]
}

/** An outline entry that names its draft by index; ids come once the document is assembled. */
export interface HeadingOutlineEntry {
  title: string
  level: number
  index: number
}

interface Heading {
  index: number
  level: number
  text: string
}

interface Chapter {
  heading: Heading
  title: string
  sections: { heading: Heading; offset: number }[]
  /** Characters of text it holds, so that short front matter weighs little. */
  chars: number
}

interface Page {
  headings: Heading[]
  chars: number
  lines: number
}

/** A page of front matter shorter than this whose heading is the book's title or author is a title page. */
const TITLE_PAGE_CHARS = 4000
/** A part's page (Part One, 第一卷) has no more text than an epigraph or a short foreword. */
const PART_PAGE_CHARS = 2000
/** Pages with entries after which front matter (title pages, contents pages) is over. */
const FRONT_MATTER_PAGES = 2
/** A table of contents this short may be a converter's stub. */
const STUB_TOC_ENTRIES = 2
/** Sections and their subsections under the chapters; deeper headings are for reading, not the contents. */
const MAX_SECTION_DEPTH = 2
/** A sub-heading whose text comes back this often (Note, Tip, * * *) labels a box, not a section. */
const LABEL_REPEATS = 3
/** Links per line and characters per link beyond which a page is a list of links. */
const CONTENTS_LINKS_PER_BLOCK = 0.75
const CONTENTS_CHARS_PER_LINK = 80
const CONTENTS_HEADING =
  /^(?:(?:table|list) of )?(?:brief |short |detailed )?contents?\.?$|^(?:目\s*[录錄次]|目次|inhalt(?:sverzeichnis)?|sommaire|table des matières|índice|indice|contenido)$/i
/** A heading that only numbers what the next one names: CHAPTER I, 第三回, IV, 12. */
const BARE_NUMBER =
  /^(?:[0-9]+|(?=[MDCLXVI])M*(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3}))\.?$/i

/**
 * A table of contents of one or two entries (Start, Cover) in a book whose headings name many
 * more chapters: a converter's stub, less use than the chapters.
 */
export function isStubToc(
  tocEntries: number,
  chapterOutline: readonly HeadingOutlineEntry[],
): boolean {
  const chapters = chapterOutline.filter((e) => e.level === 1).length
  return tocEntries <= STUB_TOC_ENTRIES && chapters >= Math.max(5, 4 * tocEntries)
}

export function outlineFromChapterHeadings(
  drafts: readonly BlockDraft[],
  documents: readonly SpineDocument[],
  book: BookNames,
): HeadingOutlineEntry[] {
  const names = new Set([book.title, ...book.authors].filter((n) => n).map((n) => comparable(n!)))
  const chapters: Chapter[] = []
  // Front matter lasts until a long page or the second page that gives entries.
  let frontMatter = true
  let pagesWithEntries = 0
  for (const document of documents) {
    if (document.nav) continue
    const page = readPage(drafts, document)
    const found = chaptersOf(drafts, document, page, frontMatter ? names : null)
    chapters.push(...found)
    if (found.length > 0) pagesWithEntries++
    if (page.chars >= TITLE_PAGE_CHARS || pagesWithEntries >= FRONT_MATTER_PAGES)
      frontMatter = false
  }
  if (chapters.length === 0) return []

  const repeats = new Map<string, number>()
  for (const s of chapters.flatMap((c) => c.sections))
    repeats.set(s.heading.text, (repeats.get(s.heading.text) ?? 0) + 1)
  // An index's letters (A, B, C) and numbered scenes (1, 2, II) divide a chapter without naming a section.
  for (const chapter of chapters)
    chapter.sections = chapter.sections.filter(
      (s) =>
        repeats.get(s.heading.text)! < LABEL_REPEATS &&
        !BARE_NUMBER.test(s.heading.text) &&
        !/^\p{L}\.?$/u.test(s.heading.text),
    )

  // Section depth by how far below its chapter a heading sits, ranked over the whole book; a
  // depth is listed when the chapters that have it hold most of the book's text.
  const offsets = [...new Set(chapters.flatMap((c) => c.sections.map((s) => s.offset)))].sort(
    (a, b) => a - b,
  )
  const text = chapters.reduce((n, c) => n + c.chars, 0)
  let depths = 0
  while (depths < Math.min(MAX_SECTION_DEPTH, offsets.length)) {
    const offset = offsets[depths]!
    const under = chapters
      .filter((c) => c.sections.some((s) => s.offset === offset))
      .reduce((n, c) => n + c.chars, 0)
    if (under * 2 < text) break
    depths++
  }

  const levels = chapterLevels(chapters)
  const outline: HeadingOutlineEntry[] = []
  chapters.forEach((chapter, i) => {
    outline.push({ title: chapter.title, level: levels[i]!, index: chapter.heading.index })
    for (const { heading, offset } of chapter.sections) {
      const depth = offsets.indexOf(offset) + 1
      if (depth <= depths)
        outline.push({ title: heading.text, level: levels[i]! + depth, index: heading.index })
    }
  })
  return outline
}

/**
 * The chapters one spine document holds, usually one; none for a title page or a contents page.
 * `names` (the book's title and authors) is given only in front matter: a story may share the book's title.
 */
function chaptersOf(
  drafts: readonly BlockDraft[],
  document: SpineDocument,
  { headings: all, chars, lines }: Page,
  names: ReadonlySet<string> | null,
): Chapter[] {
  let headings = all
  if (headings.length === 0) return []
  let top = topLevel(headings)
  const first = headings.find((h) => h.level === top)!
  if (CONTENTS_HEADING.test(first.text)) return []
  const linkList =
    document.links >= 3 &&
    document.links >= lines * CONTENTS_LINKS_PER_BLOCK &&
    chars <= document.links * CONTENTS_CHARS_PER_LINK
  // Only in front matter: endnotes at the back are as dense with links (back to the text).
  if (linkList && names) return []
  if (names && isNameLine(first.text, names)) {
    // A title page; or the whole book in one file under its title, whose chapters sit one level down.
    if (chars < TITLE_PAGE_CHARS) return []
    headings = headings.filter(
      (h) => h.index > first.index && !isNameLine(h.text, names) && !CONTENTS_HEADING.test(h.text),
    )
    if (headings.length === 0) return []
    top = topLevel(headings)
  }

  const chapters: Chapter[] = []
  let pendingLabel: Heading | null = null
  for (let h = 0; h < headings.length; h++) {
    const heading = headings[h]!
    const next = headings[h + 1]
    const current = chapters[chapters.length - 1]
    if (
      heading.level !== top &&
      isBareLabel(heading.text) &&
      next?.level === top &&
      adjacent(drafts, heading, next)
    ) {
      pendingLabel = heading
      continue
    }
    if (heading.level === top && !(current && isNumberedUnder(heading.text, current.title))) {
      const subtitle = isBareLabel(heading.text) ? subtitleAfter(drafts, heading) : null
      // CHAPTER I / Down the Rabbit-Hole as two headings with nothing between: one entry.
      if (subtitle !== null) {
        chapters.push({ heading, title: joinTitle(heading.text, subtitle), sections: [], chars: 0 })
      } else if (isBareLabel(heading.text) && next && adjacent(drafts, heading, next)) {
        chapters.push({
          heading,
          title: joinTitle(heading.text, next.text),
          sections: [],
          chars: 0,
        })
        h++
      } else if (pendingLabel && adjacent(drafts, pendingLabel, heading)) {
        chapters.push({
          heading: pendingLabel,
          title: joinTitle(pendingLabel.text, heading.text),
          sections: [],
          chars: 0,
        })
      } else chapters.push({ heading, title: heading.text, sections: [], chars: 0 })
      pendingLabel = null
      continue
    }
    // Before the first chapter: title lines that belong to no chapter.
    if (!current) continue
    // Same tag as the chapter but numbered under it (DocBook: "Chapter 2." then "2.1."): half a level down.
    const offset = heading.level === top ? 0.5 : heading.level - top
    current.sections.push({ heading, offset })
  }
  const end = document.start + document.count
  chapters.forEach((chapter, c) => {
    const until = chapters[c + 1]?.heading.index ?? end
    for (let i = chapter.heading.index; i < until; i++)
      if (drafts[i]!.type !== 'heading') chapter.chars += drafts[i]!.text.length
  })
  return chapters
}

/** A spine document's headings (as its file ranks them) and how much other text it has. */
function readPage(drafts: readonly BlockDraft[], document: SpineDocument): Page {
  const page: Page = { headings: [], chars: 0, lines: 0 }
  for (let i = document.start; i < document.start + document.count; i++) {
    const draft = drafts[i]!
    // An ornament (* * *, ❦) styled as a heading marks a scene break, not a chapter.
    if (draft.type === 'heading' && /[\p{L}\p{N}]/u.test(draft.text))
      page.headings.push({
        index: i,
        level: draft.level ?? 1,
        text: draft.text.replace(/\s+/g, ' ').trim(),
      })
    else if (/\S/.test(draft.text)) {
      page.chars += draft.text.length
      page.lines++
    }
  }
  return page
}

/**
 * Chapter levels: flat, unless short pages at a higher heading level head runs of lower ones at
 * least twice (Part One, Part Two over their chapters); a lone preface above h2 chapters, or
 * chapters tagged h1 and h2 by turns, nest nothing.
 */
function chapterLevels(chapters: readonly Chapter[]): number[] {
  const raw = chapters.map((c) => c.heading.level)
  let heads = 0
  for (let i = 0; i + 1 < raw.length; i++)
    if (raw[i]! < raw[i + 1]! && chapters[i]!.chars < PART_PAGE_CHARS) heads++
  if (heads < 2) return raw.map(() => 1)
  const stack: number[] = []
  return raw.map((level) => {
    while (stack.length > 0 && stack[stack.length - 1]! >= level) stack.pop()
    stack.push(level)
    return stack.length
  })
}

function topLevel(headings: readonly Heading[]): number {
  return headings.reduce((top, h) => Math.min(top, h.level), Infinity)
}

function comparable(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
}

/** The book's title (or the start of it, or it with a subtitle), an author's name, "by" an author. */
function isNameLine(text: string, names: ReadonlySet<string>): boolean {
  const line = comparable(text).replace(/^by(?=\p{L})/u, '')
  if (names.has(line)) return true
  return (
    line.length >= 4 &&
    [...names].some((n) => n.length >= 4 && (n.startsWith(line) || line.startsWith(n)))
  )
}

function isBareLabel(text: string): boolean {
  return BARE_NUMBER.test(text) || matchChapterHeading(text)?.bare === true
}

/** "2.1. Scope" under "Chapter 2. Prerequisites" or "2. Prerequisites"; "A.3" under "Appendix A." */
function isNumberedUnder(text: string, chapterTitle: string): boolean {
  const number = /^([0-9]+|[A-Z])\.[0-9]/.exec(text)?.[1]
  if (!number) return false
  const own = /^(?:[\p{L}]+\s+)?([0-9]+|[A-Z])\b/u.exec(chapterTitle)?.[1]
  return own === number
}

/** The subtitle right under a heading (`<hgroup>`'s paragraph, a `subtitle` class), pictures and rules aside. */
function subtitleAfter(drafts: readonly BlockDraft[], heading: Heading): string | null {
  for (let i = heading.index + 1; i < drafts.length; i++) {
    const draft = drafts[i]!
    if (draft.type === 'subheading') return draft.text.replace(/\s+/g, ' ').trim()
    if (draft.type !== 'image' && draft.type !== 'separator') return null
  }
  return null
}

/** Nothing but pictures and rules between two headings. */
function adjacent(drafts: readonly BlockDraft[], a: Heading, b: Heading): boolean {
  for (let i = a.index + 1; i < b.index; i++) {
    const draft = drafts[i]!
    if (draft.type !== 'image' && draft.type !== 'separator' && draft.text.trim() !== '')
      return false
  }
  return true
}

function joinTitle(label: string, title: string): string {
  return /[.:：。、—–-]$/.test(label) || /[\u3000-\u9fff]$/.test(label)
    ? `${label} ${title}`
    : `${label}: ${title}`
}
