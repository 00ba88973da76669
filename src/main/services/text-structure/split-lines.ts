/** Splits text into lines, treating CRLF, CR and LF alike. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/)
}

/** Removes ANSI terminal escapes and control characters other than tab and line breaks. */
export function stripControlCharacters(text: string): string {
  return text
    .replace(/\u001b\[[0-9;?]*[ -/]*[@-~]/g, '')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufeff]/g, '')
}
