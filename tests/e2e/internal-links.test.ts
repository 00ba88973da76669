import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CORPUS, startMargin, type MarginSession } from '../support/margin-harness'
import { importFixture } from '../support/reader-page'

describe('links inside a book', () => {
  let session: MarginSession
  beforeAll(async () => {
    session = await startMargin()
  })
  afterAll(() => session?.close())

  it('a link in Moby-Dick’s contents jumps to its chapter, which then stands at the top of the view', async () => {
    const { page } = session
    await importFixture(page, join(CORPUS, 'epub/moby-dick.epub3.epub'))
    const card = page.getByRole('button', { name: /Moby-Dick/ }).first()
    await card.waitFor({ timeout: 60_000 })
    await card.click()
    const pane = page.getByRole('main', { name: 'Document' })
    await pane.getByRole('link', { name: 'Title Page' }).waitFor({ timeout: 30_000 })
    // The contents list sits below the cover and title pictures: scroll until its last entry shows.
    const link = pane.getByRole('link', { name: /Begin Reading/ })
    await expect
      .poll(
        async () => {
          if (await link.isVisible()) return true
          await pane.evaluate((scroller) => scroller.scrollBy(0, 300))
          return false
        },
        { timeout: 30_000, interval: 300 },
      )
      .toBe(true)
    await link.click()
    // The first block showing at the top of the pane is the chapter's heading.
    const topBlock = () =>
      pane.evaluate((scroller) => {
        const top = scroller.getBoundingClientRect().top
        const blocks = [...scroller.querySelectorAll<HTMLElement>('.reader__block')]
          .filter((b) => b.getBoundingClientRect().bottom > top + 1)
          .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)
        return blocks[0]?.textContent?.trim() ?? null
      })
    await expect.poll(topBlock, { timeout: 30_000 }).toBe('Chapter 1. Loomings.')
    await pane.getByText('Call me Ishmael.', { exact: false }).first().waitFor()
  })
})
