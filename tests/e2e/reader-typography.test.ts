import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { startMargin, type MarginSession } from '../support/margin-harness'
import { documentPane, importFixture, openDocument } from '../support/reader-page'

/** Imports a Markdown file made here and opens it (its card is named by its first heading). */
async function openMarkdown(
  page: Page,
  name: string,
  markdown: string,
  card: RegExp,
  showing: string,
) {
  await page.goto(page.url().split('#')[0] + '#/')
  await importFixture(page, { name, mimeType: 'text/markdown', buffer: Buffer.from(markdown) })
  await openDocument(page, card, showing)
}

/** The space between where `selector`'s painted box ends and the next block begins, in px. */
function gapAfter(page: Page, selector: string): Promise<number> {
  return documentPane(page).evaluate((pane, sel) => {
    const block = pane.querySelector<HTMLElement>(sel)!
    const style = getComputedStyle(block)
    const painted =
      block.getBoundingClientRect().bottom -
      parseFloat(style.paddingBlockEnd) * (style.backgroundColor === 'rgba(0, 0, 0, 0)' ? 1 : 0) -
      parseFloat(style.borderBlockEndWidth)
    const row = block.closest<HTMLElement>('.reader__block')!
    const next = pane.querySelector<HTMLElement>(
      `.reader__block[data-index="${Number(row.dataset['index']) + 1}"] .block`,
    )!
    return next.getBoundingClientRect().top - painted
  }, selector)
}

describe('reading typography on documents people bring', () => {
  let session: MarginSession
  beforeAll(async () => {
    session = await startMargin()
  })
  afterAll(() => session?.close())

  it('leaves the same space under a code block as under a paragraph', async () => {
    const { page } = session
    await openMarkdown(
      page,
      'code-spacing.md',
      [
        '# Signing',
        '',
        'For uploading a source-only package:',
        '',
        '```sh',
        '$ debsign package_version-rev_source.changes',
        '```',
        '',
        'For uploading a binary package:',
        '',
        'The last paragraph.',
        '',
      ].join('\n'),
      /Signing/,
      'For uploading a binary package',
    )
    const afterParagraph = await gapAfter(page, '.block--paragraph')
    expect(afterParagraph).toBeGreaterThan(5)
    const afterCode = await gapAfter(page, '.block--code')
    expect(afterCode).toBeGreaterThan(afterParagraph * 0.9)
  })
})
