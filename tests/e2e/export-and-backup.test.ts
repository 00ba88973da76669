import { mkdir, readdir, readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import Papa from 'papaparse'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SAMPLE_NEWSPAPER, startMargin, type MarginSession } from '../support/margin-harness'

/** Set MARGIN_SCREENSHOTS=1 (npm run screenshots) to refresh the pictures in docs/. */
const SCREENSHOTS =
  process.env['MARGIN_SCREENSHOTS'] === '1'
    ? resolve(import.meta.dirname, '../../docs/screenshots')
    : null

const PHRASES = [
  {
    phrase: '金砖国家领导人第十四次会晤',
    note: '第十四次会晤，视频方式。',
    tags: ['外交'],
    color: 'yellow',
  },
  { phrase: '人民大会堂东大厅花团锦簇', note: '', tags: [], color: 'green' },
  {
    phrase: '工业互联网连续五年写入政府工作报告',
    note: 'Five years, "in a row", of policy.',
    tags: ['industry'],
    color: 'blue',
  },
]

/** Puts annotations with real selectors into the page's IndexedDB, as the reader would. */
async function seedAnnotations(page: Page): Promise<{ documentId: string; quotes: string[] }> {
  return page.evaluate(async (phrases) => {
    const margin = (window as unknown as { margin: any }).margin
    const list = await margin.listDocuments()
    const meta = list.value[0]
    const doc = (await margin.openDocument(meta.id)).value
    const text = doc.blocks.map((b: { text: string }) => b.text).join('\n')
    const records = phrases.map((p, i) => {
      const start = text.indexOf(p.phrase)
      const end = start + p.phrase.length
      const block = [...doc.blocks].reverse().find((b: { start: number }) => b.start <= start)
      return {
        id: `e2e-${i}`,
        documentId: meta.id,
        blockId: block.id,
        selectors: [
          {
            type: 'TextQuoteSelector',
            exact: p.phrase,
            prefix: text.slice(Math.max(0, start - 32), start),
            suffix: text.slice(end, end + 32),
          },
          { type: 'TextPositionSelector', start, end },
        ],
        color: p.color,
        style: 'highlight',
        note: p.note,
        tags: p.tags,
        createdAt: Date.UTC(2024, 4, 1, 9, i),
        updatedAt: Date.UTC(2024, 4, 1, 10, i),
      }
    })
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const request = indexedDB.open('margin')
      request.onsuccess = () => done(request.result)
      request.onerror = () => fail(request.error)
    })
    await new Promise<void>((done, fail) => {
      const tx = db.transaction('annotations', 'readwrite')
      for (const record of records) tx.objectStore('annotations').put(record)
      tx.oncomplete = () => done()
      tx.onerror = () => fail(tx.error)
    })
    db.close()
    return { documentId: meta.id as string, quotes: phrases.map((p) => p.phrase) }
  }, PHRASES)
}

async function countAnnotations(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((done) => {
        const request = indexedDB.open('margin')
        request.onsuccess = () => {
          const db = request.result
          const count = db.transaction('annotations').objectStore('annotations').count()
          count.onsuccess = () => {
            done(count.result)
            db.close()
          }
        }
      }),
  )
}

describe('exporting notes and backing up in browser mode', () => {
  let session: MarginSession
  let documentId = ''
  beforeAll(async () => {
    session = await startMargin()
    if (SCREENSHOTS) await mkdir(SCREENSHOTS, { recursive: true })
    const { page } = session
    await page.getByLabel('Choose files to import').setInputFiles(SAMPLE_NEWSPAPER)
    await page
      .getByRole('button', { name: /qilu-evening-news-2022-06-24/ })
      .first()
      .waitFor()
    documentId = (await seedAnnotations(page)).documentId
  })
  afterAll(() => session?.close())

  it('previews the notes, then downloads Markdown, JSON and CSV files with them', async () => {
    const { page } = session
    await page.getByRole('button', { name: 'Export notes' }).click()
    const dialog = page.getByRole('dialog', { name: 'Export notes' })
    const preview = dialog.getByRole('region', { name: 'Export preview' })
    await expect
      .poll(() => preview.textContent(), { timeout: 15_000 })
      .toContain('> 金砖国家领导人第十四次会晤')
    await expect(dialog.getByRole('status').textContent()).resolves.toContain('3 notes')
    if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, 'export-preview.png') })

    const [markdownDownload] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Download MD' }).click(),
    ])
    const markdown = await readFile((await markdownDownload.path())!, 'utf8')
    expect(markdownDownload.suggestedFilename()).toBe('Margin notes.md')
    expect(markdown).toMatch(/^---\ntitle: "Margin notes"/)
    const order = PHRASES.map((p) => markdown.indexOf(`> ${p.phrase}`))
    expect(order.every((at) => at > 0)).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
    expect(markdown).toContain('Tags: #外交')
    expect(markdown).toMatch(
      new RegExp(`\\(<http://127\\.0\\.0\\.1:\\d+/#/read/${documentId}\\?at=\\d+>\\)`),
    )

    await dialog.getByRole('radio', { name: /Web Annotation JSON/ }).check()
    await expect.poll(() => preview.textContent()).toContain('"AnnotationCollection"')
    const [jsonDownload] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Download JSON' }).click(),
    ])
    const collection = JSON.parse(await readFile((await jsonDownload.path())!, 'utf8'))
    expect(collection.total).toBe(3)
    expect(collection.first.items.map((i: { id: string }) => i.id)).toEqual([
      'urn:margin:annotation:e2e-0',
      'urn:margin:annotation:e2e-1',
      'urn:margin:annotation:e2e-2',
    ])

    await dialog.getByRole('radio', { name: /CSV for Readwise/ }).check()
    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Download CSV' }).click(),
    ])
    const rows = Papa.parse<Record<string, string>>(
      await readFile((await csvDownload.path())!, 'utf8'),
      { header: true, skipEmptyLines: true },
    ).data
    expect(rows.map((r) => r['Highlight'])).toEqual(PHRASES.map((p) => p.phrase))
    expect(rows[2]!['Note']).toBe('Five years, "in a row", of policy.\n.industry')
    await dialog.getByRole('button', { name: 'Close' }).click()
  })

  it('opens Margin at the passage a link names', async () => {
    const { page } = session
    const offset = await page.evaluate(async (id) => {
      const doc = (await (window as unknown as { margin: any }).margin.openDocument(id)).value
      return doc.blocks
        .map((b: { text: string }) => b.text)
        .join('\n')
        .indexOf('工业互联网连续五年写入政府工作报告')
    }, documentId)
    await page.evaluate(({ id, at }) => (location.hash = `#/read/${id}?at=${at}`), {
      id: documentId,
      at: offset,
    })
    const pane = page.getByRole('main', { name: 'Document' })
    await expect
      .poll(
        () =>
          pane.evaluate((el) => {
            const top = el.getBoundingClientRect().top
            const visible = [...el.querySelectorAll<HTMLElement>('p, h1, h2, h3, div')].filter(
              (b) => {
                const r = b.getBoundingClientRect()
                return r.bottom > top && r.top < top + el.clientHeight
              },
            )
            return visible.some((b) =>
              b.textContent?.includes('工业互联网连续五年写入政府工作报告'),
            )
          }),
        { timeout: 15_000 },
      )
      .toBe(true)
  })

  it('keeps safety copies in the data folder and puts them back when IndexedDB is emptied', async () => {
    const { page, dataDir } = session
    const safety = join(dataDir, 'safety')
    await expect
      .poll(
        async () =>
          (await readdir(safety).catch(() => [])).filter((n) => /-n3\.json$/.test(n)).length,
        { timeout: 20_000 },
      )
      .toBeGreaterThan(0)

    // What Chromium does after a full disk: the site's IndexedDB is gone. (Deleted from a page of the
    // same origin without Margin on it, so no open connection blocks it.)
    await page.goto(new URL('no-such-file.txt', session.server.url).href)
    await page.evaluate(
      () =>
        new Promise<void>((done, fail) => {
          const request = indexedDB.deleteDatabase('margin')
          request.onsuccess = () => done()
          request.onerror = () => fail(request.error)
        }),
    )
    await page.goto(session.server.url)
    const alert = page.getByRole('alert').filter({ hasText: 'safety copy' })
    await alert.waitFor({ timeout: 20_000 })
    await expect(alert.textContent()).resolves.toMatch(
      /put back 3 notes .* from the safety copy of /,
    )
    await expect.poll(() => countAnnotations(page), { timeout: 10_000 }).toBe(3)
  })

  it('backs up everything and restores it into an empty profile', async () => {
    const { page } = session
    await page.getByRole('button', { name: 'Backup' }).click()
    const dialog = page.getByRole('dialog', { name: 'Backup and restore' })
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Download backup' }).click(),
    ])
    const archivePath = (await download.path())!
    expect(download.suggestedFilename()).toMatch(/^margin-backup-.*\.zip$/)

    const fresh = await startMargin()
    try {
      const page2 = fresh.page
      await page2.getByRole('heading', { name: 'Your library is empty' }).waitFor()
      await page2.getByRole('button', { name: 'Backup' }).click()
      await page2.getByLabel('Restore from backup…').setInputFiles(archivePath)
      await expect
        .poll(
          () =>
            page2
              .getByRole('dialog', { name: 'Backup and restore' })
              .getByRole('status')
              .textContent(),
          { timeout: 20_000 },
        )
        .toMatch(/1 document, 3 notes/)
      const original = await readFile(SAMPLE_NEWSPAPER)
      const folder = join(fresh.dataDir, 'documents', documentId)
      const restored = await readFile(
        join(
          folder,
          (await readdir(folder)).find((n) => n.startsWith('original'))!,
        ),
      )
      expect(Buffer.compare(restored, original)).toBe(0)
      expect(await countAnnotations(page2)).toBe(3)
      await page2.getByRole('button', { name: 'Close' }).click()
      await page2
        .getByRole('button', { name: /qilu-evening-news-2022-06-24/ })
        .first()
        .waitFor()
    } finally {
      await fresh.close()
    }
  })
})
