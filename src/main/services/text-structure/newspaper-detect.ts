/**
 * Whether text reads as a newspaper page or a collection of exported articles, judged from a
 * bounded sample of its head so a 30 MB novel costs next to nothing.
 */
import {
  isByline,
  isCaption,
  isCredit,
  isExportLine,
  isTimeLine,
  isPageDate,
  isJumpLine,
  isPageMarker,
  startsWithDateline,
} from './newspaper-line-kinds'

const SAMPLE_LINES = 4000
const SAMPLE_CHARS = 200_000
/** Export lines this close to the top mean a single exported article. */
const EXPORT_HEAD_LINES = 8
/** One structural line per this many body lines, at least, or the hits are coincidences. */
const BODY_PER_SIGNAL = 120
/** Body lines per byline, at most, where bylines alone tell a page. */
const BODY_PER_BYLINE = 40
/** 第1章, as web novels also print it: 正文 第1章, 【第1章】. */
const CHAPTER_HEADING =
  /^(?:正文[\s\u3000]*|【)?第[0-9０-９零〇一二两三四五六七八九十百千]+[章回节節卷]/u
/** This many 第N章 lines, over twice a page's export lines and other signals, are a book's chapters. */
const BOOK_CHAPTERS = 3
/** An export line that dates its article (时间：…, or a site's date and time); a lone `作者：某某` at the head is a book's metadata line. */
const DATED_EXPORT = /[时時]间[:：]|^[0-9]{4}[-/.年]/u

export interface NewspaperSignals {
  exportLines: number
  firstExportLine: number
  /** Whether the first export line carries the article's date. */
  firstExportDated: boolean
  bylines: number
  datelines: number
  captions: number
  credits: number
  pageMarkers: number
  chapters: number
  bodyLines: number
}

export function newspaperSignals(lines: readonly string[]): NewspaperSignals {
  const s: NewspaperSignals = {
    exportLines: 0,
    firstExportLine: -1,
    firstExportDated: false,
    bylines: 0,
    datelines: 0,
    captions: 0,
    credits: 0,
    pageMarkers: 0,
    chapters: 0,
    bodyLines: 0,
  }
  let chars = 0
  let seen = 0
  for (let i = 0; i < lines.length && i < SAMPLE_LINES && chars < SAMPLE_CHARS; i++) {
    const raw = lines[i]!
    chars += raw.length
    // trim() removes exactly [\s\u3000] (U+3000 is white space), without a regex per line.
    const text = raw.length > 600 ? raw.slice(0, 600) : raw.trim()
    if (text === '') continue
    seen++
    if (raw.length > 200) {
      s.bodyLines++
      if (startsWithDateline(text.replace(/^[\s\u3000]+/u, ''))) s.datelines++
      continue
    }
    if (isExportLine(text) || (isTimeLine(text) && datesHeadline(lines, i))) {
      s.exportLines++
      if (s.firstExportLine < 0) {
        s.firstExportLine = seen
        s.firstExportDated = DATED_EXPORT.test(text)
      }
    } else if (isByline(text)) s.bylines++
    else if (isCredit(text)) s.credits++
    else if (isPageMarker(text) || isPageDate(text) || isJumpLine(text)) s.pageMarkers++
    else if (isCaption(text)) s.captions++
    else if (startsWithDateline(text)) s.datelines++
    else if (CHAPTER_HEADING.test(text)) s.chapters++
    else if (text.length >= 20) s.bodyLines++
  }
  return s
}

/** Line `at` sits right under a headline of a line or two that stands apart, and body text follows it. */
function datesHeadline(lines: readonly string[], at: number): boolean {
  const blank = (i: number) => i < 0 || i >= lines.length || lines[i]!.trim() === ''
  const above = !blank(at - 1) && (blank(at - 2) || (!blank(at - 2) && blank(at - 3)))
  return above && (blank(at + 1) || lines[at + 1]!.trim().length > 40)
}

export function looksLikeNewspaper(lines: readonly string[]): boolean {
  const s = newspaperSignals(lines)
  const counts = [s.bylines, s.datelines, s.captions, s.credits, s.pageMarkers]
  const kinds = counts.filter((n) => n > 0).length
  const total = counts.reduce((a, b) => a + b, 0)
  // A page may reprint a regulation, chapters and all; its bylines and captions still outweigh them.
  if (s.chapters >= BOOK_CHAPTERS && s.chapters > 2 * (s.exportLines + total)) return false
  const headExport =
    s.exportLines === 1 && s.firstExportLine <= EXPORT_HEAD_LINES && s.firstExportDated
  if (s.exportLines >= 2 || headExport) return true
  // Reporters' bylines alone (本报记者 王明), one to every few articles' worth of text, make a page too.
  if (s.bylines >= 2 && s.chapters === 0 && s.bylines >= s.bodyLines / BODY_PER_BYLINE) return true
  return kinds >= 2 && total >= Math.max(2, s.bodyLines / BODY_PER_SIGNAL) && s.chapters < total
}
