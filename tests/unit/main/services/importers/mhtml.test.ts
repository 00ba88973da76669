import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import type { ParsedDocument } from '../../../../../src/shared/document-model'
import { importDocument } from '../../../../../src/main/services/importers/import-document'
import { decodeQuotedPrintable } from '../../../../../src/main/services/importers/mhtml-parts'
import { quotedPrintable } from '../../../../support/quoted-printable'
import { PNG_1X1 } from './epub-fixtures'

/**
 * Saved web archives as browsers and Word write them: Chrome/Edge "Webpage, single file"
 * (quoted-printable UTF-8, pictures by Content-Location), Internet Explorer (a GBK page named by
 * its Content-Type), Word (pictures beside a file: location, or by cid:).
 */
const texts = (doc: ParsedDocument) => doc.blocks.map((b) => b.text)

const base64Lines = (bytes: Uint8Array) =>
  Buffer.from(bytes)
    .toString('base64')
    .replace(/.{1,76}/g, '$&\r\n')

interface Part {
  headers: string[]
  body: string
}

function mhtml(top: string[], parts: Part[], boundary: string, preamble = ''): Uint8Array {
  const text =
    top.join('\r\n') +
    '\r\n\r\n' +
    preamble +
    parts.map((p) => `--${boundary}\r\n${p.headers.join('\r\n')}\r\n\r\n${p.body}\r\n`).join('') +
    `--${boundary}--\r\n`
  return new Uint8Array(Buffer.from(text, 'latin1'))
}

const NEWS_PAGE = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>中国航天员完成出舱活动 | 示例新闻网</title>
<link rel="stylesheet" href="https://news.example.com/static/site.css"></head><body>
<header class="site-header"><a class="logo" href="/">示例新闻网</a><nav><a href="/china">国内</a><a href="/world">国际</a></nav></header>
<main><article><h1>中国航天员完成出舱活动</h1>
<p>新华社北京6月24日电\u3000记者从中国载人航天工程办公室获悉，航天员乘组于今日圆满完成出舱活动全部既定任务。</p>
<figure><img src="../images/spacewalk.png" alt="航天员出舱"><figcaption>航天员在舱外工作。</figcaption></figure>
<p>这是空间站阶段的第十次出舱活动，航天员在机械臂的支持下完成了舱外设备安装。</p>
</article></main>
<footer><p>版权所有 © 示例新闻网</p></footer></body></html>`

function chromeArchive(page = NEWS_PAGE): Uint8Array {
  const boundary = '----MultipartBoundary--Qm9vdGVkIGJ5IEJsaW5r----'
  return mhtml(
    [
      'From: <Saved by Blink>',
      'Snapshot-Content-Location: https://news.example.com/2022/0624/article.html',
      'Subject: =?utf-8?Q?=E4=B8=AD=E5=9B=BD?=',
      'Date: Fri, 24 Jun 2022 10:00:00 +0800',
      'MIME-Version: 1.0',
      // Folded over lines, as Blink writes it.
      'Content-Type: multipart/related;',
      '\ttype="text/html";',
      `\tboundary="${boundary}"`,
    ],
    [
      {
        headers: [
          'Content-Type: text/html',
          'Content-ID: <frame-2C1F@mhtml.blink>',
          'Content-Transfer-Encoding: quoted-printable',
          'Content-Location: https://news.example.com/2022/0624/article.html',
        ],
        body: quotedPrintable(new TextEncoder().encode(page)),
      },
      {
        headers: [
          'Content-Type: text/css',
          'Content-Transfer-Encoding: quoted-printable',
          'Content-Location: https://news.example.com/static/site.css',
        ],
        body: quotedPrintable(new TextEncoder().encode('body { margin: 0 } .logo { color: red }')),
      },
      {
        headers: [
          'Content-Type: image/png',
          'Content-Transfer-Encoding: base64',
          'Content-Location: https://news.example.com/2022/images/spacewalk.png',
        ],
        body: base64Lines(PNG_1X1),
      },
    ],
    boundary,
  )
}

describe('saved web archives (MHTML)', () => {
  it('decodes quoted-printable: soft line breaks, escaped UTF-8 bytes, padding before a line break', () => {
    const decoded = decodeQuotedPrintable('=E4=B8=AD=\r\n=E6=96=87 a=3Db  \r\nnext=\nline')
    expect(new TextDecoder().decode(decoded)).toBe('中文 a=b\r\nnextline')
  })

  it('reads a page Chrome saved: title, article paragraphs and its picture, without the site chrome', async () => {
    const bytes = chromeArchive()
    // The escaped UTF-8 really is split over soft line breaks, as Chrome writes long lines.
    expect(Buffer.from(bytes).toString('latin1')).toMatch(/=E4=B8=AD/)
    expect(Buffer.from(bytes).toString('latin1')).toMatch(/=\r\n/)
    const doc = await importDocument(bytes, 'spacewalk.mhtml')
    expect(doc.format).toBe('html')
    expect(doc.title).toBe('中国航天员完成出舱活动')
    expect(doc.language).toBe('zh-CN')
    expect(texts(doc)).toContain(
      '新华社北京6月24日电　记者从中国载人航天工程办公室获悉，航天员乘组于今日圆满完成出舱活动全部既定任务。',
    )
    expect(texts(doc)).toContain(
      '这是空间站阶段的第十次出舱活动，航天员在机械臂的支持下完成了舱外设备安装。',
    )
    expect(texts(doc).join('\n')).not.toMatch(/国内|国际|版权所有/)
    const image = doc.blocks.find((b) => b.type === 'image')
    expect(image).toMatchObject({ text: '航天员出舱', width: 1, height: 1 })
    expect(doc.assets).toHaveLength(1)
    expect(doc.assets![0]).toMatchObject({ name: image!.src, type: 'image/png' })
    expect([...doc.assets![0]!.bytes]).toEqual([...PNG_1X1])
    expect(doc.writingMode).toBeUndefined()
  })

  it('reads a GBK page whose charset only its Content-Type names (Internet Explorer)', async () => {
    const boundary = '----=_NextPart_000_0000_01D88793.5A1B2C30'
    const page = `<html><head><title>齐鲁晚报·今日济南</title></head><body>
<h1>泉城夏日荷花盛开</h1><p>六月下旬，大明湖的荷花进入盛花期，不少市民趁着周末前来赏荷拍照。</p>
<p>景区工作人员介绍，今年新增了多处观景平台，方便游客近距离欣赏。</p></body></html>`
    const bytes = mhtml(
      [
        'From: <Saved by Windows Internet Explorer 8>',
        'Subject: =?gb2312?B?xuvCs83tsag=?=',
        'MIME-Version: 1.0',
        `Content-Type: multipart/related; type="text/html"; boundary="${boundary}"`,
        'X-MimeOLE: Produced By Microsoft MimeOLE V6.1.7601.17609',
      ],
      [
        {
          headers: [
            'Content-Type: text/html; charset="gb2312"',
            'Content-Transfer-Encoding: quoted-printable',
            'Content-Location: http://www.example.cn/jinan/lotus.htm',
          ],
          body: quotedPrintable(new Uint8Array(iconv.encode(page, 'gbk'))),
        },
      ],
      boundary,
      'This is a multi-part message in MIME format.\r\n\r\n',
    )
    const doc = await importDocument(bytes, 'lotus.mht')
    // Named by the archive, not guessed: the details show it as certain.
    expect(doc.encoding).toBe('gbk')
    expect(doc.encodingConfidence).toBe(1)
    expect(doc.title).toBe('齐鲁晚报·今日济南')
    expect(texts(doc)).toEqual([
      '泉城夏日荷花盛开',
      '六月下旬，大明湖的荷花进入盛花期，不少市民趁着周末前来赏荷拍照。',
      '景区工作人员介绍，今年新增了多处观景平台，方便游客近距离欣赏。',
    ])
  })

  it("finds Word's pictures by their file: location beside the page and by cid:", async () => {
    const boundary = '----=_NextPart_01D8879A.1234ABCD'
    const page = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><title>Field notes</title></head><body lang=EN-GB>
<p class=MsoNormal>The first picture was drawn on the shore.</p>
<p class=MsoNormal><img width=1 height=1 src="notes.files/image001.png" alt="Shore sketch"></p>
<p class=MsoNormal>The second was pasted from a message.</p>
<p class=MsoNormal><img src="cid:image002.png@01D8879A.1234ABCD" alt="Pasted sketch"></p></body></html>`
    const bytes = mhtml(
      ['MIME-Version: 1.0', `Content-Type: multipart/related; boundary="${boundary}"`],
      [
        {
          headers: [
            'Content-Location: file:///C:/Users/Ann/Documents/notes.htm',
            'Content-Transfer-Encoding: quoted-printable',
            'Content-Type: text/html; charset="utf-8"',
          ],
          body: quotedPrintable(new TextEncoder().encode(page)),
        },
        {
          headers: [
            'Content-Location: file:///C:/Users/Ann/Documents/notes.files/image001.png',
            'Content-Transfer-Encoding: base64',
            'Content-Type: image/png',
          ],
          body: base64Lines(PNG_1X1),
        },
        {
          headers: [
            'Content-ID: <image002.png@01D8879A.1234ABCD>',
            'Content-Transfer-Encoding: base64',
            'Content-Type: image/png',
          ],
          body: base64Lines(PNG_1X1),
        },
      ],
      boundary,
    )
    const doc = await importDocument(bytes, 'notes.mht')
    expect(doc.title).toBe('Field notes')
    const images = doc.blocks.filter((b) => b.type === 'image')
    expect(images.map((b) => b.text)).toEqual(['Shore sketch', 'Pasted sketch'])
    expect(images.every((b) => doc.assets!.some((a) => a.name === b.src))).toBe(true)
    expect(texts(doc)).toContain('The second was pasted from a message.')
  })

  it('opens a page typeset vertically by a stylesheet the archive carries', async () => {
    const vertical = NEWS_PAGE.replace('https://news.example.com/static/site.css', 'tate.css')
    const bytes = chromeArchive(vertical)
    const text = Buffer.from(bytes)
      .toString('latin1')
      .replace(
        'Content-Location: https://news.example.com/static/site.css',
        'Content-Location: https://news.example.com/2022/0624/tate.css',
      )
      .replace(/body \{ margin: 0 \}/, 'body { writing-mode: vertical-rl }')
    const doc = await importDocument(new Uint8Array(Buffer.from(text, 'latin1')), 'tate.mhtml')
    expect(doc.writingMode).toBe('vertical')
  })

  it('refuses a file that is not a web archive, or one with no page in it, by name and reason', async () => {
    const noise = new TextEncoder().encode(
      'Just some notes\nthat were saved with the wrong name.\n',
    )
    await expect(importDocument(noise, 'notes.mhtml')).rejects.toMatchObject({
      code: 'corrupt-file',
      message: expect.stringMatching(/^notes\.mhtml: .*not a saved web page archive/),
    })
    const imageOnly = mhtml(
      ['MIME-Version: 1.0', 'Content-Type: multipart/related; boundary="b"'],
      [
        {
          headers: ['Content-Type: image/png', 'Content-Transfer-Encoding: base64'],
          body: base64Lines(PNG_1X1),
        },
      ],
      'b',
    )
    await expect(importDocument(imageOnly, 'broken.mht')).rejects.toMatchObject({
      code: 'corrupt-file',
      message: expect.stringMatching(/^broken\.mht: .*no web page/),
    })
    const empty = mhtml(
      ['MIME-Version: 1.0', 'Content-Type: multipart/related; boundary="b"'],
      [],
      'b',
    )
    await expect(importDocument(empty, 'empty.mht')).rejects.toMatchObject({ code: 'corrupt-file' })
  })

  it('reads a plain HTML page saved under .mht, and a truncated archive as far as it goes', async () => {
    const plain = new TextEncoder().encode(
      '<!DOCTYPE html><html><head><title>Plain</title></head><body><p>Saved as .mht but plain HTML.</p></body></html>',
    )
    expect(texts(await importDocument(plain, 'plain.mht'))).toEqual([
      'Saved as .mht but plain HTML.',
    ])
    const whole = Buffer.from(chromeArchive()).toString('latin1')
    const cut = whole.slice(0, whole.indexOf('Content-Type: text/css'))
    const doc = await importDocument(new Uint8Array(Buffer.from(cut, 'latin1')), 'cut.mhtml')
    expect(doc.title).toBe('中国航天员完成出舱活动')
    expect(doc.assets).toEqual([])
  })
})
