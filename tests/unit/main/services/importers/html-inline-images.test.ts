import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { documentText } from '../../../../../src/shared/assemble-document'
import { importDocument } from '../../../../../src/main/services/importers/import-document'

/**
 * Pictures that stand for a character inside a line of text (Aozora Bunko's gaiji, emoji, a
 * formula's fallback image) are read as that character, in the paragraph, never as a block of their own.
 */
const page = (body: string, lang = 'ja') =>
  new TextEncoder().encode(
    `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>`,
  )

describe('images standing for characters in a line', () => {
  it('Aozora Bunko gaiji: the character its JIS X 0213 or Unicode code names, in the paragraph', async () => {
    const doc = await importDocument(
      page(
        '<div class="main_text">　その<img src="../../../gaiji/1-15/1-15-64.png" alt="※(「土へん＋竒」、第3水準1-15-64)" class="gaiji" />の上に立つと、' +
          '<img src="../../../gaiji/2-88/2-88-74.png" alt="※(「言＋墟のつくり」、第4水準2-88-74)" class="gaiji" />が聞こえた。<br />' +
          '　次の行の<img src="x.png" alt="※(「てへん＋劣」、U+6318、123-4)" class="gaiji" />も一文字。</div>',
      ),
      'aozora.html',
    )
    // Two indented lines: two paragraphs, each whole around its gaiji.
    expect(doc.blocks.map((b) => [b.type, b.text])).toEqual([
      ['paragraph', 'その𡑮の上に立つと、譃が聞こえた。'],
      ['paragraph', '次の行の挘も一文字。'],
    ])
  })

  it('a gaiji whose character has no code keeps its description, inline', async () => {
    const doc = await importDocument(
      page(
        '<div class="main_text">　彼は<img src="../../../gaiji/x.png" alt="※(「口＋世」、ページ数-行数)" class="gaiji" />と言った。</div>',
      ),
      'aozora.html',
    )
    expect(doc.blocks.map((b) => [b.type, b.text])).toEqual([
      ['paragraph', '彼は※(「口＋世」、ページ数-行数)と言った。'],
    ])
  })

  it('emoji images (WordPress) and Wikipedia formula images stay in their sentence', async () => {
    const doc = await importDocument(
      page(
        '<p>Thanks for reading <img draggable="false" role="img" class="emoji" alt="🙂" src="https://s.w.org/images/core/emoji/15.0.3/svg/1f642.svg"> see you soon.</p>' +
          '<p>The area is <span class="mwe-math-element"><span class="mwe-math-mathml-inline mwe-math-mathml-a11y" style="display: none;"><math alttext="{\\displaystyle \\pi r^{2}}"><mi>π</mi></math></span><img src="https://wikimedia.org/api/rest_v1/media/math/render/svg/abc" class="mwe-math-fallback-image-inline mw-invert skin-invert" aria-hidden="true" alt="{\\displaystyle \\pi r^{2}}"></span> for a circle.</p>',
        'en',
      ),
      'page.html',
    )
    expect(doc.blocks.map((b) => [b.type, b.text])).toEqual([
      ['paragraph', 'Thanks for reading 🙂 see you soon.'],
      ['paragraph', 'The area is \\pi r^{2} for a circle.'],
    ])
    expect(documentText(doc.blocks)).not.toContain('displaystyle')
  })

  it('Project Gutenberg illustrated capitals: the letter starts its word (MR. BENNET, not an image M and "R. BENNET")', async () => {
    const file = join(
      import.meta.dirname,
      '../../../../../../shared/corpus/html/pride_and_prejudice_pg1342-h.htm',
    )
    const doc = await importDocument(
      new Uint8Array(await readFile(file)),
      'pride_and_prejudice_pg1342-h.htm',
    )
    const texts = doc.blocks.map((b) => b.text)
    expect(texts.some((t) => t.startsWith('MR. BENNET was among the earliest'))).toBe(true)
    expect(
      texts.some((t) => t.startsWith('“MY dear Lizzy, where can you have been walking to?”')),
    ).toBe(true)
    expect(doc.blocks.filter((b) => b.type === 'image' && /^\p{L}$/u.test(b.text))).toEqual([])
    expect(texts.some((t) => /^R\. BENNET/.test(t))).toBe(false)
  })

  it('a picture between sentences that is not a character still gets its own block', async () => {
    const doc = await importDocument(
      page(
        '<p>Before <img src="https://example.com/photo.jpg" alt="A harbour at dusk"> after.</p>',
        'en',
      ),
      'photo.html',
    )
    expect(doc.blocks.map((b) => b.type)).toEqual(['paragraph', 'image', 'paragraph'])
  })
})
