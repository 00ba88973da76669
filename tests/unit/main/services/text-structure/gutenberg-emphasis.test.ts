import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseTxt } from '../../../../../src/main/services/importers/txt'
import {
  applyUnderscoreEmphasis,
  emphasisOf,
} from '../../../../../src/main/services/text-structure/gutenberg-emphasis'
import type { BlockDraft } from '../../../../../src/shared/document-model'

const TXT = join(import.meta.dirname, '../../../../../../shared/corpus/txt')

describe('underscore emphasis', () => {
  it('takes the markers out of the text and marks the words', () => {
    expect(
      emphasisOf('“I am sorry to hear _that_; but why did you not tell me so before?'),
    ).toEqual({
      text: '“I am sorry to hear that; but why did you not tell me so before?',
      html: '“I am sorry to hear <em>that</em>; but why did you not tell me so before?',
    })
    expect(emphasisOf('_A & B_ <said> _Chap 34._')).toEqual({
      text: 'A & B <said> Chap 34.',
      html: '<em>A &amp; B</em> &lt;said&gt; <em>Chap 34.</em>',
    })
    expect(emphasisOf('no markers here')).toBeNull()
  })

  it('reads Pride and Prejudice with its italics as emphasis, text and offsets consistent', () => {
    const name = 'pride_and_prejudice_pg1342_utf8.txt'
    const doc = parseTxt(readFileSync(join(TXT, name)), name)
    const block = doc.blocks.find((b) => b.text.startsWith('“I am sorry to hear that; but why'))!
    expect(block.html).toContain('sorry to hear <em>that</em>; but why')
    const marked = doc.blocks.filter((b) => b.html?.includes('<em>'))
    expect(marked.length).toBeGreaterThan(100)
    // No block keeps its underscores: the pair the title page split over two lines is one caption.
    expect(doc.blocks.filter((b) => b.text.includes('_'))).toHaveLength(0)
    // The markup spells the block's text exactly, so annotation offsets land on the same words.
    const text = doc.blocks.map((b) => b.text).join('\n')
    for (const b of marked) {
      expect(
        b
          .html!.replace(/<\/?em>/g, '')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"')
          .replace(/&amp;/g, '&'),
      ).toBe(b.text)
      expect(text.slice(b.start, b.start + b.text.length)).toBe(b.text)
    }
  })

  it('leaves code-like, stray and Chinese underscores as written', () => {
    const drafts = (texts: string[]): BlockDraft[] =>
      texts.map((text) => ({ type: 'paragraph', text }))
    const code = drafts([
      'Call _private_helper_ then read my_variable and __init__.',
      'Set _flag_ and _other_ to true; see _config_ and snake_case_name.',
    ])
    applyUnderscoreEmphasis(code, 'en')
    expect(code.map((d) => d.html)).toEqual([undefined, undefined])
    const chinese = drafts(['他说_是_的，_对_，_好_。', '_一_二_三_'])
    applyUnderscoreEmphasis(chinese, 'zh-Hans')
    expect(chinese.map((d) => d.text)).toEqual(['他说_是_的，_对_，_好_。', '_一_二_三_'])
    const few = drafts(['Only _one_ pair here.'])
    applyUnderscoreEmphasis(few, 'en')
    expect(few[0]!.html).toBeUndefined()
  })
})
