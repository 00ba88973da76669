/** Splits text into lines, treating CRLF, CR and LF alike. */
export function splitLines(text: string): string[] {
  if (!text.includes('\r')) return text.split('\n')
  return splitCrlfLines(text) ?? text.split(/\r\n?|\n/)
}

/**
 * CRLF text (most Chinese TXT from Windows) by indexOf, at half the time of the regex split;
 * null when a CR stands alone somewhere (old Mac or mixed endings), for the regex to handle.
 */
function splitCrlfLines(text: string): string[] | null {
  const lines: string[] = []
  let crlf = 0
  let start = 0
  for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
    const cr = end > start && text.charCodeAt(end - 1) === 13
    if (cr) crlf++
    lines.push(text.slice(start, cr ? end - 1 : end))
    start = end + 1
  }
  lines.push(text.slice(start))
  let carriageReturns = 0
  for (let at = text.indexOf('\r'); at >= 0; at = text.indexOf('\r', at + 1)) carriageReturns++
  return carriageReturns === crlf ? lines : null
}

/** Anything worth removing: an escape, a C0/C1 control other than tab and line breaks, a BOM. */
export const UNWANTED = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufeff]/
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
