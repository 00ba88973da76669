import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { aozoraShiftJis } from '../support/aozora-wagahai'
import { startMargin, type MarginSession } from '../support/margin-harness'
import { documentPane, importFixture, openDocument, pointAt } from '../support/reader-page'
import { SCREENSHOTS } from '../support/screenshots'

const LONG = { timeout: 20_000 }

describe('an Aozora Bunko book in the reader', () => {
  let session: MarginSession
  let folder: string
  beforeAll(async () => {
    session = await startMargin()
    folder = await mkdtemp(join(tmpdir(), 'margin-aozora-'))
    if (SCREENSHOTS) await mkdir(SCREENSHOTS, { recursive: true })
  })
  afterAll(async () => {
    await session?.close()
    if (folder) await rm(folder, { recursive: true, force: true })
  })

  it('shows readings as ruby above the base text, and a drag across them highlights the base text', async () => {
    const { page } = session
    await page.goto(session.server.url) // a retry starts from the library
    const file = join(folder, 'wagahaiwa_nekodearu.txt')
    await writeFile(file, aozoraShiftJis())
    await importFixture(page, file)
    await openDocument(page, /吾輩は猫である/, '名前はまだ無い')
    const pane = documentPane(page)
    await pane.getByRole('heading', { name: '一', exact: true }).waitFor(LONG)

    // Each reading sits above its base: the middle of the <rt> box is above the base's box.
    const boxes = await pane.locator('ruby', { hasText: '獰悪' }).evaluate((ruby) => {
      const base = document.createRange()
      base.selectNodeContents(ruby.firstChild!)
      const rt = ruby.querySelector('rt')!
      return {
        base: base.getBoundingClientRect().toJSON(),
        rt: rt.getBoundingClientRect().toJSON(),
      }
    })
    expect((boxes.rt.top + boxes.rt.bottom) / 2).toBeLessThan(boxes.base.top)
    expect(boxes.rt.left).toBeGreaterThanOrEqual(boxes.base.left - boxes.base.width)
    expect(boxes.rt.right).toBeLessThanOrEqual(boxes.base.right + boxes.base.width)

    // 傍点 are sesame dots, not a slant.
    const emphasis = pane.locator('em', { hasText: 'ありがたい' })
    await emphasis.waitFor(LONG)
    await expect(
      emphasis.evaluate((em) => [
        getComputedStyle(em).fontStyle,
        getComputedStyle(em).textEmphasisStyle,
      ]),
    ).resolves.toEqual(['normal', expect.stringContaining('sesame')])

    // A mouse drag from 番 to 種 runs over the ruby of 獰悪; the reading is not selected.
    const from = await pointAt(page, '一番')
    const to = await pointAt(page, 'な種族')
    await page.mouse.move(from.x - 4, from.y)
    await page.mouse.down()
    await page.mouse.move(to.x + 4, to.y, { steps: 8 })
    await page.mouse.up()
    await expect(page.evaluate(() => document.getSelection()!.toString())).resolves.toBe(
      '番獰悪な種',
    )
    const toolbar = page.getByRole('toolbar', { name: 'Selected text' })
    await toolbar.waitFor(LONG)
    await toolbar.getByRole('button', { name: 'Highlight yellow' }).click()
    await expect
      .poll(() => page.evaluate(() => CSS.highlights.get('margin-yellow')?.size ?? 0), LONG)
      .toBe(1)

    await page.getByRole('button', { name: /^Annotations/ }).click()
    const panel = page.getByRole('complementary', { name: 'Annotations' })
    const quote = panel.locator('.annotation-card__quote').first()
    await quote.waitFor(LONG)
    // The note quotes the book's text: base characters, no reading.
    await expect(quote.textContent()).resolves.toBe('番獰悪な種')
    if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, 'aozora-ruby.png') })
  })

  it('sets the readings to the right of the base in vertical writing', async () => {
    const { page } = session
    const pane = documentPane(page)
    await pane.getByText('名前はまだ無い').first().waitFor(LONG)
    await page.keyboard.press('s')
    const dialog = page.getByRole('dialog', { name: 'Reading settings' })
    await dialog.getByRole('radio', { name: /^Vertical/ }).check()
    await page.keyboard.press('Escape')
    await page.locator('.reader__scroller--vertical').waitFor(LONG)
    const boxes = await pane
      .locator('ruby', { hasText: '吾輩' })
      .first()
      .evaluate((ruby) => {
        const base = document.createRange()
        base.selectNodeContents(ruby.firstChild!)
        const rt = ruby.querySelector('rt')!
        return {
          base: base.getBoundingClientRect().toJSON(),
          rt: rt.getBoundingClientRect().toJSON(),
        }
      })
    expect((boxes.rt.left + boxes.rt.right) / 2).toBeGreaterThan(boxes.base.right)
    if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, 'aozora-ruby-vertical.png') })
    await page.keyboard.press('s')
    await dialog.getByRole('button', { name: 'Restore the defaults' }).click()
    await page.keyboard.press('Escape')
  })
})
