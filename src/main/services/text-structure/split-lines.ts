/** Splits text into lines, treating CRLF, CR and LF alike. */
export function splitLines(text: string): string[] {
  if (!text.includes('\r')) return text.split('\n')
  return text.split(/\r\n?|\n/)
}

/** Anything worth removing: an escape, a C0/C1 control other than tab and line breaks, a BOM. */
const UNWANTED = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufeff]/
const TERMINAL_ESCAPES =
  /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-Z\\-_])/g
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufeff]/g

/**
 * Removes ANSI terminal escapes (colours, cursor moves, titles) and control characters other
 * than tab and line breaks. One cheap scan first: most files have none, and stay untouched.
 */
export function stripControlCharacters(text: string): string {
  if (!UNWANTED.test(text)) return text
  return text.replace(TERMINAL_ESCAPES, '').replace(CONTROL_CHARACTERS, '')
}
