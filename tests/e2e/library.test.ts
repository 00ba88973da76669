import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { strToU8, zipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  CORPUS,
  SAMPLE_NEWSPAPER,
  startMargin,
  type MarginSession,
} from '../support/margin-harness'
import { importFixture } from '../support/reader-page'
import { SCREENSHOTS } from '../support/screenshots'

const FILES = [
  SAMPLE_NEWSPAPER,
  join(CORPUS, 'txt/sanguoyanyi_simp_gbk_real.txt'),
  join(CORPUS, 'txt/pride_and_prejudice_pg1342_utf8.txt'),
  join(CORPUS, 'epub/alice.epub3.epub'),
  join(CORPUS, 'epub/debmake-doc.zh-cn.epub2.epub'),
  join(CORPUS, 'markdown/chinese-copywriting-guidelines.zh-Hans.md'),
  join(CORPUS, 'newspaper/rmrb-korea-articles_2019-06-21_to_2019-08-03.txt'),
  join(CORPUS, 'pdf/maint-guide.zh-cn.pdf'),
]

describe('the library in browser mode', () => {
  let session: MarginSession
  beforeAll(async () => {
    session = await startMargin()
    if (SCREENSHOTS) await mkdir(SCREENSHOTS, { recursive: true })
  })
  afterAll(() => session?.close())

  const tileTitles = () =>
    session.page.locator('ul[aria-label="Documents"] .tile__title').allTextContents()

  it('imports several files at once, sorts, filters, renames, trashes and restores', async () => {
    const { page } = session
    await page.getByRole('heading', { name: 'Your library is empty' }).waitFor()
    await importFixture(page, FILES)

    // Seven documents; the PDF is refused with a message naming it.
    const report = page.locator('.notice').first()
    await expect
      .poll(() => report.textContent(), { timeout: 90_000 })
      .toMatch(/Imported 7 documents/)
    await expect(report.textContent()).resolves.toContain('maint-guide.zh-cn.pdf')
    await expect.poll(async () => (await tileTitles()).length).toBe(7)

    // Some reading progress, as the reader would have saved it.
    const ids = await page
      .locator('ul[aria-label="Documents"] .tile__title')
      .evaluateAll((els) => els.map((e) => e.id.slice('title-'.length)))
    await page.evaluate(async (documentIds) => {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const open = indexedDB.open('margin')
        open.onsuccess = () => ok(open.result)
        open.onerror = () => fail(open.error)
      })
      const tx = db.transaction('progress', 'readwrite')
      const percents = [37, 100, 8, 64]
      documentIds
        .slice(0, 4)
        .forEach((documentId, n) =>
          tx
            .objectStore('progress')
            .put({
              documentId,
              blockId: '',
              blockIndex: 0,
              withinBlock: 0,
              textOffset: 0,
              percent: percents[n],
              updatedAt: Date.now() - n * 1000,
            }),
        )
      await new Promise((done) => (tx.oncomplete = done))
      db.close()
    }, ids)
    await page.reload()
    await expect.poll(async () => (await tileTitles()).length).toBe(7)
    await expect
      .poll(() => page.locator('.reading-progress__figure', { hasText: '37%' }).count())
      .toBe(1)
    if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, 'library-grid.png') })

    // Sort by title: Chinese titles in pinyin order, Latin ones alphabetically.
    await page.getByRole('combobox', { name: 'Sort by' }).selectOption('title')
    const byTitle = await tileTitles()
    const at = (pattern: RegExp) => byTitle.findIndex((t) => pattern.test(t))
    expect(at(/^Alice/)).toBeGreaterThan(-1)
    expect(at(/^Alice/)).toBeLessThan(at(/^Pride/))
    expect(at(/^Pride/)).toBeLessThan(at(/^sanguoyanyi/))

    await page.getByRole('combobox', { name: 'Sort by' }).selectOption('progress')
    await expect.poll(async () => (await tileTitles()).length).toBe(7)
    const byProgress = await page
      .locator('ul[aria-label="Documents"] .reading-progress__figure')
      .allTextContents()
    expect(byProgress.slice(0, 4)).toEqual(['Finished', '64%', '37%', '8%'])

    // Filter.
    await page.getByRole('searchbox', { name: 'Filter documents' }).fill('SANGUO gbk')
    await expect.poll(tileTitles).toHaveLength(1)
    await page.getByText('1 of 7 documents match').waitFor()
    await page.getByRole('searchbox', { name: 'Filter documents' }).fill('')
    await expect.poll(async () => (await tileTitles()).length).toBe(7)

    // Rename and edit the author in the details dialog.
    const sanguoTile = page.locator('.tile', { hasText: 'sanguoyanyi' })
    await sanguoTile.getByRole('button', { name: 'Details' }).click()
    const dialog = page.getByRole('dialog', { name: 'Document details' })
    await expect.poll(() => dialog.textContent()).toMatch(/GBK|GB18030/i)
    await dialog.getByRole('textbox', { name: 'Title' }).fill('三国演义（毛宗岗评本）')
    await dialog.getByRole('textbox', { name: 'Author' }).fill('罗贯中')
    await dialog.getByRole('button', { name: 'Save title and author' }).click()
    await dialog.getByText('Saved.').waitFor()
    await page.keyboard.press('Escape')
    await page.getByRole('button', { name: /三国演义（毛宗岗评本）.*罗贯中/ }).waitFor()

    // Trash it, then restore it from the trash.
    await page
      .locator('.tile', { hasText: '毛宗岗评本' })
      .getByRole('button', { name: 'Details' })
      .click()
    await dialog.getByRole('button', { name: 'Move to trash' }).click()
    await expect.poll(async () => (await tileTitles()).length).toBe(6)
    expect((await tileTitles()).some((t) => t.includes('毛宗岗评本'))).toBe(false)
    await page.getByRole('button', { name: 'Trash' }).click()
    await page.getByRole('button', { name: 'Restore 三国演义（毛宗岗评本）' }).click()
    await page.getByRole('heading', { name: 'The trash is empty' }).waitFor()
    await page.getByRole('button', { name: '← Library' }).click()
    await expect.poll(async () => (await tileTitles()).length).toBe(7)
    expect(await tileTitles()).toContain('三国演义（毛宗岗评本）')

    await page.getByRole('combobox', { name: 'Sort by' }).selectOption('recently-read')
    await page.getByRole('button', { name: 'List' }).click()
    await page.locator('ul.tiles--list').waitFor()
    if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, 'library-list.png') })
  })
})

/** A small EPUB whose chapter is encrypted, as a shop sells it (Adobe DRM: encryption.xml and rights.xml). */
function drmEpub(): Buffer {
  const opf = `<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="2.0"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Bought Book</dc:title></metadata><manifest><item id="c1" href="c1.xhtml" media-type="application/xhtml+xml"/></manifest><spine><itemref idref="c1"/></spine></package>`
  const encryption = `<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" xmlns:enc="http://www.w3.org/2001/04/xmlenc#"><enc:EncryptedData><enc:EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes128-cbc"/><enc:CipherData><enc:CipherReference URI="OEBPS/c1.xhtml"/></enc:CipherData></enc:EncryptedData></encryption>`
  return Buffer.from(
    zipSync({
      mimetype: strToU8('application/epub+zip'),
      'META-INF/container.xml': strToU8(
        '<container xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/content.opf"/></rootfiles></container>',
      ),
      'META-INF/encryption.xml': strToU8(encryption),
      'META-INF/rights.xml': strToU8('<adept:rights xmlns:adept="http://ns.adobe.com/adept"/>'),
      'OEBPS/content.opf': strToU8(opf),
      'OEBPS/c1.xhtml': new Uint8Array(4000).map((_, i) => (i * 7919 + 13) % 256),
    }),
  )
}

describe('bad files brought to the library', () => {
  let session: MarginSession
  beforeAll(async () => {
    session = await startMargin()
  })
  afterAll(() => session?.close())

  it('a binary file renamed .txt and a DRM-protected EPUB are refused by name, and the library stays as it was', async () => {
    const { page } = session
    const tiles = page.locator('ul[aria-label="Documents"] .tile__title')
    await page.getByRole('heading', { name: 'Your library is empty' }).waitFor()
    await importFixture(page, [
      {
        name: 'notes.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from('第一章 开始\n　　话说天下大势。\n'),
      },
    ])
    await expect.poll(() => tiles.allTextContents(), { timeout: 60_000 }).toEqual(['notes'])

    const binary = Buffer.alloc(20_000)
    for (let i = 0; i < binary.length; i++) binary[i] = (i * 7919) % 256
    await importFixture(page, [
      { name: 'holiday-photo.txt', mimeType: 'text/plain', buffer: binary },
      { name: 'bought-book.epub', mimeType: 'application/epub+zip', buffer: drmEpub() },
    ])
    const alert = page.getByRole('alert')
    await expect.poll(() => alert.textContent(), { timeout: 60_000 }).toMatch(/bought-book\.epub/)
    const message = (await alert.textContent()) ?? ''
    expect(message).toContain('holiday-photo.txt: this looks like a binary file, not text.')
    expect(message).toContain(
      'bought-book.epub: this EPUB is protected by DRM (Adobe DRM), so its text cannot be read.',
    )
    expect(message).not.toMatch(/Imported/)
    // One line a file, under a count.
    expect(await alert.getByRole('listitem').allTextContents()).toHaveLength(2)
    expect(message).toContain('2 files could not be imported')
    if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, 'import-refused.png') })

    await page.reload()
    await expect.poll(() => tiles.allTextContents(), { timeout: 30_000 }).toEqual(['notes'])
  })
})
