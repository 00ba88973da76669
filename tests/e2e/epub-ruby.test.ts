import { join } from 'node:path'
import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { documentPane } from '../support/reader-page'
import {
  dragAcross,
  highlightAndReadQuote,
  importAndOpen,
  rubyBoxes,
  useMarginWithFolder,
} from '../support/ruby-page'
import { SCREENSHOTS } from '../support/screenshots'

const LONG = { timeout: 20_000 }

const xhtml = (title: string, body: string) =>
  `<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="ja"><head><title>${title}</title></head><body>${body}</body></html>`

/** A Japanese EPUB 3 as publishers write ruby: rb, rp parentheses, readings in the headings and the table of contents. */
function rubyEpub(): Uint8Array {
  const ruby = (base: string, reading: string) =>
    `<ruby><rb>${base}</rb><rp>（</rp><rt>${reading}</rt><rp>）</rp></ruby>`
  const chapter = xhtml(
    '一',
    `<h1>第一章 ${ruby('吾輩', 'わがはい')}の${ruby('誕生', 'たんじょう')}</h1>` +
      `<p>${ruby('吾輩', 'わがはい')}は猫である。名前はまだ無い。</p>` +
      `<p>どこで生れたかとんと${ruby('見当', 'けんとう')}がつかぬ。何でも薄暗いじめじめした所でニャーニャー泣いていた事だけは記憶している。` +
      `${ruby('吾輩', 'わがはい')}はここで始めて人間というものを見た。しかもあとで聞くとそれは書生という人間中で一番${ruby('獰悪', 'どうあく')}な種族であったそうだ。</p>` +
      `<p>この書生というのは時々我々を<ruby>捕<rt>つかま</rt></ruby>えて<ruby>煮<rt>に</rt></ruby>て食うという話である。</p>`,
  )
  const nav = xhtml(
    '目次',
    `<nav epub:type="toc"><ol><li><a href="one.xhtml">第一章 ${ruby('吾輩', 'わがはい')}の${ruby('誕生', 'たんじょう')}</a></li></ol></nav>`,
  )
  const opf = `<?xml version="1.0" encoding="utf-8"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:identifier id="id">neko</dc:identifier><dc:title>吾輩は猫である</dc:title><dc:creator>夏目漱石</dc:creator><dc:language>ja</dc:language></metadata><manifest><item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/><item id="one" href="one.xhtml" media-type="application/xhtml+xml"/></manifest><spine><itemref idref="one"/></spine></package>`
  return zipSync({
    mimetype: strToU8('application/epub+zip'),
    'META-INF/container.xml': strToU8(
      '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>',
    ),
    'OEBPS/content.opf': strToU8(opf),
    'OEBPS/nav.xhtml': strToU8(nav),
    'OEBPS/one.xhtml': strToU8(chapter),
  })
}

describe('a Japanese EPUB with ruby in the reader', () => {
  const made = useMarginWithFolder('margin-epub-ruby-')

  it('shows readings above their bases; a drag across one, its highlight, its copy and search read the base only', async () => {
    const { page } = made.session
    await importAndOpen(made, 'wagahai.epub', rubyEpub(), /吾輩は猫である/, '名前はまだ無い')
    const pane = documentPane(page)

    // The heading and its outline entry are the base; the reading stands above it.
    const heading = pane.getByRole('heading', { name: /^第一章/ })
    await heading.waitFor(LONG)
    await expect(heading.locator('rt').allTextContents()).resolves.toEqual([
      'わがはい',
      'たんじょう',
    ])
    const outline = page.getByRole('navigation', { name: 'Outline' })
    await expect
      .poll(
        async () => (await outline.getByRole('treeitem').allTextContents()).map((t) => t.trim()),
        LONG,
      )
      .toEqual(['第一章 吾輩の誕生'])
    const boxes = await rubyBoxes(pane.locator('ruby', { hasText: '獰悪' }))
    expect((boxes.rt.top + boxes.rt.bottom) / 2).toBeLessThan(boxes.base.top)
    // No fallback parentheses are shown.
    await expect(pane.locator('rp').count()).resolves.toBe(0)
    await expect(pane.textContent()).resolves.not.toMatch(/[（）]/)

    // A mouse drag from 番 to 種 runs over the ruby of 獰悪.
    await dragAcross(page, '一番', 'な種族')
    await expect(page.evaluate(() => document.getSelection()!.toString())).resolves.toBe(
      '番獰悪な種',
    )
    const toolbar = page.getByRole('toolbar', { name: 'Selected text' })
    await toolbar.waitFor(LONG)

    // Copy with citation quotes the base text (the clipboard write is caught, not the system clipboard).
    await page.evaluate(() => {
      const copies: string[] = []
      ;(window as unknown as { copies: string[] }).copies = copies
      navigator.clipboard.writeText = async (text: string) => void copies.push(text)
    })
    await toolbar.getByRole('button', { name: 'Copy with citation' }).click()
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { copies: string[] }).copies), LONG)
      .toEqual([expect.stringContaining('番獰悪な種')])
    const copied = await page.evaluate(() => (window as unknown as { copies: string[] }).copies[0]!)
    expect(copied).not.toMatch(/どうあく|[（）]/)

    // The same drag again, for a highlight.
    await dragAcross(page, '一番', 'な種族')
    await expect(highlightAndReadQuote(page)).resolves.toBe('番獰悪な種')
    if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, 'epub-ruby.png') })

    // Search finds the base word twice and never a reading.
    await pane.focus()
    await page.keyboard.press('Control+f')
    const box = page.getByRole('searchbox', { name: 'Find in document' })
    const status = page.getByRole('region', { name: 'Search in document' }).getByRole('status')
    await box.fill('吾輩は')
    await expect.poll(() => status.textContent(), LONG).toBe('1 of 2 matches')
    await box.fill('わがはい')
    await expect.poll(() => status.textContent(), LONG).toBe('No matches')
  })
})
