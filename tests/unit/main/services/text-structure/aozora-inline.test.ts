import { describe, expect, it } from 'vitest'
import {
  aozoraLineHtml,
  readAozoraLine,
} from '../../../../../src/main/services/text-structure/aozora-inline'

const read = (line: string) => {
  const read = readAozoraLine(line)
  return { text: read.text, html: aozoraLineHtml(read) }
}

describe('readAozoraLine', () => {
  it('keeps the base text and puts the reading in ruby markup', () => {
    expect(read('　吾輩《わがはい》は猫である。')).toEqual({
      text: '　吾輩は猫である。',
      html: '　<ruby>吾輩<rt>わがはい</rt></ruby>は猫である。',
    })
  })

  it('takes the run of kanji before 《 as the base, and ｜ where it marks the start', () => {
    expect(read('一番｜獰悪《どうあく》な種族').html).toBe(
      '一番<ruby>獰悪<rt>どうあく</rt></ruby>な種族',
    )
    expect(read('それは書生《しょせい》という').html).toBe(
      'それは<ruby>書生<rt>しょせい</rt></ruby>という',
    )
    expect(read('｜平仮名《ひらがな》').text).toBe('平仮名')
    // Katakana and Latin words are bases of their own class; a half-width | works as ｜ does.
    expect(read('あのロンドン《倫敦》へ').html).toBe('あの<ruby>ロンドン<rt>倫敦</rt></ruby>へ')
    expect(read('これは|Alice《アリス》です').text).toBe('これはAliceです')
  })

  it('never joins a base onto the ruby before it', () => {
    expect(read('捕《つかま》煮《に》').html).toBe(
      '<ruby>捕<rt>つかま</rt></ruby><ruby>煮<rt>に</rt></ruby>',
    )
  })

  it('leaves 《 as text where no base precedes it', () => {
    expect(read('「《》」の記号')).toEqual({ text: '「《》」の記号', html: undefined })
  })

  it('replaces an external character note by the character it names, or keeps ※', () => {
    expect(read('※［＃「土へん＋竒」、U+57FC、110-7］玉').text).toBe('埼玉')
    expect(read('※［＃始め二重山括弧、1-1-52］本※［＃終わり二重山括弧、1-1-53］').text).toBe(
      '《本》',
    )
    expect(read('※［＃「言＋墟のつくり」、第4水準2-88-74］').text).toBe('譃')
    expect(read('※［＃「火＋稻のつくり」、第4水準2-79-87］').text).toBe('㷔')
    expect(read('※［＃「日＋向」、第3水準1-85-25］').text).toBe('晌')
    expect(read('※［＃ローマ数字1、1-13-21］').text).toBe('Ⅰ')
    expect(read('※［＃半濁点付き平仮名か、1-4-87］').text).toBe('か\u309a')
    // A character described only by its parts stays ※.
    expect(read('※［＃「糸＋參」、ページ数-行数］').text).toBe('※')
  })

  it('marks 傍点 and 太字 spans as emphasis and drops editorial notes', () => {
    expect(read('これは大事［＃「大事」に傍点］なことだ').html).toBe('これは<em>大事</em>なことだ')
    expect(read('［＃太字］強い［＃太字終わり］声').html).toBe('<strong>強い</strong>声')
    expect(read('食う［＃「食う」はママ］話').text).toBe('食う話')
  })

  it('keeps a ruby whole inside an emphasis span', () => {
    expect(read('一番｜獰悪《どうあく》な［＃「獰悪な」に傍点］').html).toBe(
      '一番<em><ruby>獰悪<rt>どうあく</rt></ruby>な</em>',
    )
  })

  it('hands back the notes it does not read, at their offsets', () => {
    const line = readAozoraLine('［＃３字下げ］第一章［＃「第一章」は大見出し］')
    expect(line.text).toBe('第一章')
    expect(line.notes).toEqual([
      { body: '３字下げ', at: 0 },
      { body: '「第一章」は大見出し', at: 3 },
    ])
  })

  it('escapes text in the markup', () => {
    expect(read('a<b>&漢《かん》').html).toBe('a&#60;b&#62;&#38;<ruby>漢<rt>かん</rt></ruby>')
  })
})
