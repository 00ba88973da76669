import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { previewEncoding } from '../../../../src/main/services/encoding-preview'
import { storyParagraphs } from '../../../support/story-paragraphs'

/** A book long enough for the preview to show a passage from its middle too. */
const book = `第一回 开头\n${storyParagraphs().slice(0, 60).join('\n')}\n`

describe('the encoding preview', () => {
  it.each(['utf-32le', 'utf-32be', 'utf-16le', 'utf-16be'])(
    'reads %s, head and middle, without replacement marks',
    (encoding) => {
      const preview = previewEncoding(new Uint8Array(iconv.encode(book, encoding)), encoding)
      expect(preview.text.startsWith('第一回 开头')).toBe(true)
      expect(preview.text).toContain('…')
      expect(preview.replacements).toBe(0)
    },
  )

  it('reads Hong Kong characters in Big5 as the import does', () => {
    const preview = previewEncoding(
      new Uint8Array(iconv.encode('佢話嘅嘢喺度。', 'big5hkscs')),
      'big5',
    )
    expect(preview.text).toBe('佢話嘅嘢喺度。')
  })
})
