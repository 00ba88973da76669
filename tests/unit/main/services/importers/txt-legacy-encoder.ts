import { WINDOWS_1252_HIGH_CONTROLS } from '../../../../../src/main/services/importers/windows-1252'

/**
 * Encodes text into a legacy encoding for tests, since Node only encodes UTF-8: the table is built
 * by decoding every one- and two-byte sequence with TextDecoder, so it matches what Margin decodes.
 */
const tables = new Map<string, Map<string, number[]>>()

function tableFor(encoding: string): Map<string, number[]> {
  const cached = tables.get(encoding)
  if (cached) return cached
  const table = new Map<string, number[]>()
  const decoder = new TextDecoder(encoding, { fatal: true })
  const tryBytes = (bytes: number[]) => {
    let text: string
    try {
      text = decoder.decode(new Uint8Array(bytes))
    } catch {
      return
    }
    // The first (shortest, lowest) byte sequence for a character wins, as an encoder would choose.
    if ([...text].length === 1 && !table.has(text)) table.set(text, bytes)
  }
  for (let b = 0; b < 0x100; b++) tryBytes([b])
  if (encoding === 'windows-1252')
    [...WINDOWS_1252_HIGH_CONTROLS].forEach((c, i) => table.set(c, [0x80 + i]))
  for (let lead = 0x81; lead < 0x100; lead++) {
    for (let trail = 0x40; trail < 0x100; trail++) tryBytes([lead, trail])
  }
  tables.set(encoding, table)
  return table
}

/** Throws on a character the encoding cannot hold, so a test never encodes '?' by accident. */
export function encodeLegacy(text: string, encoding: string): Uint8Array {
  if (encoding === 'utf-16le' || encoding === 'utf-16be')
    return encodeUtf16(text, encoding === 'utf-16be')
  const table = tableFor(encoding)
  const out: number[] = []
  for (const char of text) {
    const bytes = char.charCodeAt(0) < 0x80 ? [char.charCodeAt(0)] : table.get(char)
    if (!bytes) throw new Error(`${encoding} cannot encode U+${char.codePointAt(0)!.toString(16)}`)
    for (const b of bytes) out.push(b)
  }
  return new Uint8Array(out)
}

/** Like encodeLegacy, but leaves out characters the encoding lacks (real converters do the same). */
export function encodeLegacyLossy(text: string, encoding: string): Uint8Array {
  const table = tableFor(encoding)
  let kept = ''
  for (const char of text) if (char.charCodeAt(0) < 0x80 || table.has(char)) kept += char
  return encodeLegacy(kept, encoding)
}

function encodeUtf16(text: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(text.length * 2)
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    out[i * 2 + (bigEndian ? 1 : 0)] = unit & 0xff
    out[i * 2 + (bigEndian ? 0 : 1)] = unit >> 8
  }
  return out
}
