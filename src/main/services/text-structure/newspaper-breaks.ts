/**
 * Paragraphs put back together: lines hard-wrapped at a fixed width, and paragraphs cut in two by
 * a page or column break (a line that stops mid-sentence, then its continuation after blank lines,
 * sometimes with the last character printed twice across the cut).
 */
import {
  endsMidSentence,
  hasHeadlineShape,
  isCaption,
  isCredit,
  isStructural,
  readsAsProse,
  startsWithDateline,
  startsWithSectionBullet,
} from './newspaper-line-kinds'
import type { PageLine } from './newspaper-page-lines'

/** Words that never double in Chinese, so `的的` across a cut is the cut's doing. */
const NEVER_DOUBLED = new Set([...'的在和与及把被从向于以为并而之其或但将所由'])
const CLAUSE_MARK = /^[，、；：,;:]/u
const STARTS_INSIDE_SENTENCE = /^[，、；：,;:。！？）)”’》】]/u
/** How far short of the width a wrapped line may stop (a wide character or a punctuation rule pushed on). */
const WRAP_TOLERANCE_BELOW = 2

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

/** Joins lines that were wrapped at a fixed width back into the paragraphs they came from. */
export function unwrapHardWraps(lines: readonly PageLine[]): PageLine[] {
  const byWidth = wrapWidth(lines, (l) => l.width)
  const byLength = wrapWidth(lines, (l) => l.length)
  const candidates = [
    byWidth && { ...byWidth, measure: (l: PageLine) => l.width },
    byLength && { ...byLength, measure: (l: PageLine) => l.length },
  ].filter((c) => c !== null && c.share >= 0.5 && c.width >= 8)
  candidates.sort((a, b) => b!.share - a!.share)
  const wrap = candidates[0]
  if (!wrap) return lines.map((l) => ({ ...l }))
  const out: PageLine[] = []
  // The last paragraph's pieces, joined once: reading the end of a growing text on every line
  // flattened it each time (quadratic on a long run of wrapped lines).
  let pieces: string[] = []
  const flush = () => {
    if (pieces.length > 1) out[out.length - 1]!.text = pieces.join('')
  }
  let lastPhysical: PageLine | null = null
  for (const line of lines) {
    const prev = out[out.length - 1]
    const full =
      lastPhysical !== null && wrap.measure(lastPhysical) >= wrap.width - WRAP_TOLERANCE_BELOW
    if (prev && full && line.gapBefore === 0 && !line.indented) {
      const spaced = lastPhysical!.spaceAfter || line.spaceBefore
      pieces.push(seam(lastPhysical!.text, line.text, spaced), line.text)
      prev.spaceAfter = line.spaceAfter
    } else {
      flush()
      out.push({ ...line })
      pieces = [line.text]
    }
    lastPhysical = line
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
  if (isStructural(prev.text) || isStructural(next.text)) return null
  if (startsWithDateline(next.text) || startsWithSectionBullet(next.text)) return null
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

/**
 * Joins every paragraph cut by a break with its continuation, also when a caption or credit line
 * was printed in between (it then follows the joined paragraph).
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
    const after = lines[i + 1]
    const interlude = isCaption(line.text) || isCredit(line.text)
    const across =
      prev && interlude && after && endsMidSentence(prev.text) ? joinAcrossCut(prev, after) : null
    if (prev && after && across !== null) {
      prev.text = across
      prev.spaceAfter = after.spaceAfter
      out.push({ ...line })
      i++
      continue
    }
    out.push({ ...line })
  }
  return out
}
