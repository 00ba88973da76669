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

/** The widest step from one Chinese character to the next on a line of the first paragraph, in ems. */
function widestHanStep(page: Page): Promise<number> {
  return documentPane(page).evaluate((pane) => {
    const block = pane.querySelector<HTMLElement>('.block--paragraph')!
    const size = parseFloat(getComputedStyle(block).fontSize)
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT)
    const range = document.createRange()
    let widest = 0
    for (
      let node = walker.nextNode() as Text | null;
      node;
      node = walker.nextNode() as Text | null
    ) {
      if (node.parentElement?.closest('code')) continue
      let previous: DOMRect | null = null
      for (let i = 0; i < node.data.length; i++) {
        range.setStart(node, i)
        range.setEnd(node, i + 1)
        const box = range.getBoundingClientRect()
        const han = /\p{Script=Han}/u.test(node.data[i]!)
        if (han && previous && Math.abs(box.top - previous.top) < 2) {
          widest = Math.max(widest, (box.left - previous.left) / size)
        }
        previous = han ? box : null
      }
    }
    return widest
  })
}

/** The widest space between two words of the first paragraph, in ems. */
function widestWordSpace(page: Page): Promise<number> {
  return documentPane(page).evaluate((pane) => {
    const block = pane.querySelector<HTMLElement>('.block--paragraph')!
    const size = parseFloat(getComputedStyle(block).fontSize)
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT)
    const range = document.createRange()
    let widest = 0
    for (
      let node = walker.nextNode() as Text | null;
      node;
      node = walker.nextNode() as Text | null
    ) {
      for (let i = 0; i < node.data.length; i++) {
        if (node.data[i] !== ' ') continue
        range.setStart(node, i)
        range.setEnd(node, i + 1)
        widest = Math.max(widest, range.getBoundingClientRect().width / size)
      }
    }
    return widest
  })
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

  it('keeps Chinese characters evenly set in a justified line before a long piece of code', async () => {
    const { page } = session
    await openMarkdown(
      page,
      'code-in-chinese.md',
      [
        '# 登录 shell',
        '',
        '如果你想使用不同的 shell 交互提示符，从 GUI（图形用户界面）的终端模拟器来设置；或者从 `~/.bashrc` 启动，比如说，在里面放置"`exec /usr/bin/zsh -i -l`"或"`exec /usr/bin/fish -i -l`"。因登录 shell 可以被一些系统初始化程序使用，请谨慎的把登录 shell 保持为 `bash(1)`，并避免把它转换为 `chsh(1)`。',
        '',
      ].join('\n'),
      /登录 shell/,
      '交互提示符',
    )
    expect(await widestHanStep(page)).toBeLessThan(1.2)
  })

  it('draws the side rule of a quote that opens a document beside its text only', async () => {
    const { page } = session
    await openMarkdown(
      page,
      'opening-quote.md',
      [
        '> [Illustration: GEORGE ALLEN PUBLISHER 156 CHARING CROSS ROAD LONDON]',
        '',
        '# Opening quote',
        '',
        'The story begins.',
        '',
      ].join('\n'),
      /Opening quote/,
      'The story begins',
    )
    const { ruleAbove, textBelowPane, size } = await documentPane(page).evaluate((pane) => {
      const quote = pane.querySelector<HTMLElement>('.reader__block[data-index="0"] .block--quote')!
      const range = document.createRange()
      range.selectNodeContents(quote)
      const text = range.getClientRects()[0]!
      return {
        ruleAbove: text.top - quote.getBoundingClientRect().top,
        textBelowPane: text.top - pane.getBoundingClientRect().top,
        size: parseFloat(getComputedStyle(quote).fontSize),
      }
    })
    expect(ruleAbove).toBeLessThan(0.8 * size)
    // The document still starts a little way down the page.
    expect(textBelowPane).toBeGreaterThan(1.5 * size)
  })

  it('centres a figure caption under its picture', async () => {
    const { page } = session
    await openMarkdown(
      page,
      'figure-caption.md',
      [
        '# Figure caption',
        '',
        'What the memory looks like:',
        '',
        '<img alt="Two tables: s1 on the stack, its string on the heap" src="img/trpl04-01.svg" class="center" />',
        '',
        '<span class="caption">图 4-1：将值 `"hello"` 绑定给 `s1` 的 `String` 在内存中的表现形式</span>',
        '',
        'The text goes on.',
        '',
      ].join('\n'),
      /Figure caption/,
      'The text goes on',
    )
    const centres = await documentPane(page).evaluate((pane) => {
      const middle = (el: Element) => {
        const range = document.createRange()
        range.selectNodeContents(el)
        const box = range.getBoundingClientRect()
        return box.left + box.width / 2
      }
      const picture = pane.querySelector('.block--image img, .block--image-missing')!
      const box = picture.getBoundingClientRect()
      return {
        picture: box.left + box.width / 2,
        caption: middle(pane.querySelector('.block--caption')!),
      }
    })
    expect(Math.abs(centres.caption - centres.picture)).toBeLessThan(12)
  })

  it('sets an English paragraph with code in it without gaping word spaces', async () => {
    const { page } = session
    await openMarkdown(
      page,
      'code-in-english.md',
      [
        '# Symbols',
        '',
        'For example, `libz.so.1` contains the symbols `compress` and `compressBound`. `compress` has no symbol version and last changed its behavior in upstream version `1:1.1.4`. `compressBound` has the symbol version `ZLIB_1.2.0`, was introduced in upstream version `1:1.2.0`, and has not changed its behavior. One or more `alternative-dependency-template` lines may be provided.',
        '',
      ].join('\n'),
      /Symbols/,
      'For example',
    )
    expect(await widestWordSpace(page)).toBeLessThan(0.6)
  })
})
