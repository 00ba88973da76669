import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  CORPUS,
  SAMPLE_NEWSPAPER,
  startMargin,
  type MarginSession,
} from '../support/margin-harness'
import { importFixture } from '../support/reader-page'
import { SCREENSHOTS } from '../support/screenshots'

describe('a newspaper page in the reader (browser mode)', () => {
  let session: MarginSession
  beforeAll(async () => {
    session = await startMargin()
    if (SCREENSHOTS) await mkdir(SCREENSHOTS, { recursive: true })
  })
  afterAll(() => session?.close())

  it('shows the four articles in the contents and lays out headline, deck, byline, caption, box and credit', async () => {
    const { page } = session
    await page.getByRole('heading', { name: 'Your library is empty' }).waitFor()
    await importFixture(page, SAMPLE_NEWSPAPER)
    const card = page.getByRole('button', { name: /qilu-evening-news-2022-06-24/ })
    await card.waitFor({ timeout: 60_000 })
    await card.click()
    const pane = page.getByRole('main', { name: 'Document' })
    await pane
      .getByRole('heading', { name: '习近平主持金砖国家领导人第十四次会晤并发表重要讲话' })
      .waitFor({ timeout: 30_000 })
    await expect(pane.locator('.block--subheading').first().textContent()).resolves.toBe(
      '构建高质量伙伴关系 开启金砖合作新征程',
    )
    if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, 'newspaper-outline.png') })

    // Each article is an entry in the contents; choosing one brings its headline into view.
    for (const title of [
      '2022工业互联网产业发展大会启幕',
      '省工业互联网协会联合齐鲁晚报·齐鲁壹点重磅推出',
      '烟台抢抓工业互联网机遇',
    ]) {
      await page.getByText(title, { exact: true }).first().click()
      await pane.getByRole('heading', { name: title }).waitFor({ timeout: 10_000 })
    }
    await page
      .getByText('省工业互联网协会联合齐鲁晚报·齐鲁壹点重磅推出', { exact: true })
      .first()
      .click()
    await expect
      .poll(() => pane.locator('.block--caption').first().textContent(), { timeout: 10_000 })
      .toBe('“云行齐鲁 工赋山东”大型融媒访谈栏目揭牌仪式启动。记者 戴伟 摄')
    await expect
      .poll(() => pane.locator('.block--byline').allTextContents(), { timeout: 10_000 })
      .toContain('记者 王光耀 朱贵银')
    await pane.locator('.block--quote').first().scrollIntoViewIfNeeded()
    await expect
      .poll(() => pane.locator('.block--quote').allTextContents(), { timeout: 10_000 })
      .toEqual(['扫码下载齐鲁壹点', '找记者 上壹点'])
    await expect
      .poll(() => pane.locator('.block--credit').allTextContents(), { timeout: 10_000 })
      .toEqual(['编辑:于梅君 美编:马秀霞 组版:颜莉'])
    // The paragraph a column break cut in two reads whole.
    await expect
      .poll(
        () =>
          pane
            .getByText(
              '今年，山东省工业互联网协会联合齐鲁晚报·齐鲁壹点重磅推出《云行齐鲁 工赋山东》',
              { exact: false },
            )
            .count(),
        { timeout: 10_000 },
      )
      .toBe(1)
    if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, 'newspaper-article.png') })
  })

  it('shows another layout of the page (masthead, date line, page marker, body wrapped in a narrow column) as the same articles, its furniture small and plain', async () => {
    const { page } = session
    const sample = await readFile(SAMPLE_NEWSPAPER, 'utf8')
    // Printed columns: every body line cut at 24 characters, paragraphs indented, no blank lines.
    const body = sample
      .split('\n')
      .filter((l) => l.trim() !== '')
      .flatMap((l) => {
        if (!(l.length > 48 || /[。！？]$/u.test(l))) return [l]
        const indented = '\u3000\u3000' + l
        return Array.from({ length: Math.ceil(indented.length / 24) }, (_, i) =>
          indented.slice(i * 24, i * 24 + 24),
        )
      })
    const file = join(await mkdtemp(join(tmpdir(), 'margin-page-')), 'qilu-a02-columns.txt')
    await writeFile(file, ['齐鲁晚报', '2022年6月24日 星期五', 'A02 要闻', ...body].join('\n'))
    await page
      .getByRole('button', { name: /Library/ })
      .first()
      .click()
    await importFixture(page, file)
    const card = page.getByRole('button', { name: /qilu-a02-columns/ })
    await card.waitFor({ timeout: 60_000 })
    await card.click()
    const pane = page.getByRole('main', { name: 'Document' })
    await pane.getByRole('heading', { name: 'A02 要闻' }).waitFor({ timeout: 30_000 })
    const contents = page.getByRole('tree')
    for (const title of [
      '习近平主持金砖国家领导人第十四次会晤并发表重要讲话',
      '烟台抢抓工业互联网机遇',
    ])
      await contents.getByText(title, { exact: true }).waitFor({ timeout: 10_000 })
    await expect
      .poll(() => pane.locator('.block--furniture').allTextContents(), { timeout: 10_000 })
      .toEqual(['齐鲁晚报', '2022年6月24日 星期五'])
    // Furniture reads as small print, with no credit-line dash in front.
    const looks = await pane
      .locator('.block--furniture')
      .first()
      .evaluate((el) => {
        const paragraph = document.querySelector('.block--paragraph')!
        return {
          before: getComputedStyle(el, '::before').content,
          smaller:
            parseFloat(getComputedStyle(el).fontSize) <
            parseFloat(getComputedStyle(paragraph).fontSize),
        }
      })
    expect(looks).toEqual({ before: 'none', smaller: true })
    if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, 'newspaper-columns.png') })
    // A paragraph wrapped over several lines reads whole.
    await expect
      .poll(
        () =>
          pane
            .getByText('人民大会堂东大厅花团锦簇，金砖五国国旗整齐排列，与金砖标识交相辉映。', {
              exact: true,
            })
            .count(),
        { timeout: 10_000 },
      )
      .toBe(1)
    await page
      .getByText('省工业互联网协会联合齐鲁晚报·齐鲁壹点重磅推出', { exact: true })
      .first()
      .click()
    await expect
      .poll(() => pane.locator('.block--credit').allTextContents(), { timeout: 10_000 })
      .toEqual(['编辑:于梅君 美编:马秀霞 组版:颜莉'])
    const creditBefore = await pane
      .locator('.block--credit')
      .first()
      .evaluate((el) => getComputedStyle(el, '::before').content)
    expect(creditBefore).toBe('none')
  })

  it('sets a sub-heading inside an article apart from the paragraph above it, and a deck close under its headline', async () => {
    const { page } = session
    await page.goto(session.server.url)
    await importFixture(
      page,
      join(CORPUS, 'newspaper/rmrb-korea-articles_2019-06-21_to_2019-08-03.txt'),
    )
    const card = page.getByRole('button', { name: /rmrb-korea-articles_2019/ })
    await card.waitFor({ timeout: 60_000 })
    await card.click()
    const pane = page.getByRole('main', { name: 'Document' })
    const subheading = pane.locator('.block--subheading', { hasText: '■运筹' })
    await subheading.waitFor({ timeout: 30_000 })
    // The space between the text of a block and of the one above, in px.
    const gapAbove = (locator: typeof subheading) =>
      locator.evaluate((el) => {
        const row = el.closest('.reader__block')!
        const above = document.querySelector(
          `.reader__block[data-index="${Number(row.getAttribute('data-index')) - 1}"] .block`,
        )!
        return el.getBoundingClientRect().top - above.getBoundingClientRect().bottom
      })
    const inArticle = await gapAbove(subheading)
    const deck = pane.locator('.reader__block[data-after="heading"] .block--subheading').first()
    await deck.waitFor({ timeout: 10_000 })
    const underHeadline = await gapAbove(deck)
    expect(inArticle).toBeGreaterThan(underHeadline + 8)
  })
})
