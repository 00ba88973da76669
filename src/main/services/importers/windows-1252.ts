/**
 * Bytes 0x80–0x9F of Windows-1252 (€, curly quotes, dashes). Some Node builds decode the label
 * as ISO-8859-1 and give C1 control characters instead, which would then be stripped as controls.
 */
export const WINDOWS_1252_HIGH_CONTROLS =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178'

const C1 = /[\u0080-\u009f]/g

/** Decodes with TextDecoder, mapping 0x80–0x9F the way Windows-1252 defines them. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const text = new TextDecoder('windows-1252').decode(bytes)
  return text.replace(C1, (c) => WINDOWS_1252_HIGH_CONTROLS[c.charCodeAt(0) - 0x80]!)
}
