import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import type { ParsedDocument } from '../../../../../src/shared/document-model'
import { importDocument } from '../../../../../src/main/services/importers/import-document'

/**
 * Pages as users save them: a real chapter re-encoded under a legacy charset, a page Word
 * exported, an article saved from a news site with its menus and banners, pages without headings.
 */
const SHARED = join(import.meta.dirname, '../../../../../../shared')
const texts = (doc: ParsedDocument) => doc.blocks.map((b) => b.text)
const types = (doc: ParsedDocument) => doc.blocks.map((b) => [b.type, b.text])

describe('charsets a page declares', () => {
  it('the Debian Reference chapter re-encoded in GB18030 with <meta charset=gbk> reads as the original', async () => {
    const original = await readFile(
      join(SHARED, 'corpus/html/debian-reference.ch01.zh-cn.html'),
      'utf8',
    )
    const declared = original
      .replace(/<meta[^>]*charset[^>]*>/i, '')
      .replace(/<head>/i, '<head><meta charset=gbk>')
    const fromUtf8 = await importDocument(new TextEncoder().encode(original), 'ch01.html')
    const fromGbk = await importDocument(
      new Uint8Array(iconv.encode(declared, 'gb18030')),
      'ch01.html',
    )
    expect(['gbk', 'gb18030']).toContain(fromGbk.encoding)
    expect(texts(fromGbk)).toEqual(texts(fromUtf8))
    expect(fromGbk.outline.map((e) => e.title)).toEqual(fromUtf8.outline.map((e) => e.title))
    expect(fromGbk.title).toBe(fromUtf8.title)
  })

  it.each([
    [
      'shift_jis',
      'Shift_JIS',
      '吾輩は猫である',
      '名前はまだ無い。どこで生れたかとんと見当がつかぬ。',
    ],
    [
      'euc-kr',
      'euc-kr',
      '대한민국 헌법',
      '대한민국은 민주공화국이다. 모든 권력은 국민으로부터 나온다.',
    ],
    ['big5', 'big5', '紅樓夢 第一回', '此開卷第一回也。作者自云：因曾歷過一番夢幻之後。'],
  ])('%s declared by http-equiv', async (encoding, label, heading, paragraph) => {
    const page = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=${label}"><title>${heading}</title></head><body><h1>${heading}</h1><p>${paragraph}</p></body></html>`
    const doc = await importDocument(new Uint8Array(iconv.encode(page, encoding)), 'page.htm')
    expect(doc.encoding).toBe(encoding)
    expect(texts(doc)).toEqual([heading, paragraph])
    expect(doc.title).toBe(heading)
  })
})

describe('a page Word exported', () => {
  const word = `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=windows-1252"><meta name=ProgId content=Word.Document><meta name=Generator content="Microsoft Word 15"><title>Report</title>
<!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>Jane Doe</o:Author></o:DocumentProperties></xml><![endif]-->
<style><!-- p.MsoNormal {margin:0cm;} --></style></head>
<body lang=EN-GB style='tab-interval:36.0pt'><div class=WordSection1>
<p class=MsoTitle>Annual Report</p>
<h1><a name="_Toc1"></a><span lang=EN-GB>1. Introduction<o:p></o:p></span></h1>
<p class=MsoNormal>This is the <b>first</b> paragraph of the report.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]>First point</p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]>Second point</p>
<p class=MsoListParagraph style='margin-left:18.0pt;text-indent:-18.0pt;mso-list:l2 level1 lfo3'><![if !supportLists]><span lang=EN-US style='font-family:Wingdings'>l<span style='font:7.0pt "Times New Roman"'>&nbsp; </span></span><![endif]>A Wingdings bullet</p>
<p class=MsoNormal style='margin-left:36.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span>2.<span>&nbsp;&nbsp;&nbsp; </span></span><![endif]>A numbered step</p>
<h1>2. Results</h1><p class=MsoNormal>We found that “quotes” work – really.</p>
</div></body></html>`

  it('reads its title, author, language, headings and lists without Word’s typed bullets', async () => {
    const doc = await importDocument(new Uint8Array(iconv.encode(word, 'win1252')), 'report.htm')
    expect(doc).toMatchObject({ encoding: 'windows-1252', author: 'Jane Doe', language: 'en-GB' })
    expect(doc.outline.map((e) => e.title)).toEqual([
      'Annual Report',
      '1. Introduction',
      '2. Results',
    ])
    expect(types(doc)).toEqual([
      ['heading', 'Annual Report'],
      ['heading', '1. Introduction'],
      ['paragraph', 'This is the first paragraph of the report.'],
      ['list-item', 'First point'],
      ['list-item', 'Second point'],
      ['list-item', 'A Wingdings bullet'],
      ['list-item', '2. A numbered step'],
      ['heading', '2. Results'],
      ['paragraph', 'We found that “quotes” work – really.'],
    ])
  })
})

describe('a news article saved from the web', () => {
  const article = (main: string, wrapper = (s: string) => `<main>${s}</main>`) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>How rivers move | The Daily Planet</title><meta name="author" content="Sam Writer"><script>window.dataLayer=[]</script><style>body{color:red}</style></head><body>
<header class="site-header"><a class="logo" href="/">The Daily Planet</a><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<div id="cookie-consent">We use cookies to improve your experience. Accept all?</div>
<div class="breadcrumbs"><a href="/">Home</a> › <a href="/science">Science</a></div>
${wrapper(main)}
<aside class="sidebar"><h3>Trending</h3><ul><li>Other story one</li><li>Other story two</li></ul></aside>
<footer><p>© 2024 The Daily Planet. All rights reserved.</p><ul><li><a href="/privacy">Privacy</a></li></ul></footer><script>track('view')</script></body></html>`
  const story =
    '<article><h1>How rivers move</h1><p class="byline">By Sam Writer</p><p>Rivers move sediment downstream over thousands of years, shaping valleys as they go.</p><div class="share-buttons"><a href="#">Share on X</a><a href="#">Email</a></div><p>Second paragraph of the article body, with more detail about meanders and oxbow lakes.</p><h2>Floods</h2><p>Floods reshape banks in a single night, moving more earth than a decade of ordinary flow.</p></article>'

  it.each([
    ['in <main>', (s: string) => `<main>${s}</main>`],
    ['in a lone <article>', (s: string) => s],
    [
      'in plain divs',
      (s: string) => `<div class="content">${s.replace(/article>/g, 'div>')}</div>`,
    ],
  ])('the story %s leads, without menus, banners, sidebars or footers', async (_name, wrapper) => {
    const doc = await importDocument(
      new TextEncoder().encode(article(story, wrapper)),
      'rivers.html',
    )
    expect(texts(doc)).toEqual([
      'How rivers move',
      'By Sam Writer',
      'Rivers move sediment downstream over thousands of years, shaping valleys as they go.',
      'Second paragraph of the article body, with more detail about meanders and oxbow lakes.',
      'Floods',
      'Floods reshape banks in a single night, moving more earth than a decade of ordinary flow.',
    ])
    expect(doc.blocks[1]).toMatchObject({ type: 'byline', text: 'By Sam Writer' })
    expect(doc).toMatchObject({ title: 'How rivers move', author: 'Sam Writer', language: 'en' })
    expect(doc.outline.map((e) => [e.title, e.level])).toEqual([
      ['How rivers move', 1],
      ['Floods', 2],
    ])
  })

  it('a paper’s sections named like furniture but titled (id="related-work") are kept', async () => {
    const paper =
      '<html><head><title>On rivers</title></head><body><main><h1>On rivers</h1><p>Abstract text of the paper, long enough to be the main part of it.</p><section id="related-work"><h2>Related work</h2><p>Earlier studies of sediment.</p></section><section class="comments"><h2>Comments on method</h2><p>We note limits.</p></section><div class="share">Share this</div></main></body></html>'
    const doc = await importDocument(new TextEncoder().encode(paper), 'paper.html')
    expect(doc.outline.map((e) => e.title)).toEqual([
      'On rivers',
      'Related work',
      'Comments on method',
    ])
    expect(texts(doc)).not.toContain('Share this')
  })

  it('footnotes written as asides stay with the text', async () => {
    const essay =
      '<html><head><title>Essay</title></head><body><nav><a href="/">Home</a></nav><h1>Essay</h1><p>A claim.<a href="#n1">1</a></p><aside id="n1" epub:type="footnote" role="doc-footnote"><p>1. The source of the claim.</p></aside><aside class="sidebar"><p>Buy our book</p></aside></body></html>'
    const doc = await importDocument(new TextEncoder().encode(essay), 'essay.html')
    expect(texts(doc)).toEqual(['Essay', 'A claim.1', '1. The source of the claim.'])
  })

  it('a page listing many teasers keeps them all (no one article stands for the page)', async () => {
    const teasers = [1, 2, 3]
      .map(
        (n) =>
          `<article><h2>Story ${n}</h2><p>Teaser text for story number ${n}, long enough to count.</p></article>`,
      )
      .join('')
    const doc = await importDocument(new TextEncoder().encode(article(teasers)), 'front.html')
    expect(doc.outline.map((e) => e.title)).toEqual(['Story 1', 'Story 2', 'Story 3'])
  })
})

describe('pages without headings', () => {
  it('a letter opens with its text, titled by <title>, with no invented contents', async () => {
    const doc = await importDocument(
      new TextEncoder().encode(
        '<html><head><title>Letters</title></head><body><p>Dear friend,</p><p>It has been a long time.</p><br><div>Yours</div></body></html>',
      ),
      'letter.html',
    )
    expect(doc.title).toBe('Letters')
    expect(texts(doc)).toEqual(['Dear friend,', 'It has been a long time.', 'Yours'])
    expect(doc.outline).toEqual([])
  })

  it('a web novel page whose chapter titles are bold paragraphs gets them as its contents', async () => {
    const page =
      '<html><head><meta charset="gbk"><title>某小说 - 全文阅读</title></head><body><div id="content"><p><b>第一章 初遇</b></p><p>　　那年春天，他们在湖边相遇。</p><p><b>第二章 别离</b></p><p>　　秋天到了，他要远行。</p><p><strong>第三章 重逢</strong></p><p>　　多年以后，他们又见面了。</p></div></body></html>'
    const doc = await importDocument(new Uint8Array(iconv.encode(page, 'gbk')), 'novel.html')
    expect(doc.outline.map((e) => e.title)).toEqual(['第一章 初遇', '第二章 别离', '第三章 重逢'])
    expect(doc.language).toMatch(/^zh/)
  })

  it('one sentence that happens to start like a chapter heading is not made one', async () => {
    const doc = await importDocument(
      new TextEncoder().encode(
        '<p>Chapter 1 of the manual explains setup.</p><p>Chapter 2</p><p>The rest.</p>',
      ),
      'manual.html',
    )
    expect(doc.outline).toEqual([])
  })
})

describe('pages with nothing to read', () => {
  it.each([
    [
      'only scripts',
      '<html><head><title>App</title></head><body><script>start()</script><noscript>x</noscript></body></html>',
    ],
    [
      'a frameset',
      '<html><head><title>Frames</title></head><frameset><frame src="a.html"></frameset></html>',
    ],
  ])('a page of %s is refused by name, not added as an empty document', async (_name, page) => {
    await expect(importDocument(new TextEncoder().encode(page), 'shell.html')).rejects.toThrow(
      /^shell\.html: there is no text in it to read\.$/,
    )
  })

  it('a Markdown note that is only front matter is refused the same way', async () => {
    await expect(
      importDocument(new TextEncoder().encode('---\ntitle: Draft\n---\n\n'), 'draft.md'),
    ).rejects.toThrow(/^draft\.md: there is no text in it to read\.$/)
  })
})
