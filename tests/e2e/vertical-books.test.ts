import { join } from 'node:path'
import { strToU8, zipSync } from 'fflate'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { documentPane, openDocument } from '../support/reader-page'
import { importAndOpen, useMarginWithFolder } from '../support/ruby-page'
import { SCREENSHOTS } from '../support/screenshots'

const LONG = { timeout: 20_000 }

const WAGAHAI = [
  '<h1 class="midashi">一</h1>',
  '<p><ruby>吾輩<rt>わがはい</rt></ruby>は猫である。名前はまだ無い。</p>',
  '<p>どこで生れたかとんと<ruby>見当<rt>けんとう</rt></ruby>がつかぬ。何でも薄暗いじめじめした所でニャーニャー泣いていた事だけは記憶している。吾輩はここで始めて人間というものを見た。しかもあとで聞くとそれは書生という人間中で一番<ruby>獰悪<rt>どうあく</rt></ruby>な種族であったそうだ。</p>',
  '<p>この書生というのは時々我々を<ruby>捕<rt>つかま</rt></ruby>えて<ruby>煮<rt>に</rt></ruby>て食うという話である。しかしその当時は何という考もなかったから別段恐しいとも思わなかった。ただ彼の<ruby>掌<rt>てのひら</rt></ruby>に載せられてスーと持ち上げられた時何だかフワフワした感じがあったばかりである。</p>',
  '<p>掌の上で少し落ちついて書生の顔を見たのがいわゆる人間というものの<ruby>見始<rt>みはじめ</rt></ruby>であろう。この時妙なものだと思った感じが今でも残っている。第一毛をもって装飾されべきはずの顔がつるつるしてまるで<ruby>薬缶<rt>やかん</rt></ruby>だ。その後猫にもだいぶ逢ったがこんな<ruby>片輪<rt>かたわ</rt></ruby>には一度も出会わした事がない。</p>',
  '<p>明治38年1月、雑誌「ホトトギス」に発表された。</p>',
].join('')

const SANGUO = [
  '<h1>第一回　宴桃園豪傑三結義　斬黃巾英雄首立功</h1>',
  '<p>話說天下大勢，分久必合，合久必分。周末七國分爭，並入於秦。及秦滅之後，楚、漢分爭，又並入於漢。漢朝自高祖斬白蛇而起義，一統天下。後來光武中興，傳至獻帝，遂分為三國。</p>',
  '<p>推其致亂之由，殆始於桓、靈二帝。桓帝禁錮善類，崇信宦官。及桓帝崩，靈帝即位，大將軍竇武、太傅陳蕃，共相輔佐。時有宦官曹節等弄權，竇武、陳蕃謀誅之，機事不密，反為所害，中涓自此愈橫。</p>',
].join('')

const page = (htmlAttributes: string, head: string, body: string) =>
  `<?xml version="1.0" encoding="utf-8"?><!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml" ${htmlAttributes}><head><meta charset="utf-8"/><title>本文</title>${head}</head><body>${body}</body></html>`

/** An EPUB 3 as Japanese publishers make them (電書協 layout): a vrtl class on html in a linked stylesheet, a right-to-left spine. */
function book(options: {
  title: string
  language: string
  vertical: boolean
  body: string
}): Uint8Array {
  const link = '<link rel="stylesheet" type="text/css" href="../style/book-style.css"/>'
  const css =
    '.hltr { writing-mode: horizontal-tb; -epub-writing-mode: horizontal-tb; }\n' +
    '.vrtl { -webkit-writing-mode: vertical-rl; -epub-writing-mode: vertical-rl; writing-mode: vertical-rl; }\n' +
    'h1.midashi { font-size: 1.4em }'
  const lang = `xml:lang="${options.language}" class="${options.vertical ? 'vrtl' : 'hltr'}"`
  const nav = page(
    `xmlns:epub="http://www.idpf.org/2007/ops" ${lang}`,
    link,
    '<nav epub:type="toc"><ol><li><a href="p-001.xhtml">本文</a></li></ol></nav>',
  )
  const opf = `<?xml version="1.0" encoding="utf-8"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:identifier id="id">${options.title}</dc:identifier><dc:title>${options.title}</dc:title><dc:language>${options.language}</dc:language></metadata><manifest><item id="nav" href="xhtml/nav.xhtml" media-type="application/xhtml+xml" properties="nav"/><item id="style" href="style/book-style.css" media-type="text/css"/><item id="p-001" href="xhtml/p-001.xhtml" media-type="application/xhtml+xml"/></manifest><spine${options.vertical ? ' page-progression-direction="rtl"' : ''}><itemref idref="p-001"/></spine></package>`
  return zipSync({
    mimetype: strToU8('application/epub+zip'),
    'META-INF/container.xml': strToU8(
      '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="item/standard.opf" media-type="application/oebps-package+xml"/></rootfiles></container>',
    ),
    'item/standard.opf': strToU8(opf),
    'item/style/book-style.css': strToU8(css),
    'item/xhtml/nav.xhtml': strToU8(nav),
    'item/xhtml/p-001.xhtml': strToU8(page(lang, link, `<div class="main">${options.body}</div>`)),
  })
}

const writingModeOf = (page: Page) =>
  documentPane(page).evaluate((element) => getComputedStyle(element).writingMode)

async function backToLibrary(page: Page) {
  await page.getByRole('button', { name: '← Library' }).click()
  await page
    .getByRole('button', { name: /吾輩は猫である/ })
    .first()
    .waitFor(LONG)
}

async function chooseInSettings(page: Page, mode: RegExp) {
  await page.keyboard.press('s')
  const dialog = page.getByRole('dialog', { name: 'Reading settings' })
  await dialog.getByRole('radio', { name: mode }).check()
  await page.keyboard.press('Escape')
  await dialog.waitFor({ state: 'detached' })
}

describe('books typeset vertically', () => {
  const made = useMarginWithFolder('margin-vertical-books-')

  it('open vertically; a choice made in one stays with it; horizontal books stay horizontal', async () => {
    const { page } = made.session
    const vertical = book({
      title: '吾輩は猫である',
      language: 'ja',
      vertical: true,
      body: WAGAHAI,
    })
    await importAndOpen(made, 'wagahai-tate.epub', vertical, /吾輩は猫である/, '名前はまだ無い')
    await page.locator('.reader__scroller--vertical').waitFor(LONG)
    expect(await writingModeOf(page)).toBe('vertical-rl')
    if (SCREENSHOTS) {
      await page.mouse.move(1, 1)
      await page.screenshot({ path: join(SCREENSHOTS, 'epub-vertical.png') })
    }

    // Reading it vertically did not make a horizontal Chinese book vertical.
    const horizontal = book({ title: '三國演義', language: 'zh-TW', vertical: false, body: SANGUO })
    await importAndOpen(made, 'sanguo.epub', horizontal, /三國演義/, '話說天下大勢')
    expect(await writingModeOf(page)).toBe('horizontal-tb')

    // Set horizontal for the vertical book: kept with that book, and said so in the settings.
    await backToLibrary(page)
    await openDocument(page, /吾輩は猫である/, '名前はまだ無い')
    await page.locator('.reader__scroller--vertical').waitFor(LONG)
    await page.keyboard.press('s')
    const dialog = page.getByRole('dialog', { name: 'Reading settings' })
    await dialog.getByText('This book is typeset vertically', { exact: false }).waitFor()
    await expect.poll(() => dialog.getByRole('radio', { name: /^Vertical/ }).isChecked()).toBe(true)
    await page.keyboard.press('Escape')
    await chooseInSettings(page, /^Horizontal/)
    await page.locator('.reader__scroller--vertical').waitFor({ state: 'detached', ...LONG })
    await backToLibrary(page)
    await openDocument(page, /吾輩は猫である/, '名前はまだ無い')
    await expect.poll(() => writingModeOf(page), LONG).toBe('horizontal-tb')

    // A choice in a book with no direction of its own is the setting for such books, as before,
    // and leaves the choice made for the vertical book alone.
    await backToLibrary(page)
    await openDocument(page, /三國演義/, '話說天下大勢')
    await chooseInSettings(page, /^Vertical/)
    await page.locator('.reader__scroller--vertical').waitFor(LONG)
    await backToLibrary(page)
    await openDocument(page, /吾輩は猫である/, '名前はまだ無い')
    await expect.poll(() => writingModeOf(page), LONG).toBe('horizontal-tb')
    await chooseInSettings(page, /^Vertical/)
    await page.locator('.reader__scroller--vertical').waitFor(LONG)
    // Restoring the defaults puts the setting back; the vertical book keeps its direction.
    await page.keyboard.press('s')
    await dialog.getByRole('button', { name: 'Restore the defaults' }).click()
    await page.keyboard.press('Escape')
    await backToLibrary(page)
    await openDocument(page, /三國演義/, '話說天下大勢')
    await expect.poll(() => writingModeOf(page), LONG).toBe('horizontal-tb')
    await backToLibrary(page)
    await openDocument(page, /吾輩は猫である/, '名前はまだ無い')
    await expect.poll(() => writingModeOf(page), LONG).toBe('vertical-rl')
  })
})
