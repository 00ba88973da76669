import { execFileSync } from 'node:child_process'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  launchBrowser,
  SAMPLE_NEWSPAPER,
  startMargin,
  type MarginSession,
} from '../support/margin-harness'
import { clickText, importFixture, openDocument, selectText } from '../support/reader-page'
import { SCREENSHOTS } from '../support/screenshots'

const LONG = { timeout: 15_000 }

/**
 * Waits until the popover shows `note` as saved: the box has closed and the note reads rendered.
 * Not getByText alone: a textarea's text content is its draft, so that matches before the save ends.
 */
async function noteShownSaved(popover: Locator, note: string): Promise<void> {
  await popover.getByRole('button', { name: 'Edit note' }).waitFor(LONG)
  await expect(popover.getByLabel('Note (Markdown)').count()).resolves.toBe(0)
  await expect(popover.locator('.note').textContent()).resolves.toContain(note)
}

/** How many ranges a named CSS highlight paints now. */
function painted(page: Page, name: string): Promise<number> {
  return page.evaluate((n) => CSS.highlights.get(n)?.size ?? 0, name)
}

/** Opens the newspaper sample from the library and waits for its text. */
function openSample(page: Page): Promise<void> {
  return openDocument(page, /^qilu-evening-news/, '金砖国家')
}

describe('highlights, notes and bookmarks', () => {
  let session: MarginSession
  beforeAll(async () => {
    session = await startMargin()
    if (SCREENSHOTS) await mkdir(SCREENSHOTS, { recursive: true })
    const { page } = session
    await importFixture(page, SAMPLE_NEWSPAPER)
    await openSample(page)
  })
  afterAll(() => session?.close())

  it('highlights a selection, adds, renders and edits a note, recolours, deletes and undoes', async () => {
    const { page } = session
    await selectText(page, '花团锦簇，金砖五国国旗整齐排列')
    const toolbar = page.getByRole('toolbar', { name: 'Selected text' })
    await toolbar.waitFor(LONG)
    await toolbar.getByRole('button', { name: 'Highlight yellow' }).click()
    await expect.poll(() => painted(page, 'margin-yellow'), LONG).toBe(1)
    await expect(toolbar.count()).resolves.toBe(0)

    await clickText(page, '金砖五国国旗')
    const popover = page.getByRole('dialog', { name: 'Annotation' })
    await popover.getByRole('button', { name: 'Add note' }).click()
    await popover
      .getByLabel('Note (Markdown)')
      .fill('**Opening scene** <script>alert(1)</script>\n\n- flags')
    await popover.getByRole('button', { name: 'Save note' }).click()
    await expect(popover.locator('strong').textContent()).resolves.toBe('Opening scene')
    // Raw HTML in a note is shown as text, never run.
    await expect(popover.locator('script').count()).resolves.toBe(0)
    await expect(popover.textContent()).resolves.toContain('<script>')

    await popover.getByRole('button', { name: 'Edit note' }).click()
    await popover.getByLabel('Note (Markdown)').fill('Edited: *five flags*')
    await popover.getByRole('button', { name: 'Save note' }).click()
    await expect.poll(() => popover.locator('em').textContent(), LONG).toBe('five flags')

    await popover.getByLabel('Tags').fill('scene, 金砖')
    await popover.getByLabel('Tags').press('Enter')
    await popover.getByRole('button', { name: 'green' }).click()
    await expect.poll(() => painted(page, 'margin-green'), LONG).toBe(1)
    expect(await painted(page, 'margin-yellow')).toBe(0)

    await popover.getByRole('button', { name: 'Delete' }).click()
    await expect.poll(() => painted(page, 'margin-green'), LONG).toBe(0)
    const toast = page.getByRole('status').filter({ hasText: 'Highlight deleted.' })
    await toast.getByRole('button', { name: 'Undo' }).click()
    await expect.poll(() => painted(page, 'margin-green'), LONG).toBe(1)
    // The undone highlight kept its note and tags.
    await clickText(page, '金砖五国国旗')
    await expect(popover.locator('em').textContent()).resolves.toBe('five flags')
    await expect(popover.getByLabel('Tags').inputValue()).resolves.toBe('scene, 金砖')
    await popover.getByRole('button', { name: 'Close' }).click()
  })

  it('selects with the keyboard and annotates with shortcuts', async () => {
    const { page } = session
    await clickText(page, '晚8时许')
    // Shift+arrows extend a selection from the caret; 3 underlines it.
    for (let i = 0; i < 6; i++) await page.keyboard.press('Shift+ArrowRight')
    await page.getByRole('toolbar', { name: 'Selected text' }).waitFor(LONG)
    await page.keyboard.press('u')
    await expect.poll(() => painted(page, 'margin-underline-yellow'), LONG).toBe(1)
    await selectText(page, '会晤开始')
    await page.keyboard.press('3')
    await expect.poll(() => painted(page, 'margin-blue'), LONG).toBe(1)
  })

  it('lists annotations in a panel with filters and search, and jumps to them', async () => {
    const { page } = session
    await page.getByRole('button', { name: /^Annotations/ }).click()
    const panel = page.getByRole('complementary', { name: 'Annotations' })
    const cards = panel.getByRole('list', { name: 'Highlights and notes' }).getByRole('listitem')
    await expect.poll(() => cards.count(), LONG).toBe(3)
    // Reading order: the flags passage comes before 晚8时许.
    await expect(cards.first().textContent()).resolves.toContain('花团锦簇')
    await panel.getByLabel('Search notes').fill('five flags')
    await expect.poll(() => cards.count(), LONG).toBe(1)
    await panel.getByLabel('Search notes').fill('')
    await panel.getByRole('button', { name: 'Only blue' }).click()
    await expect.poll(() => cards.count(), LONG).toBe(1)
    await expect(cards.first().textContent()).resolves.toContain('会晤开始')
    await panel.getByRole('button', { name: 'Only blue' }).click()
    await panel.getByLabel('Tag').selectOption('scene')
    await expect.poll(() => cards.count(), LONG).toBe(1)
    await panel.getByLabel('Tag').selectOption('')

    // Jump: scroll away, then go back through the panel.
    const documentPane = page.getByRole('main', { name: 'Document' })
    await documentPane.evaluate((el) => el.scrollTo(0, el.scrollHeight))
    await panel.getByRole('button', { name: /Go to “花团锦簇/ }).click()
    await expect.poll(() => painted(page, 'margin-green'), LONG).toBe(1)
    await expect.poll(() => painted(page, 'margin-active'), LONG).toBe(1)
    if (SCREENSHOTS) {
      await selectText(page, '习近平首先致欢迎辞')
      await page.keyboard.press('4')
      await page.getByRole('toolbar', { name: 'Selected text' }).waitFor({ state: 'detached' })
      await selectText(page, '金砖机制展现了韧性和活力')
      await page.getByRole('toolbar', { name: 'Selected text' }).waitFor(LONG)
      await page.screenshot({ path: join(SCREENSHOTS, 'annotations.png') })
      await page.keyboard.press('Escape')
    }
  })

  it('toggles bookmarks with Ctrl+D at the reading position, names them and jumps to them', async () => {
    const { page } = session
    const documentPane = page.getByRole('main', { name: 'Document' })
    const bookmarkHere = page.getByRole('button', { name: 'Remove bookmark here' })
    const noBookmarkHere = page.getByRole('button', { name: 'Bookmark this place' })
    const percentRead = async () =>
      Number(
        (await page.locator('.status-line__percent').textContent())?.match(/(\d+)%/)?.[1] ?? -1,
      )
    // Halfway through, by Go to (G), as a reader would: the reader reports the new position itself.
    await documentPane.focus()
    await page.keyboard.press('g')
    const percentField = page.getByRole('spinbutton', { name: 'Percent of the document' })
    await percentField.fill('50')
    await percentField.press('Enter')
    await page.getByRole('dialog', { name: 'Go to' }).waitFor({ state: 'detached' })
    await expect.poll(percentRead, LONG).toBeGreaterThan(20)
    await documentPane.focus()
    await page.keyboard.press('Control+d')
    await expect.poll(() => bookmarkHere.count(), LONG).toBe(1)
    await page.getByRole('button', { name: 'Bookmarks', exact: true }).click()
    const panel = page.getByRole('complementary', { name: 'Bookmarks' })
    const items = panel.getByRole('listitem')
    await expect.poll(() => items.count(), LONG).toBe(1)
    await items.first().getByLabel('Bookmark name').fill('Halfway')
    await items.first().getByLabel('Bookmark name').press('Enter')

    // At the top of the page the halfway bookmark is elsewhere, so Ctrl+D adds a second one.
    await documentPane.evaluate((el) => el.scrollTo(0, 0))
    await expect.poll(percentRead, LONG).toBe(0)
    await expect.poll(() => noBookmarkHere.count(), LONG).toBe(1)
    await documentPane.focus()
    await page.keyboard.press('Control+d')
    await expect.poll(() => items.count(), LONG).toBe(2)
    await expect.poll(() => bookmarkHere.count(), LONG).toBe(1)
    const names = () =>
      items
        .getByLabel('Bookmark name')
        .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))
    // Reading order: the new one at the top comes first.
    await expect.poll(names, LONG).toEqual(['', 'Halfway'])
    if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, 'bookmarks.png') })

    await items.nth(1).getByRole('button').filter({ hasNotText: 'Delete' }).first().click()
    await expect.poll(percentRead, LONG).toBeGreaterThan(20) // the jump has landed halfway
    await expect.poll(() => bookmarkHere.count(), LONG).toBe(1)
    // Ctrl+D there removes the halfway one only; Ctrl+Z brings it back, name and all.
    await documentPane.focus()
    await page.keyboard.press('Control+d')
    await expect.poll(names, LONG).toEqual([''])
    await expect.poll(() => noBookmarkHere.count(), LONG).toBe(1)
    await page.keyboard.press('Control+z')
    await expect.poll(names, LONG).toEqual(['', 'Halfway'])
    await expect.poll(() => bookmarkHere.count(), LONG).toBe(1)
  })

  it('shows every note in the library-wide notebook', async () => {
    const { page } = session
    await page.goto(`${session.server.url}#/notebook`)
    const list = page.getByRole('main', { name: 'All annotations' })
    await expect.poll(() => list.getByRole('listitem').count(), LONG).toBeGreaterThanOrEqual(3)
    await page.getByLabel('Search notes').fill('five flags')
    await expect.poll(() => list.getByRole('listitem').count(), LONG).toBe(1)
    await page.getByLabel('Search notes').fill('')
    if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, 'notebook.png') })
    await list.getByRole('button', { name: /Go to “花团锦簇/ }).click()
    await page.getByRole('main', { name: 'Document' }).waitFor(LONG)
    await expect.poll(() => painted(page, 'margin-green'), LONG).toBe(1)
  })
})

/** The pids of the Chromium processes using a profile folder. */
function chromiumPids(profileDir: string): number[] {
  try {
    return execFileSync('pgrep', ['-f', `user-data-dir=${profileDir}`], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map(Number)
  } catch {
    return []
  }
}

describe('a note survives the browser being killed', () => {
  let session: MarginSession
  // Each attempt in a fresh profile: a retry must not start with the notes of the failed one.
  beforeEach(async () => {
    session = await startMargin()
    await importFixture(session.page, SAMPLE_NEWSPAPER)
  })
  afterEach(() => session?.close())

  it('keeps every saved note, none doubled, over ten SIGKILLs', async () => {
    const passages = [
      '人民大会堂东大厅',
      '金砖五国领导人',
      '习近平首先致欢迎辞',
      '回首过去一年',
      '秉持开放包容',
      '汇聚经济复苏的合力',
      '惊涛骇浪',
      '站在历史的十字路口',
      '维护世界和平与安宁',
      '共同应对风险和挑战',
    ]
    for (let cycle = 0; cycle < passages.length; cycle++) {
      const page = session.page
      await openSample(page)
      await selectText(page, passages[cycle]!)
      await page.keyboard.press('n')
      const popover = page.getByRole('dialog', { name: 'Annotation' })
      await popover.getByLabel('Note (Markdown)').fill(`note ${cycle}`)
      await popover.getByRole('button', { name: 'Save note' }).click()
      // Saved as soon as the note shows rendered: that is what the user sees. Then the browser dies.
      await noteShownSaved(popover, `note ${cycle}`)
      const pids = chromiumPids(session.profileDir)
      expect(pids.length).toBeGreaterThan(0)
      for (const pid of pids) {
        try {
          process.kill(pid, 'SIGKILL')
        } catch {
          // Already gone with its parent.
        }
      }
      await session.context.close().catch(() => {})
      await expect.poll(() => chromiumPids(session.profileDir).length, LONG).toBe(0)
      session.context = await launchBrowser(session.profileDir)
      session.page = session.context.pages()[0] ?? (await session.context.newPage())
      await session.page.goto(session.server.url)

      await openSample(session.page)
      await session.page.getByRole('button', { name: /^Annotations/ }).click()
      const cards = session.page
        .getByRole('complementary', { name: 'Annotations' })
        .getByRole('listitem')
      await expect.poll(() => cards.count(), LONG).toBe(cycle + 1)
      const texts = await cards.allTextContents()
      // Each note exactly once; on a failure the message lists every card, to tell which went.
      const counts = Array.from(
        { length: cycle + 1 },
        (_, n) => texts.filter((t) => t.includes(`note ${n}`)).length,
      )
      expect(counts, `cards after kill ${cycle}: ${JSON.stringify(texts)}`).toEqual(
        counts.map(() => 1),
      )
      await session.page.getByRole('button', { name: /^Annotations/ }).click()
      await session.page.getByRole('button', { name: '← Library' }).click()
    }
  })
})

describe('a change shows at once in every open window', () => {
  let session: MarginSession
  beforeAll(async () => {
    session = await startMargin()
    await importFixture(session.page, SAMPLE_NEWSPAPER)
    await openSample(session.page)
  })
  afterAll(() => session?.close())

  it('shows a highlight and a note made in one tab in another, and a delete there back here', async () => {
    const first = session.page
    // A second tab of the same browser on the same document, opened by its address.
    const second = await session.context.newPage()
    await second.goto(first.url())
    await second
      .getByRole('main', { name: 'Document' })
      .getByText('金砖国家', { exact: false })
      .first()
      .waitFor(LONG)
    expect(second.url()).toBe(first.url())

    await selectText(first, '人民大会堂东大厅')
    await first.keyboard.press('n')
    const popover = first.getByRole('dialog', { name: 'Annotation' })
    await popover.getByLabel('Note (Markdown)').fill('Seen from the other tab')
    await popover.getByRole('button', { name: 'Save note' }).click()
    await noteShownSaved(popover, 'Seen from the other tab')
    await popover.getByRole('button', { name: 'Close' }).click()

    // No reload: the other tab paints it and lists the note.
    await expect.poll(() => painted(second, 'margin-yellow'), LONG).toBe(1)
    await second.getByRole('button', { name: /^Annotations/ }).click()
    const cards = second
      .getByRole('complementary', { name: 'Annotations' })
      .getByRole('list', { name: 'Highlights and notes' })
      .getByRole('listitem')
    await expect.poll(() => cards.count(), LONG).toBe(1)
    await expect.poll(() => cards.first().textContent(), LONG).toContain('Seen from the other tab')
    await expect.poll(() => cards.first().textContent(), LONG).toContain('人民大会堂东大厅')

    // Deleted in the second tab: gone from the first.
    await clickText(second, '人民大会堂东大厅')
    await second
      .getByRole('dialog', { name: 'Annotation' })
      .getByRole('button', { name: 'Delete' })
      .click()
    await expect.poll(() => cards.count(), LONG).toBe(0)
    await expect.poll(() => painted(first, 'margin-yellow'), LONG).toBe(0)
    await expect
      .poll(() => first.getByRole('button', { name: /^Annotations/ }).textContent(), LONG)
      .toBe('Annotations')
    await second.close()
  })
})
