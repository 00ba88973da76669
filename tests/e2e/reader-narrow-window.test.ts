import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SAMPLE_NEWSPAPER, startMargin, type MarginSession } from '../support/margin-harness'
import { importFixture, openDocument } from '../support/reader-page'

describe('the reader in a narrow window (half a laptop screen)', () => {
  let session: MarginSession
  beforeAll(async () => {
    session = await startMargin()
  })
  afterAll(() => session?.close())

  it('keeps every button of the bar inside the window, on one line, and the title visible', async () => {
    const { page } = session
    await page.goto(page.url().split('#')[0] + '#/')
    await importFixture(page, SAMPLE_NEWSPAPER)
    await openDocument(page, /^qilu-evening-news/, '金砖国家')
    for (const width of [1280, 760]) {
      await page.setViewportSize({ width, height: 700 })
      const bar = page.locator('.reader .app-bar')
      await expect
        .poll(() =>
          bar.evaluate((header, windowWidth) => {
            const buttons = [...header.querySelectorAll<HTMLElement>('button')]
            const lineHeight = (b: HTMLElement) => parseFloat(getComputedStyle(b).lineHeight) || 20
            return {
              outside: buttons
                .filter((b) => b.getBoundingClientRect().right > windowWidth + 0.5)
                .map((b) => b.textContent),
              wrapped: buttons
                .filter((b) => b.getBoundingClientRect().height > 2 * lineHeight(b))
                .map((b) => b.textContent),
              titleWidth: header.querySelector('h1')!.getBoundingClientRect().width,
            }
          }, width),
        )
        .toMatchObject({ outside: [], wrapped: [] })
      expect(
        await bar.locator('h1').evaluate((h) => h.getBoundingClientRect().width),
      ).toBeGreaterThan(100)
    }
    // The text still starts under the bar, not behind it.
    const barBottom = (await page.locator('.reader .app-bar').boundingBox())!
    const pane = (await page.getByRole('main', { name: 'Document' }).boundingBox())!
    expect(pane.y).toBeGreaterThanOrEqual(barBottom.y + barBottom.height - 1)
  })
})
