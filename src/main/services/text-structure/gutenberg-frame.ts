import { matchChapterHeading } from './chapter-heading'

/**
 * Project Gutenberg's header (licence, "Title:", "Author:") and footer (the licence again):
 * the book is what lies between the START and END markers.
 */
export interface GutenbergFrame {
  /** First line of the book proper. */
  bodyStart: number
  /** Line after the book's last line. */
  bodyEnd: number
  title: string | null
  author: string | null
  language: string | null
}

const HEADER_SEARCH_LINES = 600
const FOOTER_SEARCH_LINES = 1_000
const START_MARKER =
  /^\s*\*{3}\s*START OF (?:THIS|THE) PROJECT GUTENBERG|^\s*\*END\*THE SMALL PRINT/i
const END_MARKER =
  /^\s*\*{3}\s*END OF (?:THIS|THE) PROJECT GUTENBERG|^\s*End of (?:the )?Project Gutenberg/i
const PRODUCED_BY = /^\s*(?:Produced|Prepared|Transcribed|E-?text prepared) by\b/i
const LANGUAGES: Record<string, string> = {
  english: 'en',
  chinese: 'zh',
  french: 'fr',
  german: 'de',
  spanish: 'es',
  italian: 'it',
  russian: 'ru',
  japanese: 'ja',
  korean: 'ko',
  portuguese: 'pt',
  dutch: 'nl',
  latin: 'la',
}

export function findGutenbergFrame(lines: readonly string[]): GutenbergFrame | null {
  let start = -1
  for (let i = 0; i < Math.min(lines.length, HEADER_SEARCH_LINES); i++) {
    if (START_MARKER.test(lines[i]!)) {
      start = i
      break
    }
  }
  let end = -1
  for (
    let i = lines.length - 1;
    i >= Math.max(start + 1, lines.length - FOOTER_SEARCH_LINES);
    i--
  ) {
    if (END_MARKER.test(lines[i]!)) end = i
  }
  // Another book after the licence (files joined): the END marker is not this file's end.
  if (end >= 0 && bookFollowsLicence(lines, end)) end = -1
  if (start < 0 && end < 0) return null
  const header = start < 0 ? [] : lines.slice(0, start)
  return {
    bodyStart: start < 0 ? 0 : skipProducer(lines, start + 1),
    bodyEnd: end < 0 ? lines.length : end,
    title: headerField(header, 'Title'),
    author: headerField(header, 'Author'),
    language: languageCode(headerField(header, 'Language')),
  }
}

/** "Title: War and Peace" and its indented continuation lines. */
function headerField(header: readonly string[], name: string): string | null {
  const prefix = new RegExp(`^\\s*${name}:\\s*(.*)$`, 'i')
  for (let i = 0; i < header.length; i++) {
    const m = prefix.exec(header[i]!)
    if (!m) continue
    let value = m[1]!.trim()
    for (let j = i + 1; j < header.length && /^\s+\S/.test(header[j]!); j++)
      value += ' ' + header[j]!.trim()
    return value || null
  }
  return null
}

function languageCode(name: string | null): string | null {
  return name ? (LANGUAGES[name.toLowerCase().split(/[\s,;]/)[0]!] ?? null) : null
}

/** The "Produced by …" credit right after the START marker belongs to the edition, not the book. */
function skipProducer(lines: readonly string[], from: number): number {
  let i = from
  while (i < lines.length && lines[i]!.trim() === '') i++
  if (i >= lines.length || !PRODUCED_BY.test(lines[i]!)) return from
  while (i < lines.length && lines[i]!.trim() !== '') i++
  return i
}

/** How far above a START marker a book's header begins, and how far a licence runs before the next book. */
const INNER_HEADER_LINES = 120
const INNER_LICENCE_LINES = 1_500
const HEADER_OPENING =
  /^\s*(?:The )?Project Gutenberg(?:'s)? e-?book(?: of)?\b|^\s*Project Gutenberg's\b/i
const TITLE_FIELD = /^\s*Title:\s*\S/i

/**
 * Several Gutenberg books joined in one file: between two books stand the first one's licence and
 * the next one's header. Each such stretch is dropped, keeping only the next book's `Title:` line.
 */
export function dropInnerGutenbergFrames(lines: readonly string[]): readonly string[] {
  const cuts: { begin: number; end: number; title: string | undefined }[] = []
  let from = 0
  for (let i = 1; i < lines.length; i++) {
    if (!mayBeMarker(lines[i]!)) continue
    if (START_MARKER.test(lines[i]!)) {
      const begin = frameBegin(lines, i, from)
      if (begin < 0) continue
      const title = lines.slice(begin, i).find((l) => TITLE_FIELD.test(l))
      from = skipProducer(lines, i + 1)
      cuts.push({ begin, end: from, title })
      i = from - 1
    } else if (END_MARKER.test(lines[i]!) && !startFollows(lines, i)) {
      // A licence after the book, and a book that is not Gutenberg's after it.
      from = licenceEnd(lines, i)
      cuts.push({ begin: i, end: from, title: undefined })
      i = from - 1
    }
  }
  if (cuts.length === 0) return lines
  const out: string[] = []
  let at = 0
  for (const cut of cuts) {
    out.push(...lines.slice(at, cut.begin))
    if (cut.title) out.push('', cut.title.trim(), '')
    at = cut.end
  }
  out.push(...lines.slice(at))
  return out
}

function startFollows(lines: readonly string[], end: number): boolean {
  for (let i = end + 1; i < Math.min(lines.length, end + INNER_LICENCE_LINES); i++)
    if (mayBeMarker(lines[i]!) && START_MARKER.test(lines[i]!)) return true
  return false
}

/** Lines of text after the licence that makes a book, not a stray signature. */
const MIN_LINES_OF_A_BOOK = 5

function bookFollowsLicence(lines: readonly string[], end: number): boolean {
  let text = 0
  for (let i = licenceEnd(lines, end); i < lines.length && text < MIN_LINES_OF_A_BOOK; i++)
    if (lines[i]!.trim() !== '') text++
  return text >= MIN_LINES_OF_A_BOOK
}

/** The line after the last one of a licence that follows an END marker, never past the next book's first heading. */
function licenceEnd(lines: readonly string[], end: number): number {
  let last = end
  for (let i = end + 1; i < Math.min(lines.length, end + INNER_LICENCE_LINES); i++) {
    const line = lines[i]!
    if (/gutenberg|e-?books?\b|e-?texts?\b|small print|licen[cs]e/i.test(line)) last = i
    else if (matchChapterHeading(line.trim())) break
  }
  return last + 1
}

/** Where the stretch before a START marker begins: the END marker of the book before, else its header's first line. */
function frameBegin(lines: readonly string[], start: number, floor: number): number {
  for (let i = start - 1; i >= Math.max(floor, start - INNER_LICENCE_LINES); i--)
    if (mayBeMarker(lines[i]!) && END_MARKER.test(lines[i]!)) return i
  for (let i = start - 1; i >= Math.max(floor, start - INNER_HEADER_LINES); i--)
    if (HEADER_OPENING.test(lines[i]!)) return i
  return -1
}

/** Markers open with `***`, `*END*` or `End of`: most lines are passed over without a regex. */
function mayBeMarker(line: string): boolean {
  // One character read for a line that starts with text (every line of a book, nearly).
  let i = 0
  let first = line.charCodeAt(0)
  while (first === 0x20 || first === 0x09) first = line.charCodeAt(++i)
  return first === 0x2a /* * */ || first === 0x45 /* E */ || first === 0x65 /* e */
}
