import { continuesParagraph, type WrapProfile } from './hard-wrap'

/**
 * One sentence a line (poetry, subtitles, chat logs, line-per-sentence corpora) can look
 * hard-wrapped when the sentences are of similar length. A wrapper cuts mid-sentence, so among
 * the lines the wrap rule would join, few end a sentence; where most around a line do, the line
 * breaks are the author's. Decided per stretch of lines, since files mix both.
 */

/** A sentence end, perhaps inside closing quotes or brackets. */
const SENTENCE_END = /[。！？!?…．｡.][”」』"'’）)\]】》]*$/u

/** Lines either side of a line whose joins are counted. */
const WINDOW = 15
/** Fewer mid-sentence joins than this around a line and nothing there reads as wrapped. */
const MIN_MID_SENTENCE_JOINS = 3
/** Hard-wrapped prose stays under 0.45 (Gutenberg English, Chinese TXT); sentence lines reach 1. */
const SENTENCE_SHARE = 0.6

export function endsSentence(line: string): boolean {
  return SENTENCE_END.test(line.trimEnd())
}

/** 1 for each line that ends a sentence among lines that mostly do: it ends its paragraph. */
export function findSentenceLines(lines: readonly string[], profile: WrapProfile): Uint8Array {
  const n = lines.length
  // Running counts of would-be joins, and of those after a sentence end, before each line.
  const joins = new Int32Array(n + 1)
  const atSentenceEnd = new Int32Array(n + 1)
  const ends = new Uint8Array(n)
  for (let i = 0; i < n; i++) {
    let join = 0
    if (i + 1 < n && lines[i]!.trim() !== '' && lines[i + 1]!.trim() !== '') {
      join = continuesParagraph(profile, lines, i) ? 1 : 0
      ends[i] = endsSentence(lines[i]!) ? 1 : 0
    }
    joins[i + 1] = joins[i]! + join
    atSentenceEnd[i + 1] = atSentenceEnd[i]! + (join & ends[i]!)
  }
  const flags = new Uint8Array(n)
  for (let i = 0; i < n; i++) {
    if (!ends[i]) continue
    const from = Math.max(0, i - WINDOW)
    const to = Math.min(n, i + WINDOW + 1)
    const count = joins[to]! - joins[from]!
    const afterSentences = atSentenceEnd[to]! - atSentenceEnd[from]!
    if (count - afterSentences < MIN_MID_SENTENCE_JOINS || afterSentences >= count * SENTENCE_SHARE)
      flags[i] = 1
  }
  return flags
}
