import { isUnwantedBeyondAscii, UNWANTED_ASCII, type DecodedChars } from './decoded-text'
import { unitScratch } from './unit-scratch'

/**
 * GB18030 (and GBK, its two-byte subset) decoded in JavaScript from a table made once from
 * TextDecoder('gb18030'): ICU's converter is the slowest step of a Chinese import (75 ms for
 * 30 MB, against about 40 ms here), and the text is the same by construction. Anything the fast
 * path does not expect (a lone 0x80 or 0xFF, an unmapped or cut-off pair, many four-byte
 * sequences) hands the whole file to TextDecoder, so invalid bytes are replaced exactly as before.
 *
 * GBK files are decoded as GB18030 too, as the WHATWG Encoding Standard does: ICU's own "gbk"
 * gives private-use code points for characters GB18030 maps (€, ⺁, ḿ, the ideographic space
 * at A3A0) and replacement marks for the four-byte characters GBK-labelled files often hold.
 */
const FIRST_LEAD = 0x81
const LAST_BYTE = 0xfe
const FIRST_TRAIL = 0x40
/** Each four-byte sequence is decoded by its own TextDecoder call; past this many, one call decodes the file. */
const MAX_FOUR_BYTE_SEQUENCES = 4096

let pairs: Uint16Array | undefined
const decoder = new TextDecoder('gb18030')

export function decodeGb18030(bytes: Uint8Array): DecodedChars {
  return decodeFast(bytes) ?? { text: decoder.decode(bytes), controlFree: false }
}

/** The text of valid GB18030, or null for TextDecoder to decode the file and replace what is invalid. */
function decodeFast(input: Uint8Array): DecodedChars | null {
  const table = (pairs ??= buildPairTable())
  // One element kind for the JIT whether a Buffer or a Uint8Array came in.
  const bytes = new Uint8Array(input.buffer, input.byteOffset, input.length)
  const n = bytes.length
  const { buffer: out, units } = unitScratch(n)
  let fourByteSequences = 0
  let unwanted = 0
  let j = 0
  for (let i = 0; i < n;) {
    const lead = bytes[i]!
    if (lead < 0x80) {
      unwanted |= UNWANTED_ASCII[lead]!
      units[j++] = lead
      i++
      continue
    }
    if (lead < FIRST_LEAD || lead > LAST_BYTE || i + 1 >= n) return null
    const trail = bytes[i + 1]!
    if (trail >= 0x30 && trail <= 0x39) {
      if (i + 3 >= n || ++fourByteSequences > MAX_FOUR_BYTE_SEQUENCES) return null
      const text = decoder.decode(bytes.subarray(i, i + 4))
      if (text.length === 0 || text.length > 2 || text.includes('\ufffd')) return null
      for (let k = 0; k < text.length; k++) {
        const unit = text.charCodeAt(k)
        if (isUnwantedBeyondAscii(unit)) unwanted = 1
        units[j++] = unit
      }
      i += 4
      continue
    }
    const unit = table[(lead << 8) | trail]!
    if (unit === 0) return null
    units[j++] = unit
    i += 2
  }
  return { text: out.toString('utf16le', 0, j * 2), controlFree: unwanted === 0 }
}

/**
 * Every two-byte sequence's character by (lead << 8 | trail); 0 where it is not a character (or
 * is a control, which no GB18030 pair is, so the fast path can vouch for a text free of them).
 * GB18030 maps all of them, so one decode of every pair in a row (2 ms, not 24,000 calls) is read
 * off one unit a pair; a decoder that left one out is asked pair by pair instead.
 */
function buildPairTable(): Uint16Array {
  const table = new Uint16Array(0x10000)
  const codes: number[] = []
  for (let lead = FIRST_LEAD; lead <= LAST_BYTE; lead++)
    for (let trail = FIRST_TRAIL; trail <= LAST_BYTE; trail++)
      if (trail !== 0x7f) codes.push((lead << 8) | trail)
  const bytes = new Uint8Array(codes.length * 2)
  codes.forEach((code, k) => {
    bytes[2 * k] = code >> 8
    bytes[2 * k + 1] = code & 0xff
  })
  const text = decoder.decode(bytes)
  const usable = (unit: number) => unit !== 0xfffd && !isUnwantedBeyondAscii(unit)
  if (text.length === codes.length) {
    codes.forEach((code, k) => {
      if (usable(text.charCodeAt(k))) table[code] = text.charCodeAt(k)
    })
    return table
  }
  codes.forEach((code, k) => {
    const one = decoder.decode(bytes.subarray(2 * k, 2 * k + 2))
    if (one.length === 1 && usable(one.charCodeAt(0))) table[code] = one.charCodeAt(0)
  })
  return table
}
