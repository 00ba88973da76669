import { readFileSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SAMPLE_NEWSPAPER, startMargin, type MarginSession } from '../support/margin-harness'
import { importFixture, openDocument } from '../support/reader-page'

const SCREENSHOTS =
  process.env['MARGIN_SCREENSHOTS'] === '1'
    ? resolve(import.meta.dirname, '../../docs/screenshots')
    : null
const SAMPLE_TEXT = readFileSync(SAMPLE_NEWSPAPER, 'utf8')
const occurrences = (term: string) => SAMPLE_TEXT.split(term).length - 1

/** The current match as painted: its text and whether it lies inside the visible part of the document pane. */
function currentHit(page: Page) {
  return page.evaluate(() => {
    // Painted as StaticRanges: measured through a Range over the same points.
    const ranges = [...(CSS.highlights.get('margin-search-current') ?? [])] as AbstractRange[]
    const painted = ranges[0]
    if (!painted) return null
    const range = document.createRange()
    range.setStart(painted.startContainer, painted.startOffset)
    range.setEnd(painted.endContainer, painted.endOffset)
    const pane = document.querySelector('main[aria-label="Document"]')!.getBoundingClientRect()
    const box = range.getBoundingClientRect()
    const inView = box.top >= pane.top - 1 && box.bottom <= pane.bottom + 1 && box.height > 0
    return {
      text: range.toString(),
      inView,
      top: Math.round(box.top),
      painted: (CSS.highlights.get('margin-search')?.size ?? 0) + ranges.length,
    }
  })
}

describe('search in a document', () => {
  let session: MarginSession
  beforeAll(async () => {
    session = await startMargin()
    if (SCREENSHOTS) await mkdir(SCREENSHOTS, { recursive: true })
    const { page } = session
    await importFixture(page, SAMPLE_NEWSPAPER)
    await openDocument(page, /qilu-evening-news/, '金砖国家')
  })
  afterAll(() => session?.close())

  const status = () =>
    session.page.getByRole('region', { name: 'Search in document' }).getByRole('status')
  const box = () => session.page.getByRole('searchbox', { name: 'Find in document' })

  it('opens with Ctrl+F and finds a Chinese term, highlighted and scrolled into view', async () => {
    const { page } = session
    await page.getByRole('main', { name: 'Document' }).focus()
    await page.keyboard.press('Control+f')
    await expect
      .poll(() => box().evaluate((el) => el === document.activeElement), { timeout: 10_000 })
      .toBe(true)
    await page.keyboard.type('金砖国家')
    const expected = occurrences('金砖国家')
    expect(expected).toBeGreaterThan(5)
    await expect
      .poll(() => status().textContent(), { timeout: 10_000 })
      .toBe(`1 of ${expected} matches`)
    await expect
      .poll(() => currentHit(page), { timeout: 10_000 })
      .toMatchObject({ text: '金砖国家', inView: true })
    // Every rendered match is painted, not only the current one.
    expect((await currentHit(page))!.painted).toBeGreaterThan(1)
    // The list shows each match with its context.
    const results = page.getByRole('list', { name: 'Search results' }).getByRole('button')
    await expect.poll(() => results.first().textContent()).toContain('习近平主持金砖国家领导人')
  })

  it('moves to the next and previous match with Enter, Shift+Enter and F3, scrolling each into view', async () => {
    const { page } = session
    const expected = occurrences('金砖国家')
    // Far apart matches: the last one is well down the page, so going there must scroll.
    const first = await currentHit(page)
    await page.keyboard.press('Shift+Enter')
    await expect
      .poll(() => status().textContent(), { timeout: 10_000 })
      .toBe(`${expected} of ${expected} matches`)
    await expect
      .poll(() => currentHit(page), { timeout: 10_000 })
      .toMatchObject({ text: '金砖国家', inView: true })
    const scrolled = await page
      .getByRole('main', { name: 'Document' })
      .evaluate((el) => el.scrollTop)
    expect(scrolled).toBeGreaterThan(1000)
    await page.keyboard.press('Enter')
    await expect
      .poll(() => status().textContent(), { timeout: 10_000 })
      .toBe(`1 of ${expected} matches`)
    await page.keyboard.press('F3')
    await expect
      .poll(() => status().textContent(), { timeout: 10_000 })
      .toBe(`2 of ${expected} matches`)
    await expect
      .poll(() => currentHit(page), { timeout: 10_000 })
      .toMatchObject({ text: '金砖国家', inView: true })
    await page.keyboard.press('Shift+F3')
    await expect
      .poll(() => status().textContent(), { timeout: 10_000 })
      .toBe(`1 of ${expected} matches`)
    await expect
      .poll(async () => (await currentHit(page))?.top, { timeout: 10_000 })
      .toBe(first?.top)
  })

  it('matches simplified text for a traditional query, and half-width text for a full-width one', async () => {
    const { page } = session
    await box().fill('金磚國家')
    await expect
      .poll(() => status().textContent(), { timeout: 10_000 })
      .toBe(`1 of ${occurrences('金砖国家')} matches`)
    await expect
      .poll(() => currentHit(page), { timeout: 10_000 })
      .toMatchObject({ text: '金砖国家', inView: true })
    if (SCREENSHOTS) {
      await page.keyboard.press('Enter')
      await page.keyboard.press('Enter')
      await expect.poll(() => status().textContent()).toMatch(/^3 of/)
      await page.screenshot({ path: join(SCREENSHOTS, 'search.png') })
    }

    await box().fill('２０３０')
    const expected = occurrences('2030')
    expect(expected).toBeGreaterThan(0)
    await expect
      .poll(() => status().textContent(), { timeout: 10_000 })
      .toBe(`1 of ${expected} match${expected === 1 ? '' : 'es'}`)
    await expect
      .poll(() => currentHit(page), { timeout: 10_000 })
      .toMatchObject({ text: '2030', inView: true })

    await box().fill('没有这个词语')
    await expect.poll(() => status().textContent(), { timeout: 10_000 }).toBe('No matches')
  })

  it('jumps to a match chosen in the list, and Escape closes search and clears the highlights', async () => {
    const { page } = session
    await box().fill('金砖')
    const results = page.getByRole('list', { name: 'Search results' }).getByRole('button')
    await expect.poll(() => results.count(), { timeout: 10_000 }).toBeGreaterThan(3)
    const chosen = results.nth(3)
    const context = await chosen.textContent()
    await chosen.click()
    await expect.poll(() => status().textContent(), { timeout: 10_000 }).toMatch(/^4 of/)
    await expect.poll(() => chosen.getAttribute('aria-current')).toBe('true')
    const hit = await currentHit(page)
    expect(hit).toMatchObject({ text: '金砖', inView: true })
    // The painted match is the one the list showed: its surrounding text is on the page around it.
    const around = await page.evaluate(() => {
      const range = [...(CSS.highlights.get('margin-search-current') ?? [])][0] as AbstractRange
      const text = range.startContainer.textContent ?? ''
      return text.slice(Math.max(0, range.startOffset - 8), range.endOffset + 8)
    })
    expect(context!.replace(/…/g, '')).toContain(
      around.slice(around.indexOf('金砖') - 3, around.indexOf('金砖') + 5),
    )

    await box().press('Escape')
    await expect
      .poll(() => page.getByRole('region', { name: 'Search in document' }).count())
      .toBe(0)
    expect(await page.evaluate(() => CSS.highlights.has('margin-search'))).toBe(false)
  })
})
