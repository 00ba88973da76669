import { isAscii, isUtf8 } from 'node:buffer'
import { UNWANTED_ASCII, type DecodedChars } from './decoded-text'
import { unitScratch } from './unit-scratch'

/**
 * Strict UTF-8, checked by Node's SIMD validator (2 ms for 30 MB) and then decoded. Up to Node 22
 * (Electron 39's), TextDecoder turns Chinese UTF-8 into text at about 240 MB/s (125 ms for 30 MB);
 * valid UTF-8 decoded in JavaScript takes about 45 ms. Node 24's TextDecoder is faster than both
 * (27 ms), so it is used there.
 */
const NATIVE_DECODER_IS_FAST = Number(process.versions.node.split('.')[0]) >= 24

const utf8 = new TextDecoder('utf-8')

/** Valid UTF-8's text (a leading BOM dropped, as TextDecoder does), or null if the bytes are not UTF-8. */
export function decodeStrictUtf8(input: Uint8Array): DecodedChars | null {
  if (!isUtf8(input)) return null
  if (NATIVE_DECODER_IS_FAST) return { text: utf8.decode(input), controlFree: false }
  if (isAscii(input)) {
    const text = Buffer.from(input.buffer, input.byteOffset, input.length).toString('latin1')
    return { text, controlFree: false }
  }
  // One element kind for the JIT whether a Buffer or a Uint8Array came in.
  const bytes = new Uint8Array(input.buffer, input.byteOffset, input.length)
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  return decodeValidUtf8(bytes, hasBom ? 3 : 0)
}

/** Valid UTF-8 only (no checks): each sequence's code point written as UTF-16 units. */
function decodeValidUtf8(bytes: Uint8Array, from: number): DecodedChars {
  const n = bytes.length
  const { buffer: out, units } = unitScratch(n)
  let unwanted = 0
  let j = 0
  for (let i = from; i < n;) {
    const b = bytes[i]!
    if (b < 0x80) {
      unwanted |= UNWANTED_ASCII[b]!
      units[j++] = b
      i++
    } else if (b < 0xe0) {
      const unit = ((b & 0x1f) << 6) | (bytes[i + 1]! & 0x3f)
      if (unit < 0xa0) unwanted = 1 // a C1 control (U+0080–U+009F), as isUnwantedBeyondAscii says
      units[j++] = unit
      i += 2
    } else if (b < 0xf0) {
      const unit = ((b & 0x0f) << 12) | ((bytes[i + 1]! & 0x3f) << 6) | (bytes[i + 2]! & 0x3f)
      if (unit === 0xfeff) unwanted = 1
      units[j++] = unit
      i += 3
    } else {
      const point =
        (((b & 0x07) << 18) |
          ((bytes[i + 1]! & 0x3f) << 12) |
          ((bytes[i + 2]! & 0x3f) << 6) |
          (bytes[i + 3]! & 0x3f)) -
        0x10000
      units[j++] = 0xd800 | (point >> 10)
      units[j++] = 0xdc00 | (point & 0x3ff)
      i += 4
    }
  }
  return { text: out.toString('utf16le', 0, j * 2), controlFree: unwanted === 0 }
}
