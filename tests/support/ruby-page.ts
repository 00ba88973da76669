/** Steps the ruby E2E tests share: a session with a folder for made-up files, ruby boxes, a drag across a ruby. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { startMargin, type MarginSession } from './margin-harness'
import { importFixture, openDocument, pointAt } from './reader-page'
import { SCREENSHOTS } from './screenshots'

const LONG = { timeout: 20_000 }

/** A Margin session and a temporary folder for the files a test writes; filled in before the tests run. */
export function useMarginWithFolder(prefix: string): { session: MarginSession; folder: string } {
  const made = {} as { session: MarginSession; folder: string }
  beforeAll(async () => {
    made.session = await startMargin()
    made.folder = await mkdtemp(join(tmpdir(), prefix))
    if (SCREENSHOTS) await mkdir(SCREENSHOTS, { recursive: true })
  })
  afterAll(async () => {
    await made.session?.close()
    if (made.folder) await rm(made.folder, { recursive: true, force: true })
  })
  return made
}

/** Writes a made-up file into the session's folder, imports it from the library and opens it at `showing`. */
export async function importAndOpen(
  made: { session: MarginSession; folder: string },
  name: string,
  bytes: Uint8Array,
  card: RegExp,
  showing: string,
): Promise<void> {
  const { page } = made.session
  await page.goto(made.session.server.url) // a retry starts from the library
  const file = join(made.folder, name)
  await writeFile(file, bytes)
  await importFixture(page, file)
  await openDocument(page, card, showing)
}

type Box = { top: number; bottom: number; left: number; right: number; width: number }

/** The boxes of a ruby's first base and of its first reading, in the page. */
export function rubyBoxes(ruby: Locator): Promise<{ base: Box; rt: Box }> {
  return ruby.evaluate((element) => {
    const base = document.createRange()
    base.selectNodeContents(element.firstChild!)
    return {
      base: base.getBoundingClientRect().toJSON() as Box,
      rt: element.querySelector('rt')!.getBoundingClientRect().toJSON() as Box,
    }
  })
}

/** Drags the mouse from just before the text `from` to just after the text `to`. */
export async function dragAcross(page: Page, from: string, to: string): Promise<void> {
  const start = await pointAt(page, from)
  const end = await pointAt(page, to)
  await page.mouse.move(start.x - 4, start.y)
  await page.mouse.down()
  await page.mouse.move(end.x + 4, end.y, { steps: 8 })
  await page.mouse.up()
}

/** Highlights the selection yellow, opens the annotations panel and gives the card's quote. */
export async function highlightAndReadQuote(page: Page): Promise<string | null> {
  const toolbar = page.getByRole('toolbar', { name: 'Selected text' })
  await toolbar.getByRole('button', { name: 'Highlight yellow' }).click()
  await page.waitForFunction(
    () => (CSS.highlights.get('margin-yellow')?.size ?? 0) === 1,
    null,
    LONG,
  )
  await page.getByRole('button', { name: /^Annotations/ }).click()
  const quote = page
    .getByRole('complementary', { name: 'Annotations' })
    .locator('.annotation-card__quote')
    .first()
  await quote.waitFor(LONG)
  return quote.textContent()
}
