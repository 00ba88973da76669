import { describe as suite, expect, it } from 'vitest'
import { anchor } from '../../../../src/renderer/src/anchoring/anchor'
import { describe } from '../../../../src/renderer/src/anchoring/describe'
import { documentText } from '../../../../src/shared/assemble-document'
import {
  decode,
  documentFromText,
  encodeUtf16le,
  gbkExcerptBytes,
  newspaperText,
} from './sample-documents'

/** Describes `quote` (its `nth` occurrence) in `before`, anchors it in `after`, returns what it lands on. */
function reanchor(before: string, after: string, quote: string, nth = 0) {
  let start = -1
  for (let i = 0; i <= nth; i++) start = before.indexOf(quote, start + 1)
  expect(start, `"${quote}" is in the text`).toBeGreaterThanOrEqual(0)
  const found = anchor(after, describe(before, start, start + quote.length))
  return found && { ...found, text: after.slice(found.start, found.end) }
}

const ENGLISH =
  'It is a truth universally acknowledged, that a single man in possession of a good fortune, must be in want of a wife.\n' +
  'However little known the feelings or views of such a man may be on his first entering a neighbourhood, this truth is ' +
  'so well fixed in the minds of the surrounding families, that he is considered as the rightful property of some one or ' +
  'other of their daughters.'

suite('anchor', () => {
  it('uses the stored offsets when the quote is still there', () => {
    expect(reanchor(ENGLISH, ENGLISH, 'a single man')).toEqual({
      start: ENGLISH.indexOf('a single man'),
      end: ENGLISH.indexOf('a single man') + 12,
      method: 'position',
      text: 'a single man',
    })
  })

  it('follows the quote when text is inserted before it', () => {
    const added = 'PREFACE. A new opening paragraph, added in a later edition.\n'
    const found = reanchor(ENGLISH, added + ENGLISH, 'a single man')
    expect(found).toMatchObject({
      method: 'quote',
      text: 'a single man',
      start: added.length + ENGLISH.indexOf('a single man'),
    })
  })

  it('follows the quote when text before it is deleted', () => {
    const after = ENGLISH.slice(ENGLISH.indexOf('However'))
    expect(reanchor(ENGLISH, after, 'the rightful property')).toMatchObject({
      method: 'quote',
      text: 'the rightful property',
    })
  })

  it('finds a quote that was itself edited a little, by an approximate match', () => {
    const after = ENGLISH.replace('a single man in possession', 'a single man, in posession')
    const found = reanchor(ENGLISH, after, 'a single man in possession of a good fortune')
    expect(found).toMatchObject({
      method: 'fuzzy',
      text: 'a single man, in posession of a good fortune',
    })
  })

  it('survives edits right around the quote (its prefix and suffix changed)', () => {
    const after = ENGLISH.replace('that a single man', 'that any single man').replace(
      'must be in want',
      'is surely in want',
    )
    expect(reanchor(ENGLISH, after, 'in possession of a good fortune')).toMatchObject({
      text: 'in possession of a good fortune',
    })
  })

  it('picks the right one of several occurrences by the context', () => {
    const text =
      'The cat sat. Then the dog ran off. The cat sat again, and the dog came back. The cat sat once more.'
    // Shift everything so the old offsets point elsewhere.
    const after = 'Intro line.\n' + text
    const found = reanchor(text, after, 'The cat sat', 1)
    expect(found).toMatchObject({ method: 'quote', start: text.indexOf('The cat sat again') + 12 })
  })

  it('picks the right occurrence of a repeated Chinese phrase after the page changed', () => {
    const text = newspaperText()
    const count = text.split('习近平指出').length - 1
    expect(count).toBeGreaterThan(1)
    const after = '新增的一段导语。\n' + text.replace('人民大会堂东大厅', '人民大会堂东大厅里')
    const found = reanchor(text, after, '习近平指出', 1)
    let second = -1
    for (let i = 0; i < 2; i++) second = after.indexOf('习近平指出', second + 1)
    expect(found).toMatchObject({ start: second, text: '习近平指出' })
  })

  it('re-anchors Chinese text after characters change inside and around the quote', () => {
    const text = newspaperText()
    const quote = '金砖机制展现了韧性和活力，金砖合作取得了积极进展和成果'
    const after = text
      .replace('金砖机制展现了韧性和活力', '金砖机制充分展现了韧性与活力')
      .replace('习近平首先致欢迎辞。', '')
    expect(reanchor(text, after, quote)).toMatchObject({
      method: 'fuzzy',
      text: '金砖机制充分展现了韧性与活力，金砖合作取得了积极进展和成果',
    })
  })

  it('re-anchors a passage that spanned paragraphs after the page was re-laid out', () => {
    const doc = documentFromText(newspaperText())
    const text = documentText(doc.blocks)
    const start = doc.blocks[3]!.start + 5
    const end = doc.blocks[4]!.start + 10
    const selectors = describe(text, start, end)
    // A better importer joins those two lines into one paragraph: the '\n' becomes nothing.
    const joined = text.slice(0, doc.blocks[4]!.start - 1) + text.slice(doc.blocks[4]!.start)
    const found = anchor(joined, selectors)
    expect(found?.method).toBe('fuzzy')
    expect(joined.slice(found!.start, found!.end)).toBe(text.slice(start, end).replace('\n', ''))
  })

  it('orphans an annotation whose passage was deleted, instead of misplacing it', () => {
    const text = newspaperText()
    const quote = '人民大会堂东大厅花团锦簇，金砖五国国旗整齐排列，与金砖标识交相辉映。'
    const start = text.indexOf(quote)
    const selectors = describe(text, start, start + quote.length)
    expect(anchor(text.replace(quote, ''), selectors)).toBeNull()
    expect(anchor(ENGLISH, selectors)).toBeNull()
  })

  it('finds everything at the same offsets when a GBK file is re-imported as UTF-16', () => {
    const gbk = decode(gbkExcerptBytes(), 'gbk')
    const utf16 = decode(encodeUtf16le(gbk), 'utf-16le')
    const before = documentText(documentFromText(gbk).blocks)
    const after = documentText(documentFromText(utf16).blocks)
    for (const quote of ['滚滚长江东逝水', '桃园', '刘备']) {
      expect(reanchor(before, after, quote)).toMatchObject({ method: 'position', text: quote })
    }
  })

  it('orphans notes made on a mis-decoded file once it is re-opened in the right encoding', () => {
    const bytes = gbkExcerptBytes()
    const wrong = documentText(documentFromText(decode(bytes, 'windows-1252')).blocks)
    const right = documentText(documentFromText(decode(bytes, 'gbk')).blocks)
    const start = Math.floor(wrong.length / 2)
    expect(anchor(right, describe(wrong, start, start + 40))).toBeNull()
  })

  it('returns null rather than throwing on nonsense', () => {
    expect(anchor('', describe('abc', 0, 2))).toBeNull()
    expect(anchor('abc', [{ type: 'TextPositionSelector', start: 5, end: 2 }])).toBeNull()
    expect(anchor('abc', [])).toBeNull()
  })
})
