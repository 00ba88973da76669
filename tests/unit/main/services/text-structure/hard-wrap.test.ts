import { describe, expect, it } from 'vitest'
import { structureBook } from '../../../../../src/main/services/text-structure/book-structure'
import { wrapWords } from '../../../../support/fixed-width-wrap'
import { storyParagraphs } from '../../../../support/story-paragraphs'

/** Wraps text at a width the way a fixed-width tool does (a Hanzi counts two columns). */
function wrapCjk(text: string, columns: number): string[] {
  const lines: string[] = []
  for (let i = 0; i < text.length; i += columns / 2) lines.push(text.slice(i, i + columns / 2))
  return lines
}

const CJK_PARAGRAPHS = [
  '　　话说天下大势，分久必合，合久必分。周末七国分争，并入于秦。及秦灭之后，楚、汉分争，又并入于汉。汉朝自高祖斩白蛇而起义，一统天下，后来光武中兴，传至献帝，遂分为三国。',
  '　　推其致乱之由，殆始于桓、灵二帝。桓帝禁锢善类，崇信宦官。及桓帝崩，灵帝即位，大将军窦武、太傅陈蕃共相辅佐。时有宦官曹节等弄权，窦武、陈蕃谋诛之，机事不密，反为所害，中涓自此愈横。',
]

describe('hard-wrapped text', () => {
  it('joins Chinese lines cut at a fixed width back into paragraphs without spaces', () => {
    const lines = [
      '第一回　宴桃园豪杰三结义',
      ...CJK_PARAGRAPHS.flatMap((p) => wrapCjk(p, 40)).concat(
        ...Array(8).fill(CJK_PARAGRAPHS.flatMap((p) => wrapCjk(p, 40))),
      ),
    ]
    const { drafts } = structureBook(lines)
    const paragraphs = drafts.filter((d) => d.type === 'paragraph').map((d) => d.text)
    expect(paragraphs[0]).toBe(CJK_PARAGRAPHS[0]!.trim())
    expect(paragraphs[1]).toBe(CJK_PARAGRAPHS[1]!.trim())
    expect(paragraphs.every((p) => /[。”]$/.test(p))).toBe(true)
  })

  it('joins English lines with spaces and keeps verse lines apart, as one stanza', () => {
    const prose =
      'It is a truth universally acknowledged, that a single man in possession of a good fortune must be in want of a wife. However little known the feelings or views of such a man may be on his first entering a neighbourhood, this truth is so well fixed in the minds of the surrounding families.'
    const verse = [
      'Tyger Tyger, burning bright,',
      'In the forests of the night;',
      'What immortal hand or eye,',
      'Could frame thy fearful symmetry?',
    ]
    const lines: string[] = []
    for (let i = 0; i < 10; i++) lines.push(...wrapWords(prose, 70), '')
    lines.push(...verse, '')
    for (let i = 0; i < 3; i++) lines.push(...wrapWords(prose, 70), '')
    const { drafts } = structureBook(lines)
    const texts = drafts.map((d) => d.text)
    expect(texts.filter((t) => t === prose)).toHaveLength(13)
    expect(drafts).toContainEqual({ type: 'verse', text: verse.join('\n') })
  })

  it('leaves a paragraph-per-line text as it is', () => {
    const lines = Array.from(
      { length: 40 },
      (_, i) => `${'这是一段很长的文字，'.repeat(3 + (i % 7) * 5)}完。`,
    )
    const { drafts } = structureBook(lines)
    expect(drafts).toHaveLength(40)
  })
})

describe('Chinese text wrapped at a count of characters or bytes', () => {
  // Paragraphs with Latin quotes, digits and curly quotes, which a character count treats like Hanzi;
  // not the ones with ____ blanks, which a line may cut (a space joins `__` to `__`, as in English).
  const paragraphs = storyParagraphs()
    .filter((p) => /["`\-0-9“”]/.test(p) && !p.includes('_'))
    .slice(0, 40)

  /** Cuts where `limit` is reached, each character weighing `weight` (a GBK wrapper: ASCII one byte, the rest two). */
  function cut(p: string, limit: number, weight: (c: string) => number): string[] {
    const lines: string[] = []
    let line = ''
    let width = 0
    for (const c of p) {
      if (width + weight(c) > limit) {
        lines.push(line)
        line = ''
        width = 0
      }
      line += c
      width += weight(c)
    }
    return [...lines, line]
  }

  const wrappers = [
    { name: '35 characters', limit: 35, weight: () => 1 },
    { name: '40 characters', limit: 40, weight: () => 1 },
    { name: '76 GBK bytes', limit: 76, weight: (c: string) => (c < '\x80' ? 1 : 2) },
  ]
  for (const { name, limit, weight } of wrappers) {
    it(`joins lines of ${name}, no indent and no blank lines, into the same paragraphs`, () => {
      const cuts = paragraphs.map((p) => cut(p, limit, weight))
      const found = structureBook(cuts.flat())
        .drafts.filter((d) => d.type === 'paragraph')
        .map((d) => d.text)
      // A paragraph whose last line happens to be full cannot be told from the next one's start.
      const full = (lines: string[]) =>
        [...lines.at(-1)!].reduce((w, c) => w + weight(c), 0) > limit - 2
      const ambiguous = cuts.filter(full).length
      const kept = paragraphs.filter((p) => found.includes(p)).length
      expect(kept).toBeGreaterThanOrEqual(paragraphs.length - 2 * ambiguous)
      expect(found.length).toBeGreaterThanOrEqual(paragraphs.length - ambiguous)
    })
  }
})
