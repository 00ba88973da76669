import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { documentPane } from '../support/reader-page'
import { importAndOpen, useMarginWithFolder } from '../support/ruby-page'
import { quotedPrintable } from '../support/quoted-printable'
import { SCREENSHOTS } from '../support/screenshots'

const LONG = { timeout: 20_000 }

const PICTURE = `<svg xmlns="http://www.w3.org/2000/svg" width="480" height="240" viewBox="0 0 480 240"><rect width="480" height="240" fill="#cfe3ef"/><ellipse cx="240" cy="200" rx="220" ry="40" fill="#4f7f5f"/><circle cx="180" cy="150" r="34" fill="#e58fa6"/><circle cx="300" cy="140" r="28" fill="#f2b3c2"/><rect x="176" y="150" width="6" height="60" fill="#3d6b4a"/><rect x="297" y="140" width="6" height="70" fill="#3d6b4a"/></svg>`

const PAGE = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>泉城夏日荷花盛开 | 示例晚报</title></head><body>
<header class="site-header"><a class="logo" href="/">示例晚报</a><nav><a href="/jinan">济南</a><a href="/sports">体育</a></nav></header>
<main><article><h1>泉城夏日荷花盛开</h1><p class="byline">记者 王明</p>
<p>六月下旬，大明湖的荷花进入盛花期，不少市民趁着周末前来赏荷拍照。景区工作人员介绍，今年新增了多处观景平台，方便游客近距离欣赏。</p>
<figure><img src="images/lotus.svg" alt="大明湖荷花"><figcaption>大明湖的荷花进入盛花期。</figcaption></figure>
<p>据悉，赏荷季将持续到八月中旬，其间还将举办荷花摄影展和夜游活动。</p></article></main>
<footer><p>版权所有 © 示例晚报</p></footer></body></html>`

function chromeArchive(): Uint8Array {
  const boundary = '----MultipartBoundary--e2e----'
  const parts = [
    [
      'Content-Type: text/html',
      'Content-Transfer-Encoding: quoted-printable',
      'Content-Location: https://paper.example.cn/2022/0624/lotus.html',
      '',
      quotedPrintable(new TextEncoder().encode(PAGE)),
    ],
    [
      'Content-Type: image/svg+xml',
      'Content-Transfer-Encoding: base64',
      'Content-Location: https://paper.example.cn/2022/0624/images/lotus.svg',
      '',
      Buffer.from(PICTURE).toString('base64'),
    ],
  ]
  const text = [
    'From: <Saved by Blink>',
    'MIME-Version: 1.0',
    'Content-Type: multipart/related;',
    '\ttype="text/html";',
    `\tboundary="${boundary}"`,
    '',
    ...parts.map((p) => `--${boundary}\r\n${p.join('\r\n')}`),
    `--${boundary}--`,
    '',
  ].join('\r\n')
  return new Uint8Array(Buffer.from(text, 'latin1'))
}

describe('saved web archives', () => {
  const made = useMarginWithFolder('margin-web-archives-')

  it('import from the library and read as the article, with its picture', async () => {
    const { page } = made.session
    await importAndOpen(made, 'lotus.mhtml', chromeArchive(), /泉城夏日荷花盛开/, '六月下旬')
    const pane = documentPane(page)
    await pane.getByRole('heading', { name: '泉城夏日荷花盛开' }).waitFor(LONG)
    const picture = pane.getByRole('img', { name: '大明湖荷花' })
    await picture.waitFor(LONG)
    await expect
      .poll(() => picture.evaluate((img) => (img as HTMLImageElement).naturalWidth), LONG)
      .toBe(480)
    expect(await pane.textContent()).not.toMatch(/体育|版权所有/)
    if (SCREENSHOTS) {
      await page.mouse.move(1, 1)
      await page.screenshot({ path: join(SCREENSHOTS, 'web-archive.png') })
    }
  })
})
