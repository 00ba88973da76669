import type { BookUnit } from './book-units'

/**
 * A book without chapter headings still needs a table of contents: sections of a few thousand
 * characters, starting at a scene break where there is one, each titled by its first words.
 * Nothing is added to the text: the outline points at each section's first paragraph.
 */
export interface UntitledSection {
  unitIndex: number
  title: string
}

const SECTION_CHARS_CJK = 6_000
const SECTION_CHARS_LATIN = 15_000
/** A scene break this far into a section starts the next one. */
const SCENE_BREAK_SHARE = 0.3
const TITLE_CHARS_CJK = 14
const TITLE_WORDS = 6

export function findUntitledSections(units: readonly BookUnit[]): UntitledSection[] {
  const sample = units
    .slice(0, 50)
    .map((u) => u.text)
    .join('')
  const cjk = /[\u3400-\u9fff\u3040-\u30ff\uac00-\ud7a3]/.test(sample)
  const size = cjk ? SECTION_CHARS_CJK : SECTION_CHARS_LATIN
  const sections: UntitledSection[] = []
  let chars = Infinity
  let afterBreak = false
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!
    if (unit.type === 'separator') {
      afterBreak = chars >= size * SCENE_BREAK_SHARE
      continue
    }
    if (unit.type !== 'paragraph') continue
    if (chars >= size || afterBreak) {
      sections.push({ unitIndex: i, title: firstWords(unit.text, cjk) })
      chars = 0
    }
    afterBreak = false
    chars += unit.text.length
  }
  return sections.length > 1 ? sections : []
}

function firstWords(text: string, cjk: boolean): string {
  if (cjk) return text.length > TITLE_CHARS_CJK ? text.slice(0, TITLE_CHARS_CJK) + '…' : text
  const words = text.split(/\s+/)
  return words.length > TITLE_WORDS ? words.slice(0, TITLE_WORDS).join(' ') + '…' : text
}
