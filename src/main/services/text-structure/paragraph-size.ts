/**
 * A safety net on paragraph size: a block of megabytes (a file joined into one paragraph, a line
 * with no breaks) stalls the virtualized reader, search context and annotation painting. Such
 * text is cut at sentence ends, else at line breaks, else at spaces, else at a fixed length.
 */

/** Longer than any paragraph anyone wrote; far shorter than what breaks the reader. */
export const MAX_PARAGRAPH_CHARS = 20_000

const SENTENCE_END = new Set([...'。！？!?…．｡'])
const CLOSERS = new Set([...'”」』"\'’）)]】》'])

/** Blocks that are cut when oversized: text of any kind, but not a heading (one outline entry) or media. */
const UNCUT_TYPES = new Set(['heading', 'image', 'table'])

/** The same list with every oversized text block cut into several of its type; as is when none is. */
export function capParagraphSize<T extends { type: string; text: string }>(blocks: T[]): T[] {
  if (!blocks.some((b) => b.text.length > MAX_PARAGRAPH_CHARS && !UNCUT_TYPES.has(b.type)))
    return blocks
  const capped: T[] = []
  for (const block of blocks) {
    if (block.text.length <= MAX_PARAGRAPH_CHARS || UNCUT_TYPES.has(block.type)) capped.push(block)
    else for (const text of splitOversizedParagraph(block.text)) capped.push({ ...block, text })
  }
  return capped
}

export function splitOversizedParagraph(text: string, max = MAX_PARAGRAPH_CHARS): string[] {
  if (text.length <= max) return [text]
  const pieces: string[] = []
  let start = 0
  while (text.length - start > max) {
    const cut = cutPoint(text, start, start + max)
    const piece = text.slice(start, cut).trim()
    if (piece) pieces.push(piece)
    start = cut
  }
  const rest = text.slice(start).trim()
  if (rest) pieces.push(rest)
  return pieces
}

/** Where to end the piece that starts at `from`: no later than `limit`, no earlier than halfway. */
function cutPoint(text: string, from: number, limit: number): number {
  const floor = from + Math.floor((limit - from) / 2)
  for (let i = limit - 1; i >= floor; i--) {
    const c = text[i]!
    if (SENTENCE_END.has(c) || (c === '.' && isSpace(text.charCodeAt(i + 1)))) {
      let cut = i + 1
      while (cut < limit && CLOSERS.has(text[cut]!)) cut++
      return cut
    }
  }
  const lineBreak = text.lastIndexOf('\n', limit - 1)
  if (lineBreak >= floor) return lineBreak + 1
  for (let i = limit - 1; i >= floor; i--) if (isSpace(text.charCodeAt(i))) return i + 1
  // Never between the halves of a surrogate pair.
  const code = text.charCodeAt(limit)
  return code >= 0xdc00 && code <= 0xdfff ? limit - 1 : limit
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x3000
}
