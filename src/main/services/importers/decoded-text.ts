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

/** 1 for the ASCII controls stripControlCharacters removes: all C0 but tab, LF and CR, and DEL. */
export const UNWANTED_ASCII = new Uint8Array(128)
for (let c = 0; c < 0x20; c++) if (c !== 0x09 && c !== 0x0a && c !== 0x0d) UNWANTED_ASCII[c] = 1
UNWANTED_ASCII[0x7f] = 1

/** A C1 control or a BOM, the other characters stripControlCharacters removes. */
export function isUnwantedBeyondAscii(unit: number): boolean {
  return (unit >= 0x80 && unit <= 0x9f) || unit === 0xfeff
}
