import type { Block } from '../../../shared/document-model'

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/g

/** Whether a document reads as Chinese (for the two-character indent and CJK fonts): by a sample of its text. */
export function isMostlyChinese(blocks: readonly Block[], sampleChars = 4000): boolean {
  let sample = ''
  for (const block of blocks) {
    if (sample.length >= sampleChars) break
    sample += block.text
  }
  const letters = sample.replace(/[\s\p{P}\p{S}\d]/gu, '')
  if (letters.length === 0) return false
  const han = letters.match(HAN)?.length ?? 0
  return han / letters.length > 0.3
}

/** Languages written right to left: the page runs from the right and its indents and alignment follow. */
export function isRightToLeft(language: string | null): boolean {
  return language !== null && /^(?:ar|fa|he|ur|yi)\b/u.test(language)
}
