import { createHash } from 'node:crypto'
import { mkdir, readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { unzipSync } from 'fflate'
import Papa from 'papaparse'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SAMPLE_NEWSPAPER, startMargin, type MarginSession } from '../support/margin-harness'
import { incompressibleText } from '../support/incompressible-text'
import { importFixture } from '../support/reader-page'
import { highlightPoint, paintedText } from '../support/painted-highlights'
import { SCREENSHOTS } from '../support/screenshots'

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

/** Every annotation record in the page's IndexedDB, by id. */
async function allAnnotations(page: Page): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown>[]>((done, fail) => {
        const request = indexedDB.open('margin')
        request.onerror = () => fail(request.error)
        request.onsuccess = () => {
          const db = request.result
          const all = db.transaction('annotations').objectStore('annotations').getAll()
          all.onsuccess = () => {
            db.close()
            done(
              (all.result as Record<string, unknown>[]).sort((a, b) =>
                String(a['id']).localeCompare(String(b['id'])),
              ),
            )
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
    await importFixture(page, SAMPLE_NEWSPAPER)
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
    // Readwise reads a note that starts with ".tag" as tags; one URL per document keeps them together.
    expect(rows[2]!['Note']).toBe('.industry\nFive years, "in a row", of policy.')
    expect(new Set(rows.map((r) => r['URL']))).toEqual(
      new Set([`${session.server.url}#/read/${documentId}`]),
    )
    expect(rows[0]!['Date']).toBe('2024-05-01 09:00:00')
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

  it('imports notes from exported JSON after they were wiped: the same records, on the same text', async () => {
    const { page } = session
    await page.goto(session.server.url)
    const before = await allAnnotations(page)
    expect(before).toHaveLength(3)

    await page.getByRole('button', { name: 'Export notes' }).click()
    const exportDialog = page.getByRole('dialog', { name: 'Export notes' })
    await exportDialog.getByRole('radio', { name: /Web Annotation JSON/ }).check()
    const [jsonDownload] = await Promise.all([
      page.waitForEvent('download'),
      exportDialog.getByRole('button', { name: 'Download JSON' }).click(),
    ])
    const jsonPath = (await jsonDownload.path())!
    await exportDialog.getByRole('button', { name: 'Close' }).click()

    // Wipe: every highlight deleted in the reader, through its popover.
    await page
      .getByRole('button', { name: /qilu-evening-news-2022-06-24/ })
      .first()
      .click()
    await page.getByRole('button', { name: /^Annotations/ }).click()
    const panel = page.getByRole('complementary', { name: 'Annotations' })
    const cards = panel.getByRole('list', { name: 'Highlights and notes' }).getByRole('listitem')
    await expect.poll(() => cards.count(), { timeout: 15_000 }).toBe(3)
    /** The middle of the highlight the panel just jumped to (painted as margin-active). */
    const activeHighlight = () => highlightPoint(page, 'margin-active')
    for (let left = 3; left > 0; left--) {
      await cards.first().getByRole('button').first().click()
      const popover = page.getByRole('dialog', { name: 'Annotation' })
      // The jump may still be settling: click where the highlight is once it stays put.
      let previous = ''
      await expect
        .poll(
          async () => {
            const point = await activeHighlight()
            const same = point !== null && JSON.stringify(point) === previous
            previous = JSON.stringify(point)
            if (same) await page.mouse.click(point.x, point.y)
            return same && (await popover.isVisible())
          },
          { timeout: 20_000, interval: 250 },
        )
        .toBe(true)
      await popover.getByRole('button', { name: 'Delete' }).click()
      await expect.poll(() => cards.count(), { timeout: 15_000 }).toBe(left - 1)
    }
    expect(await countAnnotations(page)).toBe(0)
    expect(await paintedText(page, 'margin-yellow')).toEqual([])

    await page.getByRole('button', { name: '← Library' }).click()
    await page.getByRole('button', { name: 'Backup' }).click()
    const backupDialog = page.getByRole('dialog', { name: 'Backup and restore' })
    await backupDialog.getByLabel('Import notes from JSON…').setInputFiles(jsonPath)
    await expect
      .poll(() => backupDialog.getByRole('status').textContent(), { timeout: 15_000 })
      .toBe('Imported 3 notes and 0 bookmarks.')
    expect(await allAnnotations(page)).toEqual(before)
    await backupDialog.getByRole('button', { name: 'Close' }).click()

    // Anchored where they were: each colour paints exactly its passage again.
    await page
      .getByRole('button', { name: /qilu-evening-news-2022-06-24/ })
      .first()
      .click()
    await page.getByRole('button', { name: /^Annotations/ }).click()
    for (const { phrase, color } of PHRASES) {
      await panel.getByRole('button', { name: `Go to “${phrase}”` }).click()
      await expect
        .poll(() => paintedText(page, `margin-${color}`), { timeout: 15_000 })
        .toEqual([phrase])
    }
    if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, 'notes-imported.png') })
  })
})

describe('backing up a large library in browser mode', () => {
  let session: MarginSession
  afterAll(() => session?.close())

  it('downloads the archive of a 3 MB document as raw bytes, the original inside it byte for byte', async () => {
    session = await startMargin()
    const { page } = session
    const original = Buffer.from(incompressibleText(3 * 1024 * 1024, 5), 'utf8')
    await importFixture(page, { name: 'long-book.txt', mimeType: 'text/plain', buffer: original })
    await page
      .getByRole('button', { name: /long-book/ })
      .first()
      .waitFor({ timeout: 30_000 })

    await page.getByRole('button', { name: 'Backup' }).click()
    const dialog = page.getByRole('dialog', { name: 'Backup and restore' })
    const [response, download] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/ipc/margin%3Anotes.buildBackup'), {
        timeout: 30_000,
      }),
      page.waitForEvent('download', { timeout: 30_000 }),
      dialog.getByRole('button', { name: 'Download backup' }).click(),
    ])
    const archive = await readFile((await download.path())!)
    expect(archive.length).toBeGreaterThan(original.length / 2)
    // The archive crossed the wire as itself after a short JSON header, not as base64 text.
    expect(response.headers()['content-type']).toBe('application/vnd.margin.framed')
    const body = await response.body()
    expect(body.length).toBeLessThan(archive.length + 1024)
    expect(body.subarray(body.length - archive.length).equals(archive)).toBe(true)

    const id = createHash('sha256').update(original).digest('hex')
    const files = unzipSync(new Uint8Array(archive))
    const name = Object.keys(files).find((n) => n.startsWith(`documents/${id}/original`))
    expect(name).toBeDefined()
    expect(Buffer.from(files[name!]!).equals(original)).toBe(true)
  })
})
