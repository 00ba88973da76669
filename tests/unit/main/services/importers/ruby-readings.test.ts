import { describe, expect, it } from 'vitest'
import { documentText } from '../../../../../src/shared/assemble-document'
import type { ParsedDocument } from '../../../../../src/shared/document-model'
import { importDocument } from '../../../../../src/main/services/importers/import-document'
import { buildEpub } from './epub-fixtures'

const page = (body: string, title = 'ルビ') =>
  new TextEncoder().encode(
    `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`,
  )
const blockWith = (doc: ParsedDocument, text: string) => {
  const block = doc.blocks.find((b) => b.text.includes(text))
  expect(block, text).toBeDefined()
  return block!
}

describe('ruby in HTML: the text holds the base, the markup shows the reading above it', () => {
  it('an Aozora Bunko XHTML page: rb, rp parentheses, a ruby in the heading', async () => {
    const doc = await importDocument(
      page(
        '<h1 class="title"><ruby><rb>吾輩</rb><rp>（</rp><rt>わがはい</rt><rp>）</rp></ruby>は猫である</h1>' +
          '<div class="main_text">　<ruby><rb>吾輩</rb><rp>（</rp><rt>わがはい</rt><rp>）</rp></ruby>は猫である。名前はまだ無い。<br />' +
          '　どこで生れたかとんと<ruby><rb>見当</rb><rp>（</rp><rt>けんとう</rt><rp>）</rp></ruby>がつかぬ。</div>',
        '吾輩は猫である',
      ),
      'wagahai.html',
    )
    expect(doc.title).toBe('吾輩は猫である')
    expect(doc.outline.map((e) => e.title)).toEqual(['吾輩は猫である'])
    expect(doc.blocks[0]!.html).toBe('<ruby>吾輩<rt>わがはい</rt></ruby>は猫である')
    // Each indented line of the main text is a paragraph, as the page shows it.
    const body = blockWith(doc, '名前はまだ無い')
    expect(body.text).toBe('吾輩は猫である。名前はまだ無い。')
    expect(body.html).toBe('<ruby>吾輩<rt>わがはい</rt></ruby>は猫である。名前はまだ無い。')
    expect(blockWith(doc, 'どこで').html).toBe(
      'どこで生れたかとんと<ruby>見当<rt>けんとう</rt></ruby>がつかぬ。',
    )
    // What search reads: no reading, no parenthesis.
    expect(documentText(doc.blocks)).not.toMatch(/わがはい|けんとう|[（）]/)
  })

  it('several bases in one ruby (pinyin, zhuyin), each with its reading', async () => {
    const doc = await importDocument(
      page(
        '<p><ruby>汉<rt>hàn</rt>字<rt>zì</rt></ruby>很有意思。</p>' +
          '<p><ruby>注<rp>(</rp><rt>ㄓㄨˋ</rt><rp>)</rp>音<rp>(</rp><rt>ㄧㄣ</rt><rp>)</rp></ruby>符号</p>',
        '汉字',
      ),
      'pinyin.html',
    )
    const pinyin = blockWith(doc, '很有意思')
    expect(pinyin.text).toBe('汉字很有意思。')
    expect(pinyin.html).toBe('<ruby>汉<rt>hàn</rt>字<rt>zì</rt></ruby>很有意思。')
    const zhuyin = blockWith(doc, '符号')
    expect(zhuyin.text).toBe('注音符号')
    expect(zhuyin.html).toBe('<ruby>注<rt>ㄓㄨˋ</rt>音<rt>ㄧㄣ</rt></ruby>符号')
  })

  it('pretty-printed ruby: the layout whitespace between bases and readings is no text', async () => {
    const doc = await importDocument(
      page(
        '<p>これは\n<ruby>\n  <rb>漢</rb>\n  <rt>かん</rt>\n  <rb>字</rb>\n  <rt>じ</rt>\n</ruby>\nです。</p>',
      ),
      'layout.html',
    )
    expect(doc.blocks[0]!.text).toBe('これは漢字です。')
    expect(doc.blocks[0]!.html).toBe('これは<ruby>漢<rt>かん</rt>字<rt>じ</rt></ruby>です。')
  })

  it('ruby inside links and emphasis, and emphasis inside ruby', async () => {
    const doc = await importDocument(
      page(
        '<p>見よ<a href="https://example.com/"><ruby>吾輩<rt>わがはい</rt></ruby></a>と' +
          '<em><ruby>傍点<rt>ぼうてん</rt></ruby></em>と<ruby><strong>太字</strong><rt>ふとじ</rt></ruby>。</p>',
      ),
      'inline.html',
    )
    const block = doc.blocks[0]!
    expect(block.text).toBe('見よ吾輩と傍点と太字。')
    expect(block.html).toBe(
      '見よ<a href="https://example.com/"><ruby>吾輩<rt>わがはい</rt></ruby></a>と<em><ruby>傍点<rt>ぼうてん</rt></ruby></em>と<ruby><strong>太字</strong><rt>ふとじ</rt></ruby>。',
    )
  })

  it('a reading the markup cannot place beside its base is left out of the markup, never put in the text', async () => {
    // A link around base and reading inside the ruby: the reader pairs a reading with the ruby's own children only.
    const doc = await importDocument(
      page('<p><ruby><a href="https://example.com/">漢<rt>かん</rt></a></ruby>字</p>'),
      'nested.html',
    )
    expect(doc.blocks[0]!.text).toBe('漢字')
    expect(doc.blocks[0]!.html).toBe('<ruby><a href="https://example.com/">漢</a></ruby>字')
  })

  it('rt and rp outside any ruby are text, as before', async () => {
    const doc = await importDocument(page('<p>a <rt>b</rt> <rp>(c)</rp></p>'), 'stray.html')
    expect(doc.blocks[0]!.text).toBe('a b (c)')
  })

  it('preformatted text (a poem, a code listing) keeps its bases only', async () => {
    const doc = await importDocument(
      page(
        '<pre>  <ruby>春<rp>(</rp><rt>はる</rt><rp>)</rp></ruby>はあけぼの\n  やうやう<ruby><rb>白</rb><rt>しろ</rt></ruby>くなりゆく</pre>' +
          '<pre><code>let <ruby>名前<rt>なまえ</rt></ruby> = 1</code></pre>',
        '枕草子',
      ),
      'pre.html',
    )
    expect(doc.blocks.map((b) => [b.type, b.text])).toEqual([
      ['code', '  春はあけぼの\n  やうやう白くなりゆく'],
      ['code', 'let 名前 = 1'],
    ])
    expect(documentText(doc.blocks)).not.toMatch(/はる|しろ|なまえ|[()]/)
    // Shown above the base, as in prose.
    expect(doc.blocks[0]!.html).toBe(
      '  <ruby>春<rt>はる</rt></ruby>はあけぼの<br>  やうやう<ruby>白<rt>しろ</rt></ruby>くなりゆく',
    )
    expect(doc.blocks[1]!.html).toBe('let <ruby>名前<rt>なまえ</rt></ruby> = 1')
  })

  it('a table cell and a heading list their bases only', async () => {
    const doc = await importDocument(
      page(
        '<h1>第一章</h1><h2><ruby>序<rt>じょ</rt></ruby>の<ruby>巻<rt>まき</rt></ruby></h2><p>本文。</p>' +
          '<table><tr><th>語</th><th>意味</th></tr><tr><td><ruby>漢<rt>かん</rt></ruby></td><td>中国</td></tr></table>',
        '第一章',
      ),
      'table.html',
    )
    expect(doc.outline.map((e) => e.title)).toEqual(['第一章', '序の巻'])
    expect(doc.blocks.find((b) => b.type === 'table')!.rows).toEqual([
      ['語', '意味'],
      ['漢', '中国'],
    ])
  })
})

describe('ruby in EPUB and Markdown', () => {
  const NAV_ITEM =
    '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>'
  const nav = `<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"><head><title>目次</title></head><body><nav epub:type="toc"><ol><li><a href="one.xhtml"><ruby>一<rt>いち</rt></ruby>の<ruby>章<rp>(</rp><rt>しょう</rt><rp>)</rp></ruby></a></li><li><a href="two.xhtml">二の章</a></li></ol></nav></body></html>`
  const chapters = [
    {
      id: 'one',
      href: 'one.xhtml',
      body: '<h1><ruby>一<rt>いち</rt></ruby>の<ruby>章<rt>しょう</rt></ruby></h1><p><ruby>吾輩<rp>（</rp><rt>わがはい</rt><rp>）</rp></ruby>は猫である。</p>',
    },
    {
      id: 'two',
      href: 'two.xhtml',
      body: '<h1>二の章</h1><p><ruby><rb>見当</rb><rt>けんとう</rt></ruby>がつかぬ。</p>',
    },
  ]

  it('a Japanese EPUB: body, headings and table of contents read the bases', async () => {
    const epub = buildEpub({
      title: '吾輩は猫である',
      language: 'ja',
      chapters,
      extraManifest: NAV_ITEM,
      files: { 'OEBPS/nav.xhtml': nav },
    })
    const doc = await importDocument(epub, 'neko.epub')
    expect(doc.outline.map((e) => e.title)).toEqual(['一の章', '二の章'])
    const first = doc.blocks.find((b) => b.id === doc.outline[0]!.blockId)!
    expect(first.text).toBe('一の章')
    expect(first.html).toBe('<ruby>一<rt>いち</rt></ruby>の<ruby>章<rt>しょう</rt></ruby>')
    const body = blockWith(doc, '猫である')
    expect(body.text).toBe('吾輩は猫である。')
    expect(body.html).toBe('<ruby>吾輩<rt>わがはい</rt></ruby>は猫である。')
    expect(blockWith(doc, 'がつかぬ').html).toBe('<ruby>見当<rt>けんとう</rt></ruby>がつかぬ。')
    expect(documentText(doc.blocks)).toBe('一の章\n吾輩は猫である。\n二の章\n見当がつかぬ。')
  })

  it('an EPUB without a table of contents names its chapters by their headings’ bases', async () => {
    const doc = await importDocument(buildEpub({ language: 'ja', chapters }), 'notoc.epub')
    expect(doc.outline.map((e) => e.title)).toEqual(['一の章', '二の章'])
  })

  it('Markdown passes raw ruby through the same way, in a heading too', async () => {
    const markdown = [
      '# <ruby>吾輩<rt>わがはい</rt></ruby>は猫である',
      '',
      '<ruby>吾輩<rp>(</rp><rt>わがはい</rt><rp>)</rp></ruby>は**猫**である。',
      '',
    ].join('\n')
    const doc = await importDocument(new TextEncoder().encode(markdown), 'neko.md')
    expect(doc.outline.map((e) => e.title)).toEqual(['吾輩は猫である'])
    expect(doc.blocks.map((b) => [b.text, b.html])).toEqual([
      ['吾輩は猫である', '<ruby>吾輩<rt>わがはい</rt></ruby>は猫である'],
      ['吾輩は猫である。', '<ruby>吾輩<rt>わがはい</rt></ruby>は<strong>猫</strong>である。'],
    ])
  })
})
