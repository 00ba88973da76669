import AxeBuilder from '@axe-core/playwright'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  CORPUS,
  SAMPLE_NEWSPAPER,
  startMargin,
  type MarginSession,
} from '../support/margin-harness'
import {
  gapFromTop,
  isAtTop,
  offsetAtPercent,
  overlappingBlocks,
} from '../support/reader-view-probe'
import { documentPane, importFixture, isAtPaneTop, openDocument } from '../support/reader-page'
import { SCREENSHOTS } from '../support/screenshots'

async function expectNoSeriousViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).analyze()
  const serious = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  )
  expect(
    serious.map((v) => `${where}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([])
}

/** A picture for docs/ with the pointer off the page (no hover affordances in it). */
async function picture(page: Page, name: string): Promise<void> {
  await page.mouse.move(1, 1)
  await page.screenshot({ path: join(SCREENSHOTS!, name) })
}

const percentRead = async (page: Page) =>
  Number((await page.locator('.status-line__percent').textContent())?.match(/(\d+)%/)?.[1] ?? -1)

async function goToPercent(page: Page, percent: number) {
  await page.keyboard.press('g')
  const field = page.getByRole('spinbutton', { name: 'Percent of the document' })
  await field.fill(String(percent))
  await field.press('Enter')
  await page.getByRole('dialog', { name: 'Go to' }).waitFor({ state: 'detached' })
}

async function openSample(page: Page) {
  await importFixture(page, SAMPLE_NEWSPAPER)
  await openDocument(page, /^qilu-evening-news-2022-06-24/, '金砖国家')
}

describe('the reader on the newspaper sample', () => {
  let session: MarginSession
  beforeAll(async () => {
    session = await startMargin()
    if (SCREENSHOTS) await mkdir(SCREENSHOTS, { recursive: true })
  })
  afterAll(() => session?.close())

  it('opens with a nested outline, jumps exactly, and passes an accessibility check', async () => {
    const { page } = session
    await page.getByRole('heading', { name: 'Your library is empty' }).waitFor()
    await expectNoSeriousViolations(page, 'empty library')
    await openSample(page)
    await expectNoSeriousViolations(page, 'reader')

    // Headings are headings; the outline lists them and marks the one being read.
    const outline = page.getByRole('navigation', { name: 'Outline' })
    const count = await page.locator('.outline__entry').count()
    expect(count).toBeGreaterThan(1)
    await expect.poll(() => outline.locator('[aria-current="location"]').count()).toBe(1)
    if (SCREENSHOTS) await picture(page, 'outline.png')

    // An outline entry puts its heading at the top of the view, and becomes the current entry.
    const last = page.locator('.outline__entry').last()
    const title = (await last.textContent())!
    await last.click()
    const heading = documentPane(page).getByRole('heading', { name: title })
    await expect.poll(() => isAtPaneTop(page, heading), { timeout: 10_000 }).toBe(true)
    await expect.poll(() => last.getAttribute('aria-current')).toBe('location')

    // Go to 40%: the text at 40% of the document is on the first line of the view.
    const target = await offsetAtPercent(page, 40)
    await goToPercent(page, 40)
    await expect.poll(() => isAtTop(page, target.offset), { timeout: 10_000 }).toBe(true)
    await expect.poll(() => percentRead(page)).toBe(40)
    await expect(page.locator('.status-line__time').textContent()).resolves.toMatch(/left/)

    // Reopened, the same character is at the top again.
    await page.waitForTimeout(900) // the position is saved a moment after scrolling stops
    await page.reload()
    await documentPane(page).locator('.reader__block').first().waitFor()
    await expect.poll(() => isAtTop(page, target.offset), { timeout: 10_000 }).toBe(true)
  })

  it('reads with the keyboard alone', async () => {
    const { page } = session
    await page.keyboard.press('Home')
    await expect.poll(() => percentRead(page)).toBe(0)
    const scrollTop = () => documentPane(page).evaluate((el) => el.scrollTop)
    await page.keyboard.press('PageDown')
    await expect.poll(scrollTop).toBeGreaterThan(300)
    const afterPage = await scrollTop()
    await page.keyboard.press('Shift+Space')
    await expect.poll(scrollTop).toBeLessThan(afterPage)
    await page.keyboard.press('Space')
    await expect.poll(scrollTop).toBeGreaterThan(afterPage - 2)
    const beforeLine = await scrollTop()
    await page.keyboard.press('ArrowDown')
    await expect.poll(scrollTop).toBeGreaterThan(beforeLine)
    await page.keyboard.press('End')
    await expect.poll(() => percentRead(page)).toBe(100)

    // The outline toggles with O; Tab reaches its entries, with a visible focus ring.
    await page.keyboard.press('o')
    await expect(page.getByRole('navigation', { name: 'Outline' }).count()).resolves.toBe(0)
    await page.keyboard.press('o')
    await page.getByRole('navigation', { name: 'Outline' }).waitFor()
    const first = page.locator('.outline__entry').first()
    await first.focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => percentRead(page)).toBe(0)
    await page.keyboard.press('Tab')
    const outlineWidth = await page.evaluate(
      () => getComputedStyle(document.activeElement!).outlineWidth,
    )
    expect(parseFloat(outlineWidth)).toBeGreaterThan(0)

    // ? lists the shortcuts; Esc closes the dialog.
    await page.locator('body').press('?')
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
    await help.getByText('Page Down, Space').waitFor()
    await expectNoSeriousViolations(page, 'shortcuts dialog')
    await page.keyboard.press('Escape')
    await help.waitFor({ state: 'detached' })
  })

  it('applies typography and themes at once and keeps them after a reload', async () => {
    const { page } = session
    await page.keyboard.press('Home')
    const paragraph = page.locator('.block--paragraph').first()
    const style = () =>
      paragraph.evaluate((p) => {
        const s = getComputedStyle(p)
        return {
          size: parseFloat(s.fontSize),
          indent: parseFloat(s.textIndent),
          align: s.textAlign,
          lineHeight: parseFloat(s.lineHeight) / parseFloat(s.fontSize),
        }
      })
    const background = () =>
      documentPane(page).evaluate((el) => getComputedStyle(el).backgroundColor)
    expect((await style()).indent).toBeCloseTo(2 * (await style()).size, 0)
    if (SCREENSHOTS) await picture(page, 'reader-light.png')
    const light = await background()

    await page.keyboard.press('s')
    const dialog = page.getByRole('dialog', { name: 'Reading settings' })
    await expectNoSeriousViolations(page, 'settings dialog')
    await dialog.getByRole('slider', { name: 'Size' }).fill('24')
    await dialog.getByRole('slider', { name: 'Line height' }).fill('2')
    await dialog.getByLabel('First-line indent').selectOption('none')
    await dialog.getByRole('checkbox', { name: 'Justify lines' }).uncheck()
    await dialog.getByRole('radio', { name: 'Sepia' }).check()
    await expect.poll(style).toEqual({ size: 24, indent: 0, align: 'start', lineHeight: 2 })
    await expect.poll(background).not.toBe(light)
    const sepia = await background()
    await page.keyboard.press('Escape')
    if (SCREENSHOTS) {
      await page.evaluate(() => document.fonts.ready)
      await picture(page, 'reader-sepia.png')
    }

    await page.reload()
    await paragraph.waitFor()
    await expect.poll(style).toEqual({ size: 24, indent: 0, align: 'start', lineHeight: 2 })
    expect(await background()).toBe(sepia)

    // Dark, then back to the defaults for the next pictures.
    await page.keyboard.press('s')
    await dialog.getByRole('radio', { name: 'Dark' }).check()
    await expect.poll(background).not.toBe(sepia)
    await dialog.getByRole('button', { name: 'Restore the defaults' }).click()
    await dialog.getByRole('radio', { name: 'Dark' }).check()
    await page.keyboard.press('Escape')
    await expect.poll(style).toMatchObject({ size: 19, align: 'justify' })
    await expectNoSeriousViolations(page, 'reader, dark')
    if (SCREENSHOTS) await picture(page, 'reader-dark.png')
  })

  it('writes vertically and shows traditional characters without moving any offset', async () => {
    const { page } = session
    const target = await offsetAtPercent(page, 30)
    await page.keyboard.press('s')
    const dialog = page.getByRole('dialog', { name: 'Reading settings' })
    await dialog.getByRole('radio', { name: 'Light' }).check()
    await dialog.getByRole('radio', { name: /^Vertical/ }).check()
    await dialog.getByRole('radio', { name: 'Traditional' }).check()
    await page.keyboard.press('Escape')
    await page.locator('.reader__scroller--vertical').waitFor()
    await documentPane(page).getByText('金磚國家', { exact: false }).first().waitFor()
    expect(await documentPane(page).evaluate((el) => getComputedStyle(el).writingMode)).toBe(
      'vertical-rl',
    )
    // Each block is measured as converted and laid out in columns: none runs into the next.
    await expect.poll(() => overlappingBlocks(page), { timeout: 10_000 }).toEqual([])

    // Forward is leftwards: Page Down scrolls towards negative scrollLeft.
    await page.keyboard.press('Home')
    await page.keyboard.press('PageDown')
    await expect.poll(() => documentPane(page).evaluate((el) => el.scrollLeft)).toBeLessThan(-100)

    await goToPercent(page, 30)
    await expect.poll(() => isAtTop(page, target.offset), { timeout: 10_000 }).toBe(true)
    expect(await overlappingBlocks(page)).toEqual([])
    // The character on screen at that offset is the converted form of the original one.
    const where = await gapFromTop(page, target.offset)
    expect(where).not.toBeNull()
    // Dates read across the column (6月23日), the characters still those of the text.
    await page.keyboard.press('Home')
    const date = documentPane(page).locator('.digits--tcy', { hasText: '23' }).first()
    await date.waitFor({ timeout: 10_000 })
    expect(await date.evaluate((el) => getComputedStyle(el).textCombineUpright)).toBe('all')
    if (SCREENSHOTS) {
      await page.waitForTimeout(300)
      await picture(page, 'reader-vertical.png')
    }

    await page.keyboard.press('s')
    await dialog.getByRole('button', { name: 'Restore the defaults' }).click()
    await page.keyboard.press('Escape')
    await page.locator('.reader__scroller--vertical').waitFor({ state: 'detached' })
    if (SCREENSHOTS) {
      await page.keyboard.press('Home')
      await page.setViewportSize({ width: 1280, height: 1400 })
      await page.waitForTimeout(300)
      await picture(page, 'newspaper.png')
      await page.setViewportSize({ width: 1280, height: 860 })
    }
  })

  it('separates articles with one rule and sets headline, deck, byline, caption, credit and box apart', async () => {
    const { page } = session
    const PARTS = ['paragraph', 'heading', 'subheading', 'byline', 'caption', 'credit', 'quote']
    // Page through the sample: at each article break count the rules drawn between the text above
    // and the headline, and note how each kind of block looks.
    const breaks = new Map<string, number>()
    const looks = new Map<string, string>()
    await page.keyboard.press('Home')
    for (let step = 0; step < 40; step++) {
      const seen = await page.evaluate((parts) => {
        const drawn = (color: string, width: string) =>
          parseFloat(width) > 0 && color !== 'transparent' && !/,\s*0\)$/.test(color)
        const wrappers = [...document.querySelectorAll<HTMLElement>('.reader__block')].sort(
          (a, b) => Number(a.dataset['index']) - Number(b.dataset['index']),
        )
        const rules: [string, number][] = []
        wrappers.forEach((wrapper, i) => {
          if (!wrapper.classList.contains('reader__block--separator')) return
          const after = wrappers.slice(i + 1, i + 3)
          const at = after.findIndex((w) => w.classList.contains('reader__block--heading'))
          if (at < 0) return
          const elements = [wrapper, ...after.slice(0, at + 1)].map((w) => w.firstElementChild!)
          let count = 0
          elements.forEach((el, k) => {
            const style = getComputedStyle(el)
            if (drawn(style.borderTopColor, style.borderTopWidth)) count++
            if (k < elements.length - 1 && drawn(style.borderBottomColor, style.borderBottomWidth))
              count++
          })
          rules.push([wrapper.dataset['index']!, count])
        })
        const looks: [string, string][] = []
        for (const part of parts) {
          const el = document.querySelector(`.block--${part}`)
          if (!el) continue
          const s = getComputedStyle(el)
          looks.push([
            part,
            [
              s.fontFamily,
              s.fontSize,
              s.fontWeight,
              s.color,
              s.backgroundColor,
              s.borderTopWidth,
              s.textAlign,
            ].join('|'),
          ])
        }
        return { rules, looks }
      }, PARTS)
      seen.rules.forEach(([index, count]) => breaks.set(index, count))
      seen.looks.forEach(([part, look]) => looks.set(part, look))
      const atEnd = await documentPane(page).evaluate(
        (el) => el.scrollTop + el.clientHeight >= el.scrollHeight - 2,
      )
      if (atEnd) break
      await page.keyboard.press('PageDown')
      await page.waitForTimeout(100)
    }
    expect(breaks.size).toBeGreaterThanOrEqual(2)
    expect([...breaks.values()].every((count) => count === 1)).toBe(true)
    // Each part of an article looks like what it is, unlike body text.
    expect([...looks.keys()].sort()).toEqual([...PARTS].sort())
    for (const part of PARTS.slice(1))
      expect(looks.get(part), part).not.toBe(looks.get('paragraph'))
  })
})

describe('the reader on a 30 MB novel', () => {
  let session: MarginSession
  let folder: string
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'margin-big-'))
    const novels = await Promise.all(
      [
        'hongloumeng_simp_utf8_crlf.txt',
        'sanguoyanyi_simp_utf8_crlf.txt',
        'xiyouji_simp_utf8_crlf.txt',
      ].map((name) => readFile(join(CORPUS, 'txt', name))),
    )
    const parts: Buffer[] = []
    let size = 0
    while (size < 30e6) {
      for (const novel of novels) {
        parts.push(novel)
        size += novel.length
      }
    }
    await writeFile(join(folder, 'four-classics-30mb.txt'), Buffer.concat(parts))
    session = await startMargin()
  })
  afterAll(async () => {
    await session?.close()
    await rm(folder, { recursive: true, force: true })
  })

  it('opens, keeps only what is on screen in the DOM, jumps exactly and restores the position', async () => {
    const { page } = session
    await importFixture(page, join(folder, 'four-classics-30mb.txt'))
    // The library names it by the title in the text; its size tells it apart.
    const card = page.getByRole('button', { name: /TXT · (29|30|31) MB/ }).first()
    await card.waitFor({ timeout: 240_000 })
    const opened = Date.now()
    await card.click()
    await documentPane(page).locator('.reader__block').first().waitFor()
    console.log(`30 MB document: first text after ${Date.now() - opened} ms`)
    await expect
      .poll(() => page.locator('.status-line__loading').count(), { timeout: 60_000 })
      .toBe(0)
    expect(await page.locator('.reader__block').count()).toBeLessThan(80)

    const target = await offsetAtPercent(page, 73.5)
    await goToPercent(page, 73.5)
    await expect.poll(() => isAtTop(page, target.offset), { timeout: 20_000 }).toBe(true)
    // The line holding 73.5% may start a few characters before it.
    await expect.poll(() => percentRead(page)).toBeGreaterThanOrEqual(73)
    expect(await percentRead(page)).toBeLessThanOrEqual(74)
    expect(await page.locator('.reader__block').count()).toBeLessThan(80)

    // A late chapter from the outline lands with its heading at the top.
    const entry = page.locator('.outline__entry').nth(300)
    const title = (await entry.textContent())!
    await entry.click()
    const heading = documentPane(page).getByRole('heading', { name: title }).first()
    await expect.poll(() => isAtPaneTop(page, heading), { timeout: 20_000 }).toBe(true)

    // Scroll a little by keyboard, then reopen: the same character is at the top.
    await page.keyboard.press('PageDown')
    await page.waitForTimeout(900)
    const top = await page.evaluate(() => {
      const scroller = document
        .querySelector('main[aria-label="Document"]')!
        .getBoundingClientRect()
      const blocks = [...document.querySelectorAll<HTMLElement>('.reader__block')].filter(
        (b) => b.getBoundingClientRect().bottom > scroller.top + 1,
      )
      blocks.sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)
      return Number(blocks[0]!.dataset['blockStart'])
    })
    await page.reload()
    await documentPane(page).locator('.reader__block').first().waitFor()
    await expect
      .poll(async () => (await gapFromTop(page, top)) !== null, { timeout: 30_000 })
      .toBe(true)
    await expect
      .poll(async () => (await gapFromTop(page, top))!.gap <= 0, { timeout: 30_000 })
      .toBe(true)
  }, 400_000)
})
