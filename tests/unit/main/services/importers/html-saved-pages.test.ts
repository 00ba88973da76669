import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import type { ParsedDocument } from '../../../../../src/shared/document-model'
import { importDocument } from '../../../../../src/main/services/importers/import-document'

/**
 * Web pages as browsers save them: a news article inside its site's banners, boxes and comments,
 * and a Wikipedia article inside MediaWiki's chrome. The reader should get the article as printed.
 */
const encode = (html: string) => new TextEncoder().encode(html)
const rows = (doc: ParsedDocument) => doc.blocks.map((b) => [b.type, b.text])
const texts = (doc: ParsedDocument) => doc.blocks.map((b) => b.text).join('\n')
const story = (n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>Paragraph ${i + 1} of the story: the harbour master said the boats were tied up early, and the ferry would not sail until the wind dropped below gale force.</p>`,
  ).join('')

const NEWS = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Harbour town braces for storms | The Daily Courier</title><meta name="author" content="Sam Reporter"></head><body>
<div id="onetrust-consent-sdk"><p>We use cookies to improve your experience.</p><button>Accept all</button></div>
<header class="site-header"><a href="/" class="logo">The Daily Courier</a><nav><a href="/news">News</a><a href="/sport">Sport</a></nav></header>
<div class="content-column">
<div class="article-header"><span class="kicker">Weather</span><h1 class="headline">Harbour town braces for storms</h1>
<p class="standfirst">Residents board up windows as forecasters warn of the strongest gales in a decade</p>
<div class="article-meta"><span class="byline">By <a rel="author" href="/p/sam">Sam Reporter</a>, Local Affairs Correspondent</span> <time datetime="2024-11-20">Wed 20 Nov 2024 07.00 GMT</time></div>
<div class="share-tools"><a href="https://twitter.com/share">Share on X</a></div></div>
<div class="article-body">${story(3)}<div class="ad-slot ad-inline"><p>Advertisement</p></div>${story(2)}
<aside class="related-links"><h3>Read more</h3><ul><li><a href="/a">Council approves harbour plan</a></li></ul></aside>
<h2>What happens next</h2>${story(2)}</div>
<div class="article-tags"><span>Topics</span><ul><li><a href="/t/weather">Weather</a></li></ul></div>
<section id="comments" class="comments"><h2>Comments (214)</h2><div class="comment"><p>Worst storm I can remember.</p></div></section>
</div>
<div class="sidebar"><section class="most-read"><h2>Most read</h2><ol><li><a href="/1">Mayor resigns</a></li></ol></section></div>
<footer><p>© 2024 The Daily Courier Ltd.</p></footer></body></html>`

describe('a saved news article', () => {
  it('reads kicker, headline, standfirst, byline and story; no banner, advert, tags, comments or most-read box', async () => {
    const doc = await importDocument(encode(NEWS), 'courier.html')
    expect(doc.title).toBe('Harbour town braces for storms')
    expect(rows(doc).slice(0, 5)).toEqual([
      ['subheading', 'Weather'],
      ['heading', 'Harbour town braces for storms'],
      [
        'subheading',
        'Residents board up windows as forecasters warn of the strongest gales in a decade',
      ],
      ['byline', 'By Sam Reporter, Local Affairs Correspondent Wed 20 Nov 2024 07.00 GMT'],
      ['paragraph', expect.stringMatching(/^Paragraph 1 of the story/)],
    ])
    expect(doc.outline.map((e) => e.title)).toEqual([
      'Harbour town braces for storms',
      'What happens next',
    ])
    expect(doc.blocks.filter((b) => b.text.startsWith('Paragraph'))).toHaveLength(7)
    expect(texts(doc)).not.toMatch(
      /cookies|Advertisement|Read more|Council approves|Topics|Comments|Worst storm|Most read|Mayor|Share on/,
    )
  })
})

describe('ad labels in a saved article', () => {
  it('"Advertisement", "SKIP ADVERTISEMENT" and "Story continues below" lines in hashed containers leave the story', async () => {
    const label = (t: string) => `<div class="css-1xz7p9"><p class="css-qwe">${t}</p></div>`
    const doc = await importDocument(
      encode(
        `<html><head><title>Storm</title></head><body><article><h1>Storm</h1>${story(2)}${label('Advertisement')}${label('SKIP ADVERTISEMENT')}${story(1)}${label('Story continues below advertisement')}<p>Advertisement is a word this sentence uses.</p></article></body></html>`,
      ),
      'storm.html',
    )
    expect(doc.blocks.map((b) => b.text)).toEqual([
      'Storm',
      expect.stringMatching(/^Paragraph 1/),
      expect.stringMatching(/^Paragraph 2/),
      expect.stringMatching(/^Paragraph 1/),
      'Advertisement is a word this sentence uses.',
    ])
  })
})

describe('the author of a saved news page without <meta name="author">', () => {
  const withHead = (head: string) =>
    encode(
      `<html><head><title>Storm warning</title>${head}</head><body><article><h1>Storm warning</h1>${story(3)}</article></body></html>`,
    )
  it.each([
    [
      'a JSON-LD NewsArticle',
      '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","author":[{"@type":"Person","name":"Sam Reporter"},{"@type":"Person","name":"Jo Writer"}]}</script>',
      'Sam Reporter, Jo Writer',
    ],
    [
      'a JSON-LD @graph (WordPress, Yoast)',
      '<script type="application/ld+json">{"@graph":[{"@type":"WebPage","name":"x"},{"@type":"Article","author":{"name":"Sam Reporter","@id":"https://x/#author"}}]}</script>',
      'Sam Reporter',
    ],
    ['NYT’s byl', '<meta name="byl" content="By Sam Reporter">', 'Sam Reporter'],
    [
      'article:author as a name, beside a broken JSON-LD block',
      '<script type="application/ld+json">{broken</script><meta property="article:author" content="Sam Reporter">',
      'Sam Reporter',
    ],
    [
      'article:author as a profile address only',
      '<meta property="article:author" content="https://www.facebook.com/sam">',
      null,
    ],
  ])('%s', async (_shape, head, author) => {
    const doc = await importDocument(withHead(head), 'storm.html')
    expect(doc.author).toBe(author)
  })
})

const EDIT = (n: number) =>
  `<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/w/index.php?title=Harbor&amp;action=edit&amp;section=${n}"><span>edit</span></a><span class="mw-editsection-bracket">]</span></span>`
const WIKIPEDIA = `<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><title>Harbor - Wikipedia</title></head><body class="skin-vector-2022">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<header class="vector-header mw-header"><a href="/wiki/Main_Page" class="mw-logo">Wikipedia The Free Encyclopedia</a></header>
<nav id="mw-panel-toc" aria-label="Contents"><h2>Contents</h2><ul><li><a href="#History">History</a></li></ul></nav>
<main id="content" class="mw-body">
<header class="mw-body-header"><h1 id="firstHeading" class="firstHeading"><span class="mw-page-title-main">Harbor</span></h1>
<div id="p-lang-btn" class="vector-dropdown mw-portlet mw-portlet-lang"><span>104 languages</span><ul><li class="interlanguage-link"><a href="https://de.wikipedia.org/wiki/Hafen" lang="de">Deutsch</a></li></ul></div></header>
<div class="vector-page-toolbar"><nav aria-label="Views"><ul><li><a href="/wiki/Harbor">Read</a></li></ul></nav></div>
<div id="bodyContent" class="vector-body">
<div id="siteSub" class="noprint">From Wikipedia, the free encyclopedia</div>
<div id="contentSub"><span class="mw-redirectedfrom">(Redirected from <a href="/w/index.php?title=Harbour&amp;redirect=no">Harbour</a>)</span></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-parser-output">
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">Harbor</th></tr><tr><td colspan="2" class="infobox-image"><img src="https://upload.wikimedia.org/harbour.jpg" width="220" height="147" alt="A harbor in Norway"><div class="infobox-caption">A harbor in Norway</div></td></tr><tr><th scope="row" class="infobox-label">Type</th><td class="infobox-data">Body of water</td></tr><tr><th scope="row" class="infobox-label">Depth</th><td class="infobox-data">5–20 m</td></tr></tbody></table>
<p>A <b>harbor</b> is a sheltered body of water where ships can be moored.<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup><sup class="noprint Inline-Template Template-Fact">[<i><a href="/wiki/Wikipedia:Citation_needed">citation needed</a></i>]</sup> The area of a basin of radius <span class="mwe-math-element"><span class="mwe-math-mathml-inline" style="display: none;"><math alttext="{\\displaystyle r}"><mi>r</mi></math></span><img src="https://wikimedia.org/api/rest_v1/media/math/render/svg/0d1e" class="mwe-math-fallback-image-inline mw-invert" aria-hidden="true" alt="{\\displaystyle r}"></span> is <span class="mwe-math-element"><img src="https://wikimedia.org/x.svg" class="mwe-math-fallback-image-inline" alt="{\\displaystyle \\pi r^{2}}"></span>.</p>
<div class="mw-heading mw-heading2"><h2 id="History">History</h2>${EDIT(1)}</div>
<p>The earliest known harbor is at Wadi al-Jarf.<sup id="cite_ref-2" class="reference"><a href="#cite_note-2">[2]</a></sup></p>
<div class="mw-heading mw-heading2"><h2 id="References">References</h2>${EDIT(2)}</div>
<ol class="references"><li id="cite_note-1"><span class="mw-cite-backlink"><b><a href="#cite_ref-1">^</a></b></span> <span class="reference-text">"Harbor". <i>Merriam-Webster</i>.</span></li><li id="cite_note-2"><span class="mw-cite-backlink">^ <a href="#cite_ref-2a"><sup><i><b>a</b></i></sup></a> <a href="#cite_ref-2b"><sup><i><b>b</b></i></sup></a></span> <span class="reference-text">Tallet, Pierre (2012).</span></li></ol>
<div role="navigation" class="navbox"><table class="navbox-inner"><tr><th colspan="2" class="navbox-title">Coastal geography</th></tr><tr><th class="navbox-group">Landforms</th><td class="navbox-list"><ul><li><a href="/wiki/Bay">Bay</a></li></ul></td></tr></table></div>
</div><div class="printfooter">Retrieved from "<a href="https://en.wikipedia.org/w/index.php?title=Harbor&amp;oldid=1">https://en.wikipedia.org/w/index.php?title=Harbor&amp;oldid=1</a>"</div></div>
<div id="catlinks" class="catlinks"><a href="/wiki/Help:Category">Categories</a>: <ul><li><a href="/wiki/Category:Harbors">Harbors</a></li></ul></div>
</div></main>
<footer id="footer" class="mw-footer" role="contentinfo"><ul><li>This page was last edited on 1 November 2024.</li></ul></footer>
</body></html>`

describe('a saved Wikipedia article', () => {
  it('reads the article: no edit links, language menu, site lines, navbox, categories or citation backlinks', async () => {
    const doc = await importDocument(encode(WIKIPEDIA), 'Harbor - Wikipedia.html')
    expect(doc.title).toBe('Harbor')
    expect(doc.outline.map((e) => e.title)).toEqual(['Harbor', 'History', 'References'])
    expect(texts(doc)).not.toMatch(
      /\[edit\]|edit|104 languages|Deutsch|From Wikipedia|Redirected|Coastal geography|Retrieved from|Categories|Harbors|\^ |citation needed|displaystyle/,
    )
    expect(rows(doc)).toContainEqual([
      'paragraph',
      'A harbor is a sheltered body of water where ships can be moored.[1] The area of a basin of radius r is \\pi r^{2}.',
    ])
    expect(rows(doc).slice(-2)).toEqual([
      ['list-item', '1. "Harbor". Merriam-Webster.'],
      ['list-item', '2. Tallet, Pierre (2012).'],
    ])
  })

  it('an infobox: its title and picture as blocks, its label | value rows as a table', async () => {
    const doc = await importDocument(encode(WIKIPEDIA), 'Harbor - Wikipedia.html')
    const start = doc.blocks.findIndex((b) => b.text === 'Harbor' && b.type !== 'heading')
    expect(rows(doc).slice(start, start + 4)).toEqual([
      ['paragraph', 'Harbor'],
      ['image', 'A harbor in Norway'],
      ['caption', 'A harbor in Norway'],
      ['table', 'Type\tBody of water\nDepth\t5–20 m'],
    ])
    expect(doc.blocks[start + 3]!.rows).toEqual([
      ['Type', 'Body of water'],
      ['Depth', '5–20 m'],
    ])
  })

  it('a data table whose cells each hold one paragraph (DocBook) stays a table', async () => {
    const cell = (t: string) => `<td><p><span class="strong"><strong>${t}</strong></span></p></td>`
    const doc = await importDocument(
      encode(
        `<html><body><h1>Paths</h1><p>The paths.</p><table border="1"><thead><tr><th>classic</th><th>amd64</th></tr></thead><tbody><tr>${cell('/lib/')}${cell('/lib/x86_64-linux-gnu/')}</tr><tr>${cell('/usr/lib/')}${cell('/usr/lib/x86_64-linux-gnu/')}</tr></tbody></table></body></html>`,
      ),
      'paths.html',
    )
    expect(doc.blocks.find((b) => b.type === 'table')!.rows).toEqual([
      ['classic', 'amd64'],
      ['/lib/', '/lib/x86_64-linux-gnu/'],
      ['/usr/lib/', '/usr/lib/x86_64-linux-gnu/'],
    ])
  })
})

describe('a saved web-novel chapter page (GBK)', () => {
  it('reads the chapter: no site header, breadcrumb, chapter links, site notice or footer', async () => {
    const nbsp = '&nbsp;&nbsp;&nbsp;&nbsp;'
    const links =
      '<a href="/1_1/1.html">上一章</a> &larr; <a href="/1_1/">章节目录</a> &rarr; <a href="/1_1/3.html">下一章</a>'
    const html = `<!DOCTYPE html><html><head><meta charset="gbk"><title>第一回 甄士隐梦幻识通灵_红楼梦_笔趣阁</title></head><body>
<div class="header"><a href="/">笔趣阁</a> <a href="/xiaoshuo/">小说大全</a></div>
<div class="content_read"><div class="box_con"><div class="con_top"><a href="/">笔趣阁</a> &gt; <a href="/1_1/">红楼梦</a> &gt; 第一回 甄士隐梦幻识通灵</div>
<div class="bookname"><h1>第一回 甄士隐梦幻识通灵</h1><div class="bottem1">${links}</div></div>
<div id="content">${nbsp}此开卷第一回也。作者自云：因曾历过一番梦幻之后，故将真事隐去。<br /><br />${nbsp}列位看官：你道此书从何而来？<br /><br />${nbsp}请记住本书首发域名：www.biquge.com。笔趣阁手机版阅读网址：m.biquge.com</div>
<div class="bottem2">${links}</div></div></div><div class="footer">本站所有小说为转载作品</div></body></html>`
    const doc = await importDocument(iconv.encode(html, 'gbk'), '第一回.html')
    expect(doc.title).toBe('第一回 甄士隐梦幻识通灵')
    expect(rows(doc)).toEqual([
      ['heading', '第一回 甄士隐梦幻识通灵'],
      ['paragraph', '此开卷第一回也。作者自云：因曾历过一番梦幻之后，故将真事隐去。'],
      ['paragraph', '列位看官：你道此书从何而来？'],
    ])
  })
})
