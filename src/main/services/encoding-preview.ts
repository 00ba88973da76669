import type { EncodingPreview } from '../../shared/ipc/documents'
import { decodeAs } from './importers/decode-text'

const SAMPLE_BYTES = 6 * 1024
const SAMPLE_CHARS = 600

/** Decoded as the import would decode it (Big5 with HKSCS, Windows-1252, GB18030, UTF-32 included). */
function decodeSample(bytes: Uint8Array, encoding: string): string {
  return decodeAs(encoding, bytes).replace(/\r\n?/g, '\n')
}

/**
 * The start of the original decoded with another encoding, and a passage from its middle
 * (a long ASCII header reads the same in every encoding, the middle shows the difference).
 */
export function previewEncoding(bytes: Uint8Array, encoding: string): EncodingPreview {
  const head = decodeSample(bytes.subarray(0, SAMPLE_BYTES), encoding)
    .replace(/^\uFEFF/, '')
    .slice(0, SAMPLE_CHARS)
  let text = head
  if (bytes.length > SAMPLE_BYTES * 3) {
    // On a multiple of four, so UTF-16 and UTF-32 start on a whole unit.
    const middle = Math.floor(bytes.length / 8) * 4
    // The middle starts inside a character and a line: drop that first partial line.
    const passage = decodeSample(bytes.subarray(middle, middle + SAMPLE_BYTES), encoding)
    const afterBreak = passage.indexOf('\n')
    const excerpt = (afterBreak >= 0 ? passage.slice(afterBreak + 1) : passage.slice(2)).slice(
      0,
      SAMPLE_CHARS,
    )
    text = `${head.trimEnd()}\n\n…\n\n${excerpt}`
  }
  // A character cut at the end of a sample is not the encoding's fault.
  text = text.replace(/\uFFFD+$/, '')
  return { encoding, text, replacements: (text.match(/\uFFFD/g) ?? []).length }
}
