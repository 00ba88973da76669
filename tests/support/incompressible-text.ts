/** About `bytes` of text in paragraphs of pseudo-random letters (from `seed`), so a zip of it stays large. */
export function incompressibleText(bytes: number, seed: number): string {
  const paragraphs: string[] = []
  let state = seed
  let size = 0
  while (size < bytes) {
    let paragraph = ''
    for (let i = 0; i < 600; i++) {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0
      paragraph += String.fromCharCode(97 + ((state >>> 16) % 26)) + (i % 7 === 6 ? ' ' : '')
    }
    paragraphs.push(`${paragraph}.`)
    size += paragraph.length + 3
  }
  return paragraphs.join('\n\n')
}
