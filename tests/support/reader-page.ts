/** Steps the E2E tests take on Margin's page: import a file, open it, find and select rendered text. */
import type { Locator, Page } from 'playwright-core'

/** How long a step waits for the reader to render on a loaded machine. */
const RENDER_TIMEOUT = 20_000

export const documentPane = (page: Page): Locator => page.getByRole('main', { name: 'Document' })

/** Imports files through the library's file input, as choosing them in the file dialog would. */
export async function importFixture(
  page: Page,
  files: Parameters<Locator['setInputFiles']>[0],
): Promise<void> {
  await page.getByLabel('Choose files to import').setInputFiles(files)
}

/** Opens the first library card whose name matches, once it is listed, and waits until the reader shows `showing`. */
export async function openDocument(
  page: Page,
  card: RegExp,
  showing: string,
  { timeout = 30_000 }: { timeout?: number } = {},
): Promise<void> {
  const tile = page.getByRole('button', { name: card }).first()
  await tile.waitFor({ timeout })
  await tile.click()
  await documentPane(page).getByText(showing).first().waitFor({ timeout })
}

/** The index of the block at the top of the document pane, -1 when none is rendered. */
export function topBlockIndex(page: Page): Promise<number> {
  return page.evaluate(() => {
    const top = document.querySelector('main[aria-label="Document"]')!.getBoundingClientRect().top
    const blocks = [...document.querySelectorAll<HTMLElement>('.reader__block')]
      .filter((b) => b.getBoundingClientRect().bottom > top + 1)
      .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)
    return Number(blocks[0]?.dataset['index'] ?? -1)
  })
}

/** Whether `element` stands on the first line of the document pane (within its own height). */
export async function isAtPaneTop(page: Page, element: Locator): Promise<boolean> {
  const box = await element.boundingBox()
  const pane = await documentPane(page).boundingBox()
  return box && pane ? Math.abs(box.y - pane.y) < box.height : false
}

/** Waits until `needle` is rendered in the document pane. */
async function waitForText(page: Page, needle: string): Promise<void> {
  await page.waitForFunction(
    (n) => document.querySelector('main[aria-label="Document"]')?.textContent?.includes(n),
    needle,
    { timeout: RENDER_TIMEOUT },
  )
}

/** The point in the middle of the first rendered occurrence of `needle` (within one text node). */
export async function pointAt(page: Page, needle: string): Promise<{ x: number; y: number }> {
  await waitForText(page, needle)
  return page.evaluate((n) => {
    const main = document.querySelector('main[aria-label="Document"]')!
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT)
    for (
      let node = walker.nextNode() as Text | null;
      node;
      node = walker.nextNode() as Text | null
    ) {
      const at = node.data.indexOf(n)
      if (at < 0) continue
      const range = document.createRange()
      range.setStart(node, at + Math.floor(n.length / 2))
      range.setEnd(node, at + Math.floor(n.length / 2) + 1)
      const rect = range.getBoundingClientRect()
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 }
    }
    throw new Error(`not rendered: ${n}`)
  }, needle)
}

/** Clicks the middle of the first rendered occurrence of `needle`. */
export async function clickText(page: Page, needle: string): Promise<void> {
  const point = await pointAt(page, needle)
  await page.mouse.click(point.x, point.y)
}

/** Selects the first occurrence of `needle` in a block, as a mouse drag would; it may run across
 * several text nodes of that block (emphasis, links). */
export async function selectText(page: Page, needle: string): Promise<void> {
  await waitForText(page, needle)
  await page.evaluate((n) => {
    for (const block of document.querySelectorAll<HTMLElement>('.reader__block')) {
      const at = (block.textContent ?? '').indexOf(n)
      if (at < 0) continue
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT)
      const range = document.createRange()
      let seen = 0
      for (
        let node = walker.nextNode() as Text | null;
        node;
        node = walker.nextNode() as Text | null
      ) {
        const end = seen + node.data.length
        if (seen <= at && at < end) range.setStart(node, at - seen)
        if (seen < at + n.length && at + n.length <= end) range.setEnd(node, at + n.length - seen)
        seen = end
      }
      const selection = document.getSelection()!
      selection.removeAllRanges()
      selection.addRange(range)
      return
    }
    throw new Error(`not rendered: ${n}`)
  }, needle)
}
