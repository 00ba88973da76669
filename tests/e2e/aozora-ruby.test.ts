import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { aozoraShiftJis } from '../support/aozora-wagahai'
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

describe('an Aozora Bunko book in the reader', () => {
  const made = useMarginWithFolder('margin-aozora-')

  it('shows readings as ruby above the base text, and a drag across them highlights the base text', async () => {
    const { page } = made.session
    await importAndOpen(
      made,
      'wagahaiwa_nekodearu.txt',
      aozoraShiftJis(),
      /吾輩は猫である/,
      '名前はまだ無い',
    )
    const pane = documentPane(page)
    await pane.getByRole('heading', { name: '一', exact: true }).waitFor(LONG)

    // Each reading sits above its base: the middle of the <rt> box is above the base's box.
    const boxes = await rubyBoxes(pane.locator('ruby', { hasText: '獰悪' }))
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
    await dragAcross(page, '一番', 'な種族')
    await expect(page.evaluate(() => document.getSelection()!.toString())).resolves.toBe(
      '番獰悪な種',
    )
    await page.getByRole('toolbar', { name: 'Selected text' }).waitFor(LONG)
    // The note quotes the book's text: base characters, no reading.
    await expect(highlightAndReadQuote(page)).resolves.toBe('番獰悪な種')
    if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, 'aozora-ruby.png') })
  })

  it('sets the readings to the right of the base in vertical writing', async () => {
    const { page } = made.session
    const pane = documentPane(page)
    await pane.getByText('名前はまだ無い').first().waitFor(LONG)
    await page.keyboard.press('s')
    const dialog = page.getByRole('dialog', { name: 'Reading settings' })
    await dialog.getByRole('radio', { name: /^Vertical/ }).check()
    await page.keyboard.press('Escape')
    await page.locator('.reader__scroller--vertical').waitFor(LONG)
    const boxes = await rubyBoxes(pane.locator('ruby', { hasText: '吾輩' }).first())
    expect((boxes.rt.left + boxes.rt.right) / 2).toBeGreaterThan(boxes.base.right)
    if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, 'aozora-ruby-vertical.png') })
    await page.keyboard.press('s')
    await dialog.getByRole('button', { name: 'Restore the defaults' }).click()
    await page.keyboard.press('Escape')
  })
})
