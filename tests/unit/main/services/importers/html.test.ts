import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { importDocument } from '../../../../../src/main/services/importers/import-document'
import { PNG_1X1 } from './epub-fixtures'
import { encodeLegacy } from './txt-legacy-encoder'

const HTML = join(import.meta.dirname, '../../../../../../shared/corpus/html')
const page = (body: string, head = '') =>
  new TextEncoder().encode(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`)

describe('HTML import of real pages', () => {
  it('reads the Gutenberg Pride and Prejudice: title, author, 61 chapters, quiet placeholders for its missing images', async () => {
    const doc = await importDocument(
      await readFile(join(HTML, 'pride_and_prejudice_pg1342-h.htm')),
      'pp.htm',
    )
    expect(doc.format).toBe('html')
    expect(doc.encoding).toBe('utf-8')
    expect(doc.title).toBe('Pride and prejudice')
    expect(doc.author).toBe('Jane Austen')
    expect(doc.language).toBe('en')
    // Two headings are misspelt in the source ("CHAPTER XIII", "CHAPTERXXVII."): they count too.
    const chapters = doc.outline.filter((e) => /^chapter ?[ivxlc]+\.?$/i.test(e.title))
    expect(chapters).toHaveLength(61)
    expect(chapters[0]!.title).toBe('Chapter I.')
    // Page numbers in the margin ({ix}) are not text of the book; the drop cap joins its word.
    expect(doc.blocks.some((b) => /\{[ivx\d]+\}/.test(b.text))).toBe(false)
    expect(
      doc.blocks.some((b) => b.text.startsWith('IT is a truth universally acknowledged')),
    ).toBe(true)
    // None of the 164 image files is there: images with alt text become placeholders, none claims a file.
    expect(
      doc.blocks
        .filter((b) => b.type === 'image')
        .every((b) => b.src === undefined && b.text !== ''),
    ).toBe(true)
    expect(doc.assets).toEqual([])
  })

  it('reads the Debian Reference chapter: Chinese, tables, code and nested headings', async () => {
    const doc = await importDocument(
      await readFile(join(HTML, 'debian-reference.ch01.zh-cn.html')),
      'ch01.html',
    )
    expect(doc.title).toBe('第 1 章 GNU/Linux 教程')
    expect(doc.language).toBe('zh')
    expect(doc.outline[0]!.level).toBe(1)
    expect(doc.outline[0]!.title.replace(/\s/g, ' ')).toBe('第 1 章 GNU/Linux 教程')
    expect(
      doc.outline.find((e) => e.title.replace(/\s/g, ' ') === '1.1.1. shell 提示符')?.level,
    ).toBe(3)
    const tables = doc.blocks.filter((b) => b.type === 'table')
    expect(tables.length).toBeGreaterThan(20)
    expect(tables.every((t) => t.rows!.length > 0 && t.rows!.every((r) => r.length > 1))).toBe(true)
    expect(doc.blocks.filter((b) => b.type === 'code').length).toBeGreaterThan(40)
    // The navigation bars around the chapter are not part of it.
    expect(doc.blocks.some((b) => b.text === '上一页' || b.text.includes('下一页\t'))).toBe(false)
  })
})

describe('HTML import sanitizes', () => {
  it('drops scripts, event handlers, javascript: links, frames, objects and remote images', async () => {
    const hostile = page(
      `<h1 onclick="alert(1)">Title</h1>
       <script>document.title = 'pwned'</script>
       <p onmouseover="steal()">Hello <a href="javascript:alert(1)">click</a> <a href="https://example.org/x" onclick="x()">site</a>
       <img src="x" onerror="alert(2)" alt=""> <b style="background:url(javascript:alert(3))">bold</b></p>
       <iframe src="https://evil.example/"></iframe><object data="evil.swf">fallback</object><embed src="e.swf">
       <img src="https://tracker.example/pixel.png" alt="A remote photo">
       <svg><script>alert(4)</script><foreignObject><p>svg text</p></foreignObject></svg>
       <style>body{background:url(https://evil.example/bg)}</style>
       <a href="JaVaScRiPt:alert(5)">spaced</a><form action="https://evil.example"><input value="x"></form>`,
      '<script src="https://evil.example/a.js"></script><meta http-equiv="refresh" content="0;url=https://evil.example">',
    )
    const doc = await importDocument(hostile, 'hostile.html')
    const everything = JSON.stringify(doc.blocks)
    expect(everything).not.toMatch(
      /<script|on[a-z]+=|javascript:|<iframe|<object|<embed|<style|evil\.example|tracker/i,
    )
    expect(everything).not.toContain('pwned')
    expect(doc.blocks.find((b) => b.text.startsWith('Hello'))?.html).toBe(
      'Hello click <a href="https://example.org/x">site</a> <strong>bold</strong>',
    )
    const remote = doc.blocks.find((b) => b.type === 'image')
    expect(remote).toMatchObject({ text: 'A remote photo' })
    expect(remote).not.toHaveProperty('src')
    expect(doc.assets).toEqual([])
  })

  it('imports images beside the page through readSibling, and never reads outside its folder', async () => {
    const asked: string[] = []
    const readSibling = async (path: string) => {
      asked.push(path)
      return path === 'images/dot.png' ? PNG_1X1 : null
    }
    const doc = await importDocument(
      page(
        '<p>Text</p><img src="images/dot.png" alt="Dot"><img src="../../etc/passwd" alt="Escape"><img src="images/none.png" alt="Missing">',
      ),
      'page.html',
      { readSibling },
    )
    expect(asked).toEqual(['images/dot.png', 'images/none.png'])
    const images = doc.blocks.filter((b) => b.type === 'image')
    expect(images.map((b) => [b.text, b.src])).toEqual([
      ['Dot', 'dot.png'],
      ['Escape', undefined],
      ['Missing', undefined],
    ])
    expect(doc.assets).toEqual([{ name: 'dot.png', type: 'image/png', bytes: PNG_1X1 }])
  })

  it('decodes a GBK page by its meta charset', async () => {
    const gbk = Uint8Array.from([
      ...new TextEncoder().encode(
        '<html><head><meta charset="gbk"><title>T</title></head><body><p>',
      ),
      0xd6,
      0xd0,
      0xce,
      0xc4, // 中文
      ...new TextEncoder().encode('</p></body></html>'),
    ])
    const doc = await importDocument(gbk, 'gbk.html')
    expect(doc.encoding).toBe('gbk')
    expect(doc.blocks[0]!.text).toBe('中文')
  })

  it('joins a source line break between Chinese characters without a space, and keeps lists and quotes', async () => {
    const doc = await importDocument(
      page(
        '<p>第一行\n第二行 and English\nwords</p><ol start="3"><li>three<ul><li>inner</li></ul></li></ol><blockquote><p>quoted</p></blockquote>',
      ),
      'zh.html',
    )
    expect(doc.blocks.map((b) => [b.type, b.text, b.level])).toEqual([
      ['paragraph', '第一行第二行 and English words', undefined],
      ['list-item', '3. three', 1],
      ['list-item', 'inner', 2],
      ['quote', 'quoted', undefined],
    ])
  })
})

describe('HTML import of pages whose encoding or markup is not what they say', () => {
  const POEM =
    '<h1>第一章 春天</h1><p>春眠不觉晓，处处闻啼鸟。夜来风雨声，花落知多少。</p><h2>第一节</h2><p>床前明月光，疑是地上霜。举头望明月，低头思故乡。</p>'
  const chinesePage = (meta: string) =>
    `<!DOCTYPE html><html><head>${meta}<title>诗集</title></head><body>${POEM}</body></html>`
  const expectPoem = (doc: Awaited<ReturnType<typeof importDocument>>) => {
    expect(doc.title).toBe('诗集')
    expect(doc.blocks.map((b) => b.text)).toEqual([
      '第一章 春天',
      '春眠不觉晓，处处闻啼鸟。夜来风雨声，花落知多少。',
      '第一节',
      '床前明月光，疑是地上霜。举头望明月，低头思故乡。',
    ])
    expect(doc.language).toMatch(/^zh/)
  }

  it.each([
    ['GBK bytes declared UTF-8', '<meta charset="utf-8">', 'gbk'],
    ['GBK bytes declared ISO-8859-1 by an old editor', '<meta charset="iso-8859-1">', 'gbk'],
    [
      'GBK bytes declared by http-equiv',
      '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">',
      'gbk',
    ],
    ['UTF-8 bytes still declaring gb2312', '<meta charset="gb2312">', 'utf-8'],
    ['UTF-8 bytes declaring nothing', '', 'utf-8'],
  ])('%s', async (_name, meta, bytesIn) => {
    const html = chinesePage(meta)
    const bytes = bytesIn === 'gbk' ? encodeLegacy(html, 'gbk') : new TextEncoder().encode(html)
    const doc = await importDocument(bytes, 'poem.html')
    if (bytesIn === 'gbk') expect(['gbk', 'gb18030']).toContain(doc.encoding)
    else expect(doc.encoding).toBe('utf-8')
    expectPoem(doc)
  })

  it('a Big5 page with Hong Kong characters', async () => {
    const html =
      '<html><head><meta charset="big5"><title>香港</title></head><body><p>佢喺度食緊嘢，㗎啦。</p></body></html>'
    const doc = await importDocument(new Uint8Array(iconv.encode(html, 'big5hkscs')), 'hk.htm')
    expect(doc.encoding).toBe('big5')
    expect(doc.blocks[0]!.text).toBe('佢喺度食緊嘢，㗎啦。')
  })

  it('XHTML with an XML declaration, a DOCTYPE, named and numeric entities and self-closed tags', async () => {
    const xhtml = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.1//EN" "http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="fr"><head><title>Caf&eacute; &amp; Cr&egrave;me</title></head>
<body><h1>Le caf&#233; &#x2014; d&eacute;but</h1><a id="top"/><p>L&rsquo;&eacute;t&eacute;&hellip; c&rsquo;est la vie &lt;ok&gt; &copy; 2020.</p><br/><p>Et le caf&eacute; de la place, et les gens du quartier.</p></body></html>`
    const doc = await importDocument(new TextEncoder().encode(xhtml), 'cafe.xhtml')
    expect(doc.title).toBe('Café & Crème')
    expect(doc.blocks.map((b) => b.text)).toEqual([
      'Le café — début',
      'L’été… c’est la vie <ok> © 2020.',
      'Et le café de la place, et les gens du quartier.',
    ])
    expect(doc.language).toBe('fr')
  })
})
