import type { BlockDraft } from '../../../shared/document-model'

/**
 * Subtitles saved or renamed as text (SubRip .srt, WebVTT): numbered cues, each a timing line
 * `00:01:02,500 --> 00:01:04,000` over one to three lines of dialogue. Read as text, each cue's
 * dialogue is one paragraph; cue numbers, timings and the WEBVTT header stay, in small print.
 */
const TIMING =
  /^(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3}[ \t]*-->[ \t]*(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3}(?:[ \t].*)?$/
const CUE_NUMBER = /^\d{1,6}$/
const HEAD_LINES = 200
/** Timing lines among the head's non-blank lines, at least: one cue has two to four lines. */
const MIN_TIMING_SHARE = 0.2
const MIN_CUES = 3
/** `{\an8}`, `<i>`, `</font>`: styling inside the dialogue, not words. */
const STYLING = /\{\\[^}]*\}|<\/?(?:i|b|u|font|c|v|ruby|rt|lang)(?:[ .][^>]*)?>/g

function isTiming(line: string): boolean {
  const c = line.charCodeAt(0)
  return c >= 0x30 && c <= 0x39 && TIMING.test(line)
}

/** The dialogue as paragraphs, one a cue, under its number and timing; null when the lines are no subtitle file. */
export function structureSubtitles(lines: readonly string[]): BlockDraft[] | null {
  let seen = 0
  let timings = 0
  for (let i = 0; i < lines.length && seen < HEAD_LINES; i++) {
    const line = lines[i]!.trim()
    if (line === '') continue
    seen++
    if (isTiming(line)) timings++
  }
  if (timings < MIN_CUES || timings < seen * MIN_TIMING_SHARE) return null
  const drafts: BlockDraft[] = []
  let cue: string[] = []
  const close = () => {
    const text = joinCueLines(cue)
    if (text !== '') drafts.push({ type: 'paragraph', text })
    cue = []
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim()
    if (line === '') {
      close()
      continue
    }
    // A cue number stands right above its timing line.
    const cueNumber = CUE_NUMBER.test(line) && isTiming(lines[i + 1]?.trim() ?? '')
    const header = drafts.length === 0 && cue.length === 0 && /^WEBVTT\b/.test(line)
    if (isTiming(line) || cueNumber || header) {
      close()
      drafts.push({ type: 'furniture', text: line })
      continue
    }
    cue.push(line.replace(STYLING, '').trim())
  }
  close()
  return drafts
}

/** A cue's lines as one line of text: no space between Hanzi or kana, a space between words. */
function joinCueLines(lines: readonly string[]): string {
  let text = ''
  for (const line of lines) {
    if (line === '') continue
    const last = text.charCodeAt(text.length - 1)
    const wide = last >= 0x2e80 || line.charCodeAt(0) >= 0x2e80
    text += text === '' || wide ? line : ` ${line}`
  }
  return text
}
