import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CORPUS, startMargin, type MarginSession } from '../support/margin-harness'
import { importFixture, openDocument } from '../support/reader-page'
import { SCREENSHOTS } from '../support/screenshots'

describe('an EPUB with images in browser mode', () => {
  let session: MarginSession
  beforeAll(async () => {
    session = await startMargin()
    if (SCREENSHOTS) await mkdir(SCREENSHOTS, { recursive: true })
  })
  afterAll(() => session?.close())

  it('imports alice.epub3.epub and shows its pictures from the store', async () => {
    const { page } = session
    await importFixture(page, join(CORPUS, 'epub/alice.epub3.epub'))
    await openDocument(page, /Alice's Adventures in Wonderland/, 'Down The Rabbit-Hole')
    const documentPane = page.getByRole('main', { name: 'Document' })

    // Scroll on until a full-page illustration of the story (not the cover) is on screen.
    await expect
      .poll(
        () =>
          documentPane.evaluate((pane) => {
            const inView = [...pane.querySelectorAll<HTMLImageElement>('.block--image img')].find(
              (img) => {
                const box = img.getBoundingClientRect()
                const large = Number(img.getAttribute('height')) > 200 // a plate, not the publisher's mark
                return (
                  img.alt !== 'Cover Image' &&
                  large &&
                  box.top >= 0 &&
                  box.top < pane.clientHeight * 0.6
                )
              },
            )
            if (inView) {
              inView.scrollIntoView({ block: 'center' })
              return inView.alt
            }
            pane.scrollBy(0, pane.clientHeight * 0.5)
            return null
          }),
        { timeout: 60_000, interval: 300 },
      )
      .not.toBeNull()

    const image = documentPane.locator('.block--image img:not([alt="Cover Image"])')
    const loaded = () =>
      documentPane.evaluate((pane) => {
        const images = [...pane.querySelectorAll<HTMLImageElement>('.block--image img')].filter(
          (img) =>
            img.getBoundingClientRect().top < pane.clientHeight &&
            img.getBoundingClientRect().bottom > 0,
        )
        return images.length > 0 && images.every((img) => img.complete && img.naturalWidth > 0)
      })
    await expect.poll(loaded, { timeout: 30_000 }).toBe(true)
    const src = await image.first().getAttribute('src')
    expect(src).toMatch(/^\/asset\/[0-9a-f]{64}\/[\w-]+\.jpg$/)
    // The picture is the store's asset, and the address alone (no page token cookie) gets nothing.
    const outsider = await fetch(new URL(src!, session.page.url()).href)
    expect(outsider.status).toBe(403)
    if (SCREENSHOTS) {
      await page.mouse.move(1200, 800) // away from the outline, so no entry shows a hover
      await page.screenshot({ path: join(SCREENSHOTS, 'epub-images.png') })
    }
  })
})
