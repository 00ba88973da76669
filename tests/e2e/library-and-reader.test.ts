import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SAMPLE_NEWSPAPER, startMargin, type MarginSession } from '../support/margin-harness'
import { importFixture, topBlockIndex } from '../support/reader-page'
import { SCREENSHOTS } from '../support/screenshots'

describe('library and reader in browser mode', () => {
  let session: MarginSession
  beforeAll(async () => {
    session = await startMargin()
    if (SCREENSHOTS) await mkdir(SCREENSHOTS, { recursive: true })
  })
  afterAll(() => session?.close())

  it('imports the newspaper sample, reads it in Chinese, and keeps library and position across restarts', async () => {
    const { page } = session
    await page.getByRole('heading', { name: 'Your library is empty' }).waitFor()
    await importFixture(page, SAMPLE_NEWSPAPER)
    const card = page.getByRole('button', { name: /qilu-evening-news-2022-06-24/ })
    await card.waitFor()
    await expect(page.getByRole('status').textContent()).resolves.toContain('Imported')
    if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, 'library.png') })

    await card.click()
    const documentPane = page.getByRole('main', { name: 'Document' })
    await documentPane.getByText('金砖国家', { exact: false }).first().waitFor()
    // Chinese paragraphs get the two-character first-line indent.
    const indent = await page
      .locator('.block--paragraph')
      .first()
      .evaluate((p) => getComputedStyle(p).textIndent)
    const fontSize = await page
      .locator('.block--paragraph')
      .first()
      .evaluate((p) => parseFloat(getComputedStyle(p).fontSize))
    expect(parseFloat(indent)).toBeCloseTo(2 * fontSize, 0)
    if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, 'reader.png') })

    await documentPane.evaluate((el) => el.scrollTo(0, el.scrollHeight * 0.5))
    await page.waitForTimeout(900) // the position is saved a moment after scrolling stops
    const before = await topBlockIndex(page)
    expect(before).toBeGreaterThan(3)

    await page.reload()
    await documentPane.getByText(/./).first().waitFor()
    await expect.poll(() => topBlockIndex(page), { timeout: 5000 }).toBe(before)

    // A fresh browser on the same profile: the library and the progress are still there.
    const page2 = await session.restartBrowser()
    const card2 = page2.getByRole('button', { name: /qilu-evening-news/ })
    await expect.poll(() => card2.textContent(), { timeout: 5000 }).toMatch(/\d+%/)
    await card2.click()
    await page2.getByRole('main', { name: 'Document' }).getByText(/./).first().waitFor()
    await expect.poll(() => topBlockIndex(page2), { timeout: 5000 }).toBe(before)
  })
})
