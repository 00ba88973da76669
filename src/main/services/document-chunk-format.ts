import type { Block } from '../../shared/document-model'

/**
 * How a chunk of blocks is stored on disk. Version 2: a marker character, a small JSON header
 * with every field but the text (column by column), a NUL, then the blocks' texts one after
 * another. The text, nearly all of a book, is copied as it is instead of escaped into JSON and
 * parsed back: writing a 30 MB novel's chunks takes about a third of the time.
 *
 * The string is stored as UTF-16LE after a BOM when a third or more of it is beyond ASCII (a
 * Chinese book: the string's own units copied), otherwise as UTF-8. Version 1 chunks (a JSON
 * array of blocks, in either encoding) are still read.
 */
const MARKER = '\u0002'
/** Ends the header: JSON escapes a NUL inside its strings, so the first one is this. */
const END_OF_HEADER = '\u0000'
/** The encoding is chosen by one character of the texts in this many. */
const CHARACTER_SAMPLE_STEP = 16

interface ChunkHeader {
  ids: string[]
  types: Block['type'][]
  starts: number[]
  /** Each text's length in UTF-16 code units. */
  lengths: number[]
  /** Fields beyond id, type, text and start (heading level, image, table, markup), by index. */
  extra: Record<number, Partial<Block>>
}

export function encodeChunk(blocks: readonly Block[]): string | Uint8Array {
  const header: ChunkHeader = { ids: [], types: [], starts: [], lengths: [], extra: {} }
  let textLength = 0
  let wide = 0
  let seen = 0
  let sampleAt = 0
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!
    const { text } = block
    header.ids.push(block.id)
    header.types.push(block.type)
    header.starts.push(block.start)
    header.lengths.push(text.length)
    textLength += text.length
    for (const key in block) {
      if (!CORE_FIELDS.has(key)) {
        header.extra[i] = extraFields(block)
        break
      }
    }
    for (; sampleAt < text.length; sampleAt += CHARACTER_SAMPLE_STEP, seen++)
      if (text.charCodeAt(sampleAt) >= 0x80) wide++
    sampleAt -= text.length
  }
  const head = MARKER + JSON.stringify(header) + END_OF_HEADER
  // UTF-8 would turn a lone surrogate into U+FFFD: such a chunk is kept in UTF-16.
  if (wide * 3 < seen && blocks.every(({ text }) => (text as WellFormed).isWellFormed()))
    return head + blocks.map((block) => block.text).join('')
  // Each text copied straight into place: joining them first would copy them all once more.
  const bytes = Buffer.allocUnsafe(2 + (head.length + textLength) * 2)
  bytes[0] = 0xff
  bytes[1] = 0xfe
  let at = 2 + bytes.write(head, 2, 'utf16le')
  for (const block of blocks) at += bytes.write(block.text, at, 'utf16le')
  return bytes
}

/** `String.prototype.isWellFormed` (Node 20), not yet in TypeScript's ES2023 library. */
type WellFormed = string & { isWellFormed(): boolean }

const CORE_FIELDS = new Set(['id', 'type', 'text', 'start'])

function extraFields(block: Block): Partial<Block> {
  const { id: _id, type: _type, text: _text, start: _start, ...rest } = block
  return rest
}

export function decodeChunk(bytes: Buffer): Block[] {
  const chunk =
    bytes[0] === 0xff && bytes[1] === 0xfe ? bytes.toString('utf16le', 2) : bytes.toString('utf8')
  if (!chunk.startsWith(MARKER)) {
    const blocks: unknown = JSON.parse(chunk)
    if (!Array.isArray(blocks)) throw new Error('not a chunk of blocks')
    return blocks as Block[]
  }
  const end = chunk.indexOf(END_OF_HEADER)
  if (end < 0) throw new Error('chunk header not ended')
  const header = JSON.parse(chunk.slice(MARKER.length, end)) as ChunkHeader
  const { ids, types, starts, lengths, extra } = header
  if (![ids, types, starts, lengths].every((column) => column?.length === ids.length))
    throw new Error('chunk header columns differ in length')
  const blocks: Block[] = new Array<Block>(ids.length)
  let at = end + END_OF_HEADER.length
  for (let i = 0; i < ids.length; i++) {
    const text = chunk.slice(at, at + lengths[i]!)
    at += lengths[i]!
    const block: Block = { id: ids[i]!, type: types[i]!, text, start: starts[i]! }
    blocks[i] = extra[i] ? Object.assign(block, extra[i]) : block
  }
  if (at !== chunk.length) throw new Error('chunk text differs from its header')
  return blocks
}
