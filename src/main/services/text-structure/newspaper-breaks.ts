/**
 * Paragraphs put back together: lines hard-wrapped at a fixed width, and paragraphs cut in two by
 * a page or column break (a line that stops mid-sentence, then its continuation after blank lines,
 * sometimes with the last character printed twice across the cut).
 */
import {
  endsMidSentence,
  endsSentence,
  hasHeadlineShape,
  isCaption,
  isCredit,
  isAlphabeticLine,
  isExportLine,
  isPageDate,
  isPageMarker,
  isPageNumber,
  isStructural,
  readsAsProse,
  startsWithDateline,
  startsWithSectionBullet,
} from './newspaper-line-kinds'
import type { PageLine } from './newspaper-page-lines'
import { wordSeam, wordWrapRunsOn, wordWrapWidth } from './newspaper-word-wrap'

/** Words that never double in Chinese, so `的的` across a cut is the cut's doing. */
const NEVER_DOUBLED = new Set([...'的在和与及把被从向于以为并而之其或但将所由與從於為並將'])
const CLAUSE_MARK = /^[，、；：,;:]/u
const STARTS_INSIDE_SENTENCE = /^[，、；：,;:。！？）)”’》】]/u
/** How far short of the width a wrapped line may stop (a wide character or a punctuation rule pushed on). */
const WRAP_TOLERANCE_BELOW = 2
/** A closing punctuation mark a wrapper let hang past the width. */
const WRAP_TOLERANCE_ABOVE = 1
/** Share of wrapped paragraphs opening with an indent above which indents are the rule. */
const INDENT_OPENS_SHARE = 0.8

function concat(a: string, b: string, spaced: boolean): string {
  return a + seam(a, b, spaced) + b
}

/** What goes between `a` and `b`; `a` may be just the last piece of the text being joined. */
function seam(a: string, b: string, spaced: boolean): string {
  // Wrappers drop the space between two words; digits of one number are never split that way.
  const latinSeam = /[A-Za-z]$/.test(a) && /^[A-Za-z]/.test(b)
  return spaced || latinSeam ? ' ' : ''
}

/** The width most lines that run on into the next one are wrapped at, or null if there is none. */
function wrapWidth(
  lines: readonly PageLine[],
  measure: (l: PageLine) => number,
): { width: number; share: number } | null {
  const values: number[] = []
  for (let i = 0; i + 1 < lines.length; i++) {
    if (lines[i + 1]!.gapBefore === 0 && !lines[i + 1]!.indented) values.push(measure(lines[i]!))
  }
  // A wrapper fills its lines to the width or one column short of it (a wide character that did not fit).
  const counts = new Map<number, number>()
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1)
  let best = 0
  let bestWidth = 0
  for (const [v, n] of counts) {
    const full = n + (counts.get(v - 1) ?? 0)
    if (full > best || (full === best && v > bestWidth)) [best, bestWidth] = [full, v]
  }
  return best >= 4 ? { width: bestWidth, share: best / values.length } : null
}

/**
 * Whether a wrapper cut `line` and `next` carries on its text. A line wider than the width was
 * never wrapped (a headline set across the columns), nor was a page marker, date line or folio; a line
 * that stops short of the width on a full stop ended its paragraph, unless the wrapper left the
 * room because `next` opens with punctuation that may not start a line.
 */
function wrappedLineRunsOn(
  line: PageLine,
  next: PageLine,
  width: number,
  measure: (l: PageLine) => number,
  byColumns: boolean,
): boolean {
  const measured = measure(line)
  if (measured < width - WRAP_TOLERANCE_BELOW || measured > width + WRAP_TOLERANCE_ABOVE)
    return false
  // Counting display columns, a wide character that did not fit leaves one column free.
  const slackAllowed = byColumns ? 1 : 0
  if (
    width - measured > slackAllowed &&
    endsSentence(line.text) &&
    !STARTS_INSIDE_SENTENCE.test(next.text)
  )
    return false
  if (isExportLine(next.text) || isPageMarker(next.text) || isPageDate(next.text)) return false
  const text = line.text
  return !(isExportLine(text) || isPageMarker(text) || isPageDate(text) || isPageNumber(text))
}

const WORD_WRAPPED = 2

/** Joins lines that were wrapped at a fixed width back into the paragraphs they came from. */
export function unwrapHardWraps(lines: readonly PageLine[]): PageLine[] {
  const byWidth = wrapWidth(lines, (l) => l.width)
  const byLength = wrapWidth(lines, (l) => l.length)
  const candidates = [
    byWidth && { ...byWidth, measure: (l: PageLine) => l.width, byColumns: true },
    byLength && { ...byLength, measure: (l: PageLine) => l.length, byColumns: false },
  ].filter((c) => c !== null && c.share >= 0.5 && c.width >= 8)
  candidates.sort((a, b) => b!.share - a!.share)
  const wrap = candidates[0]
  const wordWidth = wordWrapWidth(lines)
  if (!wrap && wordWidth === null) return lines.map((l) => ({ ...l }))
  const out: PageLine[] = []
  // The last paragraph's pieces, joined once: reading the end of a growing text on every line
  // flattened it each time (quadratic on a long run of wrapped lines).
  let pieces: string[] = []
  const flush = () => {
    if (pieces.length > 1) out[out.length - 1]!.text = pieces.join('')
  }
  // 1: cut at a fixed width (Chinese columns); WORD_WRAPPED: words wrapped to a ragged edge.
  const runsOn = new Uint8Array(lines.length)
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!
    const next = lines[i + 1]!
    if (next.gapBefore !== 0 || next.indented || line.verse || next.verse) continue
    if (wordWidth !== null && isAlphabeticLine(line.text) && isAlphabeticLine(next.text))
      runsOn[i] = wordWrapRunsOn(line, next, wordWidth) ? WORD_WRAPPED : 0
    else if (wrap)
      runsOn[i] = wrappedLineRunsOn(line, next, wrap.width, wrap.measure, wrap.byColumns) ? 1 : 0
  }
  // Where wrapped paragraphs open with an indent, an unindented line that starts a run of full
  // lines is a headline or deck that happens to be as wide as the column.
  let starters = 0
  let indentedStarters = 0
  for (let i = 0; i < lines.length; i++) {
    if (!runsOn[i] || (i > 0 && runsOn[i - 1])) continue
    starters++
    if (lines[i]!.indented) indentedStarters++
  }
  const indentOpens = starters >= 4 && indentedStarters >= starters * INDENT_OPENS_SHARE
  let inParagraph = false
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const prev = out[out.length - 1]
    if (prev && i > 0 && runsOn[i - 1] && inParagraph) {
      const last = lines[i - 1]!
      const between =
        runsOn[i - 1] === WORD_WRAPPED
          ? wordSeam(last.text)
          : seam(last.text, line.text, last.spaceAfter || line.spaceBefore)
      pieces.push(between, line.text)
      prev.spaceAfter = line.spaceAfter
    } else {
      flush()
      out.push({ ...line })
      pieces = [line.text]
      inParagraph = !indentOpens || line.indented
    }
  }
  flush()
  return out
}

/** `…伙伴关系。` then `系，共同…`: the cut printed `系` twice and closed the first half. */
function joinRepeatedCut(prev: string, next: string): string | null {
  if (!/[。！？；]$/u.test(prev)) return null
  const body = prev.slice(0, -1)
  for (let k = 1; k <= 4 && k < body.length; k++) {
    const overlap = body.slice(-k)
    if (!/^\p{Script=Han}+$/u.test(overlap)) break
    if (next.startsWith(overlap) && CLAUSE_MARK.test(next.slice(k))) return body + next.slice(k)
  }
  return null
}

function dropDoubledCharacter(prev: string, next: string): string {
  const ch = prev.slice(-1)
  if (next.startsWith(ch) && NEVER_DOUBLED.has(ch) && !(ch === '的' && next[1] === '确'))
    return next.slice(1)
  return next
}

/** The text of `prev` and `next` as one paragraph, or null when `next` begins a paragraph of its own. */
export function joinAcrossCut(prev: PageLine, next: PageLine): string | null {
  if (prev.verse || next.verse) return null
  if (isStructural(prev.text) || isStructural(next.text)) return null
  if (startsWithDateline(next.text) || startsWithSectionBullet(next.text)) return null
  // 一、… or ■… heading a section: the paragraph under it is its own.
  if (startsWithSectionBullet(prev.text) && hasHeadlineShape(prev.text)) return null
  const repeated = joinRepeatedCut(prev.text, next.text)
  if (repeated !== null) return repeated
  if (!endsMidSentence(prev.text)) return null
  const nextStartsInside = STARTS_INSIDE_SENTENCE.test(next.text)
  const prevIsProse = !hasHeadlineShape(prev.text) || readsAsProse(prev.text)
  if (!nextStartsInside) {
    // A short unpunctuated line may be a headline; only clear continuations join it.
    if (!prevIsProse) return null
    if (hasHeadlineShape(next.text) && !readsAsProse(next.text)) return null
  }
  return concat(
    prev.text,
    dropDoubledCharacter(prev.text, next.text),
    prev.spaceAfter || next.spaceBefore,
  )
}

/** Lines printed between the halves of a cut paragraph: a caption, a credit line, the page's foot and head. */
function isInterlude(text: string): boolean {
  return (
    isCaption(text) ||
    isCredit(text) ||
    isPageNumber(text) ||
    isPageDate(text) ||
    isPageMarker(text)
  )
}
/** A page's foot and the next page's head: credit, folio, date line, page marker. */
const MAX_INTERLUDE = 6

/**
 * Joins every paragraph cut by a break with its continuation, also when captions, a credit line
 * or a page's foot and the next page's head were printed in between (they then follow the joined
 * paragraph).
 */
export function joinCutParagraphs(lines: readonly PageLine[]): PageLine[] {
  const out: PageLine[] = []
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const prev = out[out.length - 1]
    const joined = prev ? joinAcrossCut(prev, line) : null
    if (prev && joined !== null) {
      prev.text = joined
      prev.spaceAfter = line.spaceAfter
      continue
    }
    if (prev && isInterlude(line.text) && endsMidSentence(prev.text)) {
      let end = i + 1
      while (end < lines.length && end - i < MAX_INTERLUDE && isInterlude(lines[end]!.text)) end++
      const after = lines[end]
      const across = after ? joinAcrossCut(prev, after) : null
      if (after && across !== null) {
        prev.text = across
        prev.spaceAfter = after.spaceAfter
        for (let k = i; k < end; k++) out.push({ ...lines[k]! })
        i = end
        continue
      }
    }
    out.push({ ...line })
  }
  return out
}
