/**
 * A GB18030 encoder for making test files: Node has only the decoder, so the table is built by
 * decoding every two-byte sequence and every four-byte sequence of the BMP, and the rest of
 * Unicode follows the standard's linear four-byte mapping.
 */

function buildTable(): Uint32Array {
  // Each entry: the bytes packed big-endian, with the byte count in the top bits' absence (0 = unmapped).
  const table = new Uint32Array(0x10000)
  const decoder = new TextDecoder('gb18030')
  const pair = new Uint8Array(2)
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue
      pair[0] = lead
      pair[1] = trail
      const text = decoder.decode(pair)
      if (text.length === 1 && text !== '\ufffd' && table[text.charCodeAt(0)] === 0)
        table[text.charCodeAt(0)] = (lead << 8) | trail
    }
  }
  const quad = new Uint8Array(4)
  for (let b1 = 0x81; b1 <= 0x84; b1++)
    for (let b2 = 0x30; b2 <= 0x39; b2++)
      for (let b3 = 0x81; b3 <= 0xfe; b3++)
        for (let b4 = 0x30; b4 <= 0x39; b4++) {
          quad.set([b1, b2, b3, b4])
          const text = decoder.decode(quad)
          const code = text.charCodeAt(0)
          if (text.length === 1 && text !== '\ufffd' && table[code] === 0)
            table[code] = ((b1 << 24) | (b2 << 16) | (b3 << 8) | b4) >>> 0
        }
  return table
}

let table: Uint32Array | undefined

export function encodeGb18030(text: string): Uint8Array {
  table ??= buildTable()
  const out = new Uint8Array(text.length * 4)
  let n = 0
  for (const char of text) {
    const code = char.codePointAt(0)!
    if (code < 0x80) {
      out[n++] = code
    } else if (code > 0xffff) {
      let linear = code - 0x10000
      const b4 = 0x30 + (linear % 10)
      linear = Math.floor(linear / 10)
      const b3 = 0x81 + (linear % 126)
      linear = Math.floor(linear / 126)
      const b2 = 0x30 + (linear % 10)
      out.set([0x90 + Math.floor(linear / 10), b2, b3, b4], n)
      n += 4
    } else {
      const bytes = table[code]!
      if (bytes === 0) throw new Error(`GB18030 has no encoding for U+${code.toString(16)}`)
      if (bytes > 0xffff) {
        out.set([bytes >>> 24, (bytes >>> 16) & 0xff, (bytes >>> 8) & 0xff, bytes & 0xff], n)
        n += 4
      } else {
        out[n++] = bytes >>> 8
        out[n++] = bytes & 0xff
      }
    }
  }
  return out.slice(0, n)
}
