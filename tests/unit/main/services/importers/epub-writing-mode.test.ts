import { describe, expect, it } from 'vitest'
import { parseEpub } from '../../../../../src/main/services/importers/epub'
import { parseHtml } from '../../../../../src/main/services/importers/parse-html'
import {
  pageWritingMode,
  readWritingModeRules,
} from '../../../../../src/main/services/importers/page-writing-mode'
import { buildEpub, type TestBook } from './epub-fixtures'

const NOVEL_JA =
  '<p>吾輩は猫である。名前はまだ無い。どこで生れたかとんと見当がつかぬ。何でも薄暗いじめじめした所でニャーニャー泣いていた事だけは記憶している。</p>'.repeat(
    6,
  )
const NOVEL_ZH =
  '<p>話說天下大勢，分久必合，合久必分。周末七國分爭，並入於秦。及秦滅之後，楚、漢分爭，又並入於漢。</p>'.repeat(
    6,
  )

/** A full XHTML page with its own head (stylesheet links, inline styles) and html/body attributes. */
const page = (options: { head?: string; html?: string; body?: string; text: string }) =>
  `<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml" ${options.html ?? ''}><head><title>t</title>${options.head ?? ''}</head><body ${options.body ?? ''}>${options.text}</body></html>`

/** A book whose chapter files are whole pages as given (the fixture's own wrapper is replaced). */
function book(pages: { href: string; xhtml: string }[], extra: Partial<TestBook> = {}): Uint8Array {
  return buildEpub({
    title: '縦書きの本',
    language: 'ja',
    chapters: pages.map((p, i) => ({ id: `p${i}`, href: p.href, body: '' })),
    ...extra,
    files: {
      ...Object.fromEntries(pages.map((p) => [`OEBPS/${p.href}`, p.xhtml])),
      ...extra.files,
    },
  })
}

describe('EPUB writing direction', () => {
  it('reads a Japanese book set vertically by a class on html in a linked stylesheet, its horizontal cover page outweighed', () => {
    const css = `@charset "utf-8";
      /* 電書協 style */
      .hltr { writing-mode: horizontal-tb; -epub-writing-mode: horizontal-tb; }
      .vrtl {
        -webkit-writing-mode: vertical-rl;
        -epub-writing-mode: vertical-rl;
        writing-mode: vertical-rl;
      }`
    const link = '<link rel="stylesheet" type="text/css" href="../Styles/book-style.css"/>'
    const doc = parseEpub(
      book(
        [
          {
            href: 'Text/cover.xhtml',
            xhtml: page({ head: link, html: 'class="hltr"', text: '<p>表紙</p>' }),
          },
          {
            href: 'Text/p1.xhtml',
            xhtml: page({ head: link, html: 'class="vrtl"', text: NOVEL_JA }),
          },
          {
            href: 'Text/p2.xhtml',
            xhtml: page({ head: link, html: 'class="vrtl"', text: NOVEL_JA }),
          },
        ],
        // No page-progression-direction: the styles alone say it.
        { files: { 'OEBPS/Styles/book-style.css': css } },
      ),
      'neko.epub',
    )
    expect(doc.writingMode).toBe('vertical')
  })

  it('reads a Taiwanese book set vertically on body in an embedded style, with only the -webkit- form', () => {
    const doc = parseEpub(
      book(
        [
          {
            href: 'ch1.xhtml',
            xhtml: page({
              html: 'xml:lang="zh-TW"',
              head: '<style type="text/css">body { margin: 0; -webkit-writing-mode: vertical-rl }</style>',
              text: NOVEL_ZH,
            }),
          },
        ],
        { language: 'zh-TW' },
      ),
      'sanguo.epub',
    )
    expect(doc.writingMode).toBe('vertical')
  })

  it('follows @import and rules inside @media, and a style attribute on body', () => {
    const imported = book(
      [
        {
          href: 'a.xhtml',
          xhtml: page({
            head: '<link rel="stylesheet" href="main.css"/>',
            body: 'class="tate main"',
            text: NOVEL_JA,
          }),
        },
      ],
      {
        files: {
          'OEBPS/main.css': '@import url("vertical.css");\np { text-indent: 1em }',
          'OEBPS/vertical.css': '@media amzn-kf8 { body.tate { writing-mode: vertical-rl } }',
        },
      },
    )
    expect(parseEpub(imported, 'imported.epub').writingMode).toBe('vertical')
    const attribute = book([
      { href: 'a.xhtml', xhtml: page({ body: 'style="writing-mode: tb-rl"', text: NOVEL_JA }) },
    ])
    expect(parseEpub(attribute, 'attribute.epub').writingMode).toBe('vertical')
  })

  it("reads the publishers' vrtl class on html even where the book lost the stylesheet defining it", () => {
    const lost = book([{ href: 'a.xhtml', xhtml: page({ html: 'class="vrtl"', text: NOVEL_JA }) }])
    expect(parseEpub(lost, 'lost.epub').writingMode).toBe('vertical')
    const horizontal = book(
      [{ href: 'a.xhtml', xhtml: page({ html: 'class="hltr"', text: NOVEL_JA }) }],
      { spineAttributes: 'page-progression-direction="rtl"' },
    )
    expect(
      parseEpub(horizontal, 'yoko.epub').writingMode,
      'a horizontal class outweighs a right-to-left spine',
    ).toBeUndefined()
  })

  it('takes a right-to-left spine in a CJK book as vertical where the styles say nothing, but not in a Hebrew one', () => {
    const rtl = { spineAttributes: 'page-progression-direction="rtl"' }
    expect(
      parseEpub(book([{ href: 'a.xhtml', xhtml: page({ text: NOVEL_JA }) }], rtl), 'a.epub')
        .writingMode,
    ).toBe('vertical')
    const hebrew =
      '<p>בראשית ברא אלהים את השמים ואת הארץ. והארץ היתה תהו ובהו וחשך על פני תהום.</p>'.repeat(4)
    const doc = parseEpub(
      book([{ href: 'a.xhtml', xhtml: page({ text: hebrew }) }], { ...rtl, language: 'he' }),
      'hebrew.epub',
    )
    expect(doc.writingMode).toBeUndefined()
  })

  it("takes Kindle's primary-writing-mode meta", () => {
    const doc = parseEpub(
      book([{ href: 'a.xhtml', xhtml: page({ text: NOVEL_JA }) }], {
        metadataExtra: '<meta name="primary-writing-mode" content="vertical-rl"/>',
      }),
      'kindle.epub',
    )
    expect(doc.writingMode).toBe('vertical')
  })

  it('stays horizontal when only headings or boxes are vertical, when body overrides html, or when nothing says so', () => {
    const boxes = book([
      {
        href: 'a.xhtml',
        xhtml: page({
          head: '<style>h1.tate, div.sidebar, .vrtl p { writing-mode: vertical-rl } body::before { writing-mode: vertical-rl }</style>',
          text: `<h1 class="tate">第一章</h1><div class="sidebar">注</div>${NOVEL_JA}`,
        }),
      },
    ])
    expect(parseEpub(boxes, 'boxes.epub').writingMode).toBeUndefined()
    const overridden = book([
      {
        href: 'a.xhtml',
        xhtml: page({
          head: '<style>html { writing-mode: vertical-rl } body.yoko { writing-mode: horizontal-tb }</style>',
          body: 'class="yoko"',
          text: NOVEL_JA,
        }),
      },
    ])
    expect(parseEpub(overridden, 'overridden.epub').writingMode).toBeUndefined()
    const plain = parseEpub(
      book([{ href: 'a.xhtml', xhtml: page({ text: NOVEL_JA }) }]),
      'plain.epub',
    )
    expect(plain.writingMode).toBeUndefined()
    expect('writingMode' in plain).toBe(false)
  })

  it('weighs pages by their text: a vertical title page does not turn a horizontal book', () => {
    const doc = parseEpub(
      book([
        {
          href: 'title.xhtml',
          xhtml: page({ body: 'style="writing-mode: vertical-rl"', text: '<p>吾輩は猫である</p>' }),
        },
        { href: 'a.xhtml', xhtml: page({ text: NOVEL_JA }) },
      ]),
      'mixed.epub',
    )
    expect(doc.writingMode).toBeUndefined()
  })
})

describe('pageWritingMode', () => {
  const modeOf = (html: string, css: string) =>
    pageWritingMode(parseHtml(html), [readWritingModeRules(css)])

  it('lets the more specific rule win, then the later one', () => {
    const html = '<html class="a"><body id="main" class="b"><p>x</p></body></html>'
    expect(
      modeOf(html, '#main { writing-mode: vertical-rl } body.b { writing-mode: horizontal-tb }'),
    ).toBe('vertical')
    expect(
      modeOf(html, 'body { writing-mode: horizontal-tb } body { writing-mode: vertical-rl }'),
    ).toBe('vertical')
    expect(modeOf(html, ':root { writing-mode: vertical-rl }')).toBe('vertical')
    expect(modeOf(html, '.c { writing-mode: vertical-rl }')).toBeNull()
    expect(modeOf(html, '* { writing-mode: vertical-rl }')).toBe('vertical')
    // A stylesheet opening with @charset (as most do) and @import statements.
    expect(
      modeOf(html, '@charset "utf-8";\n@import url("x.css");\n.a { writing-mode: vertical-rl; }'),
    ).toBe('vertical')
  })
})
