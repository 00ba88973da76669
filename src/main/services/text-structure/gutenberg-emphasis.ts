/**
 * Project Gutenberg plain text writes italics as `_word_`. Where a Gutenberg book plainly uses
 * underscores that way, the markers leave the text and the words become emphasis (Block.html with <em>), so
 * search, copying and annotation offsets see the words as printed. Decided for the whole book:
 * code-like text (snake_case, `__init__`), stray underscores and Chinese text are left as written.
 */
import type { BlockDraft } from '../../../shared/document-model'
import { findGutenbergFrame } from './gutenberg-frame'
import { isCjkLanguage } from './text-language'

/** `_…_` opening after a non-word character and closing before one; no underscore inside. */
const PAIR = /(?<![\p{L}\p{N}_])_(?=[^\s_])([^_\n]*?[^\s_])_(?![\p{L}\p{N}_])/gu
/** Fewer pairs than this and a few underscores prove nothing. */
const MIN_PAIRS = 3
/** Share of all underscores that must belong to such pairs. */
const MIN_PAIRED_SHARE = 0.95
const WIDE = /[\u2e80-\u9fff\uac00-\ud7a3\uf900-\ufaff\uff00-\uffef]/u
/** Headings stay as written: the outline lists their titles as found. */
const MARKED_TYPES = new Set(['paragraph', 'verse', 'quote', 'subheading', 'caption'])

/** Whether the book's underscores are italics markup, judged on all of its blocks. */
export function usesUnderscoreEmphasis(
  drafts: readonly BlockDraft[],
  language: string | null,
): boolean {
  if (isCjkLanguage(language)) return false
  let underscores = 0
  let pairs = 0
  for (const draft of drafts) {
    const text = draft.text
    if (text.indexOf('_') < 0 || !MARKED_TYPES.has(draft.type)) continue
    if (WIDE.test(text)) return false
    for (let i = text.indexOf('_'); i >= 0; i = text.indexOf('_', i + 1)) underscores++
    pairs += text.match(PAIR)?.length ?? 0
  }
  return pairs >= MIN_PAIRS && pairs * 2 >= underscores * MIN_PAIRED_SHARE
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/gu, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;',
  )
}

/** One block's text without the markers, and its markup with the marked words as <em>. */
export function emphasisOf(text: string): { text: string; html: string } | null {
  if (text.indexOf('_') < 0) return null
  let plain = ''
  let html = ''
  let last = 0
  for (const match of text.matchAll(PAIR)) {
    const before = text.slice(last, match.index)
    const words = match[1]!
    plain += before + words
    html += `${escapeHtml(before)}<em>${escapeHtml(words)}</em>`
    last = match.index + match[0].length
  }
  if (last === 0) return null
  const rest = text.slice(last)
  return { text: plain + rest, html: html + escapeHtml(rest) }
}

/** Lines looked at to tell a Gutenberg-style layout (wrapped at 60–80 columns). */
const LAYOUT_SAMPLE_LINES = 3000

/** Wrapped the way Gutenberg wraps its plain text: most lines 55–80 characters, hardly any longer. */
function isWrappedLikeGutenberg(lines: readonly string[]): boolean {
  let counted = 0
  let inRange = 0
  let over = 0
  for (let i = 0; i < lines.length && counted < LAYOUT_SAMPLE_LINES; i++) {
    const length = lines[i]!.trimEnd().length
    if (length === 0) continue
    counted++
    if (length > 80) over++
    else if (length >= 55) inRange++
  }
  return counted >= 20 && inRange >= counted * 0.5 && over <= counted * 0.02
}

/**
 * Underscore italics turned into emphasis in place, in a Gutenberg text (its frame, or its
 * layout: a file re-saved without the licence) that uses them as markup.
 */
export function applyGutenbergEmphasis(
  lines: readonly string[],
  drafts: BlockDraft[],
  language: string | null,
): void {
  if (findGutenbergFrame(lines) === null && !isWrappedLikeGutenberg(lines)) return
  applyUnderscoreEmphasis(drafts, language)
}

/** Underscore italics turned into emphasis in place, when the book uses them as markup. */
export function applyUnderscoreEmphasis(drafts: BlockDraft[], language: string | null): void {
  if (!usesUnderscoreEmphasis(drafts, language)) return
  for (const draft of drafts) {
    if (draft.html !== undefined || !MARKED_TYPES.has(draft.type)) continue
    const marked = emphasisOf(draft.text)
    if (!marked) continue
    draft.text = marked.text
    draft.html = marked.html
  }
}
