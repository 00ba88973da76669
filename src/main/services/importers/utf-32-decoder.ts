/**
 * UTF-32, which TextDecoder does not know (the Encoding Standard left it out) but some editors
 * and Windows tools still write: four bytes a character, little- or big-endian. A value that is no
 * character (a surrogate, beyond U+10FFFF, a cut-off last unit) becomes a replacement mark.
 */
export type Utf32Encoding = 'utf-32le' | 'utf-32be'

export const UTF32_ENCODINGS: readonly Utf32Encoding[] = ['utf-32le', 'utf-32be']

export function isUtf32(encoding: string): encoding is Utf32Encoding {
  return encoding === 'utf-32le' || encoding === 'utf-32be'
}

export function decodeUtf32(bytes: Uint8Array, encoding: Utf32Encoding): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const little = encoding === 'utf-32le'
  const whole = bytes.length & ~3
  const out = Buffer.allocUnsafe((whole >> 1) + 2)
  const units = new Uint16Array(out.buffer, out.byteOffset, out.length >> 1)
  let j = 0
  for (let i = 0; i < whole; i += 4) {
    const point = view.getUint32(i, little)
    if (point < 0x10000 && (point < 0xd800 || point > 0xdfff)) units[j++] = point
    else if (point >= 0x10000 && point <= 0x10ffff) {
      units[j++] = 0xd800 | ((point - 0x10000) >> 10)
      units[j++] = 0xdc00 | ((point - 0x10000) & 0x3ff)
    } else units[j++] = 0xfffd
  }
  if (whole < bytes.length) units[j++] = 0xfffd
  return out.toString('utf16le', 0, j * 2)
}

/**
 * UTF-32 without a BOM, by its shape: in every four bytes the top byte is zero and the next is at
 * most 0x10, while the low bytes are not all zero (which would be UTF-16 or binary padding).
 */
export function detectUtf32(head: Uint8Array): Utf32Encoding | null {
  const count = head.length >> 2
  if (count < 4) return null
  for (const encoding of UTF32_ENCODINGS) {
    const [top, next, low] = encoding === 'utf-32le' ? [3, 2, 0] : [0, 1, 3]
    let fits = 0
    let lowSet = 0
    for (let i = 0; i < count * 4; i += 4) {
      if (head[i + top] === 0 && head[i + next]! <= 0x10) fits++
      if (head[i + low] !== 0) lowSet++
    }
    if (fits === count && lowSet >= count * 0.9) return encoding
  }
  return null
}
