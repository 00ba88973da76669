import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SAMPLE_NEWSPAPER, startMargin, type MarginSession } from '../support/margin-harness'
import {
  documentPane,
  importFixture,
  isAtPaneTop,
  openDocument,
  pointAt,
  selectText,
  topBlockIndex,
} from '../support/reader-page'
import { SCREENSHOTS } from '../support/screenshots'

const LONG = { timeout: 15_000 }

/** The outline's open state as stored in the app's IndexedDB (the write lands a moment after the click). */
const savedOutlineOpen = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<unknown>((resolve) => {
        const open = indexedDB.open('margin')
        open.onerror = () => resolve(undefined)
        open.onsuccess = () => {
          const db = open.result
          const get = db.transaction('settings').objectStore('settings').get('ui.outlineOpen')
          get.onsuccess = () => {
            resolve((get.result as { value?: unknown } | undefined)?.value)
            db.close()
          }
          get.onerror = () => {
            resolve(undefined)
            db.close()
          }
        }
      }),
  )

const outlineTree = (page: Page) =>
  page.getByRole('navigation', { name: 'Outline' }).getByRole('tree')

/** The texts the highlights of one colour paint on the rendered page (Range or StaticRange). */
function paintedTexts(page: Page, name: string): Promise<string[]> {
  return page.evaluate(
    (n) =>
      [...((CSS.highlights.get(n) as Set<AbstractRange> | undefined) ?? [])]
        .filter((r) => r.startContainer.isConnected) // painted on the page as it is now
        .map((r) => {
          const range = document.createRange()
          range.setStart(r.startContainer, r.startOffset)
          range.setEnd(r.endContainer, r.endOffset)
          return range.toString()
        }),
    name,
  )
}

const outlineTitles = async (page: Page) =>
  (await outlineTree(page).getByRole('treeitem').allTextContents()).map((t) => t.trim())

describe('table of contents corrections in the reader', () => {
  let session: MarginSession
  beforeAll(async () => {
    session = await startMargin()
    if (SCREENSHOTS) await mkdir(SCREENSHOTS, { recursive: true })
  })
  afterAll(() => session?.close())

  it('promotes a line to a heading, renames and demotes it; corrections and a highlight on it survive reloads', async () => {
    const { page } = session
    const line = '人民大会堂东大厅花团锦簇'
    const marked = '花团锦簇，金砖五国国旗整齐排列'
    await importFixture(page, SAMPLE_NEWSPAPER)
    await openDocument(page, /^qilu-evening-news-2022-06-24/, marked)
    await selectText(page, marked)
    const toolbar = page.getByRole('toolbar', { name: 'Selected text' })
    await toolbar.getByRole('button', { name: 'Highlight yellow' }).click()
    await expect.poll(() => paintedTexts(page, 'margin-yellow'), LONG).toEqual([marked])
    await page.evaluate(() => document.getSelection()?.removeAllRanges())
    const before = await topBlockIndex(page)

    // Right click on the paragraph: its menu makes it a level-2 heading.
    const at = await pointAt(page, line)
    await page.mouse.click(at.x, at.y, { button: 'right' })
    const menu = page.getByRole('dialog', { name: 'Table of contents' })
    await menu.getByRole('button', { name: 'Make heading (level 2)' }).click()
    await menu.waitFor({ state: 'detached' })
    await documentPane(page)
      .getByRole('heading', { name: new RegExp(line) })
      .waitFor(LONG)
    await expect.poll(() => outlineTitles(page), LONG).toContainEqual(expect.stringMatching(line))
    const entry = outlineTree(page).getByRole('treeitem', { name: new RegExp(line) })
    await expect(entry.getAttribute('aria-level')).resolves.toBe('2')
    expect(await topBlockIndex(page)).toBe(before)
    await expect.poll(() => paintedTexts(page, 'margin-yellow'), LONG).toEqual([marked])
    if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, 'outline-correction.png') })

    // From the outline entry with the keyboard (Shift+F10): rename it in the contents.
    await entry.focus()
    await page.keyboard.press('Shift+F10')
    await menu.getByRole('button', { name: 'Rename in contents' }).click()
    await menu.getByRole('textbox', { name: 'Title in the table of contents' }).fill('大厅里的国旗')
    await menu.getByRole('button', { name: 'Rename', exact: true }).click()
    await menu.waitFor({ state: 'detached' })
    await expect.poll(() => outlineTitles(page), LONG).toContain('大厅里的国旗')

    await page.reload()
    await expect.poll(() => outlineTitles(page), LONG).toContain('大厅里的国旗')
    await documentPane(page)
      .getByRole('heading', { name: new RegExp(line) })
      .waitFor(LONG)
    await expect.poll(() => paintedTexts(page, 'margin-yellow'), LONG).toEqual([marked])

    // The block's menu button (shown on hover): not a heading after all.
    const heading = documentPane(page).getByRole('heading', { name: new RegExp(line) })
    await heading.hover()
    await page.getByRole('button', { name: 'Table of contents options for this block' }).click()
    await menu.getByRole('button', { name: 'Not a heading' }).click()
    await menu.waitFor({ state: 'detached' })
    await expect.poll(() => outlineTitles(page), LONG).not.toContain('大厅里的国旗')
    await expect(heading.count()).resolves.toBe(0)

    await page.reload()
    await documentPane(page).getByText(line).first().waitFor(LONG)
    await expect(heading.count()).resolves.toBe(0)
    expect(await outlineTitles(page)).not.toContain('大厅里的国旗')
    await expect.poll(() => paintedTexts(page, 'margin-yellow'), LONG).toEqual([marked])
  })
})

describe('the outline tree and rich text', () => {
  let session: MarginSession
  let folder: string
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'margin-rich-'))
    const filler = (name: string) =>
      Array.from(
        { length: 18 },
        (_, i) =>
          `${name}, paragraph ${i + 1}. ` +
          'The river ran on past the mill and the bridge. '.repeat(6),
      ).join('\n\n')
    const markdown = [
      '# Part one',
      'An opening with *emphasis*, **strong words**, `inline code` and a [web link](https://example.org/page).',
      'Roses are red,  \nviolets are blue,  \nsugar is sweet.',
      filler('Part one'),
      '## Chapter one',
      filler('Chapter one'),
      '## Chapter two',
      filler('Chapter two'),
      '# Part two',
      '## Chapter three',
      filler('Chapter three'),
    ].join('\n\n')
    await writeFile(join(folder, 'rich-article.md'), markdown)
    session = await startMargin()
    await importFixture(session.page, join(folder, 'rich-article.md'))
    await openDocument(session.page, /rich-article|Part one/, 'Roses are red')
  })
  afterAll(async () => {
    await session?.close()
    await rm(folder, { recursive: true, force: true })
  })

  it('moves through the contents with the arrow keys, and remembers whether it is open', async () => {
    const { page } = session
    const item = (name: string) => outlineTree(page).getByRole('treeitem', { name, exact: true })
    const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim())
    await expect.poll(() => outlineTree(page).locator('[tabindex="0"]').count(), LONG).toBe(1)
    await item('Part one').focus()
    await page.keyboard.press('ArrowDown')
    await expect.poll(focused).toBe('Chapter one')
    await page.keyboard.press('ArrowLeft') // to the parent
    await expect.poll(focused).toBe('Part one')
    await page.keyboard.press('ArrowLeft') // closes it
    await expect(item('Part one').getAttribute('aria-expanded')).resolves.toBe('false')
    await expect(item('Chapter one').count()).resolves.toBe(0)
    await page.keyboard.press('ArrowDown')
    await expect.poll(focused).toBe('Part two')
    await page.keyboard.press('ArrowUp')
    await page.keyboard.press('ArrowRight') // opens it again
    await expect(item('Chapter two').count()).resolves.toBe(1)
    await page.keyboard.press('End')
    await expect.poll(focused).toBe('Chapter three')
    await page.keyboard.press('Home')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    await expect.poll(focused).toBe('Chapter two')
    await page.keyboard.press('Enter')
    const heading = documentPane(page).getByRole('heading', { name: 'Chapter two' })
    await expect.poll(() => isAtPaneTop(page, heading), LONG).toBe(true)
    await expect.poll(() => item('Chapter two').getAttribute('aria-current')).toBe('location')

    // Closed with O, it stays closed after a reload; opened, it stays open.
    await documentPane(page).focus()
    await page.keyboard.press('o')
    await page.getByRole('navigation', { name: 'Outline' }).waitFor({ state: 'detached' })
    await expect.poll(() => savedOutlineOpen(page), LONG).toBe(false)
    await page.reload()
    await documentPane(page).locator('.reader__block').first().waitFor(LONG)
    await expect(
      page.getByRole('button', { name: 'Contents' }).getAttribute('aria-expanded'),
    ).resolves.toBe('false')
    await expect(page.getByRole('navigation', { name: 'Outline' }).count()).resolves.toBe(0)
    await page.getByRole('button', { name: 'Contents' }).click()
    await expect.poll(() => savedOutlineOpen(page), LONG).toBe(true)
    await page.reload()
    await page.getByRole('navigation', { name: 'Outline' }).waitFor(LONG)
  })

  it('shows inline markup and line breaks, keeps web links from navigating, and highlights across markup', async () => {
    const { page } = session
    await page.keyboard.press('Home')
    const pane = documentPane(page)
    await expect(pane.locator('em').first().textContent()).resolves.toBe('emphasis')
    await expect(pane.locator('strong').first().textContent()).resolves.toBe('strong words')
    await expect(pane.locator('code').first().textContent()).resolves.toBe('inline code')

    // The poem keeps its lines: each line starts lower than the one before.
    const red = await pointAt(page, 'Roses are red')
    const blue = await pointAt(page, 'violets are blue')
    const sweet = await pointAt(page, 'sugar is sweet')
    expect(blue.y).toBeGreaterThan(red.y + 5)
    expect(sweet.y).toBeGreaterThan(blue.y + 5)

    // A web link opens nothing: no navigation, no new window.
    const url = page.url()
    const link = pane.getByRole('link', { name: 'web link' })
    await expect(link.getAttribute('title')).resolves.toContain('https://example.org/page')
    await link.click()
    await link.click({ modifiers: ['Control'] })
    await page.waitForTimeout(300) // a navigation would have started by now
    expect(page.url()).toBe(url)
    expect(session.context.pages()).toHaveLength(1)

    // A highlight across emphasis and a line break paints exactly the text selected.
    for (const text of ['with *emphasis*, **strong', 'red,\nviolets are']) {
      const plain = text.replace(/\*/g, '')
      await selectText(page, plain)
      const toolbar = page.getByRole('toolbar', { name: 'Selected text' })
      await toolbar.getByRole('button', { name: 'Highlight green' }).click()
      await expect.poll(() => paintedTexts(page, 'margin-green'), LONG).toContainEqual(plain)
    }
    await page.reload()
    await pane.getByText('Roses are red').waitFor(LONG)
    await expect
      .poll(async () => (await paintedTexts(page, 'margin-green')).sort(), LONG)
      .toEqual(['red,\nviolets are', 'with emphasis, strong'])
    if (SCREENSHOTS) {
      await page.evaluate(() => document.fonts.ready)
      await page.screenshot({ path: join(SCREENSHOTS, 'reader-rich-text.png') })
    }
  })
})
