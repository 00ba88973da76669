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
