import { UNWANTED } from '../text-structure/split-lines'

/**
 * A decoder's text, and whether it saw a character that stripControlCharacters would remove (a C0
 * or C1 control other than tab and line breaks, a BOM): the decoders that look at every byte
 * anyway say so, and the import skips a scan of the whole text (3 ms per 10 MB).
 */
export interface DecodedChars {
  text: string
  /** True only when the decoder knows there is no such character; false when there is one or it did not look. */
  controlFree: boolean
}

/** 1 for the ASCII characters stripControlCharacters removes (all C0 but tab, LF and CR, and DEL). */
export const UNWANTED_ASCII = Uint8Array.from({ length: 128 }, (_, c) =>
  UNWANTED.test(String.fromCharCode(c)) ? 1 : 0,
)

/** A character beyond ASCII that stripControlCharacters removes (a C1 control, a BOM). */
export function isUnwantedBeyondAscii(unit: number): boolean {
  return UNWANTED.test(String.fromCharCode(unit))
}
