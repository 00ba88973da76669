/**
 * Margin in Chromium (browser mode, the built app): opening a large document, scrolling it,
 * searching it, painting many highlights, Dexie, exports and memory. Every figure is taken in
 * the page (performance.now, requestAnimationFrame, PerformanceObserver) or over CDP.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { CHROMIUM_ARGS, CHROMIUM_PATH, startMarginServer } from '../tests/support/margin-harness'
import { createDocumentStore } from '../src/main/services/document-store'
import { importDocument } from '../src/main/services/importers/import-document'
import { chineseText } from './chinese-corpus'
import { pageBundle } from './page-bundle'
import { median, percentile, round } from './statistics'

export interface BrowserOptions {
  sizeMB: number
  scrollFrames: number
  highlights: number
  dexieRecords: number
  singleWrites: number
  rareTerm: string
  frequentTerm: string
  typedTerm: string
}

export type FrameStats = {
  frames: number
  medianMs: number
  p95Ms: number
  p99Ms: number
  maxMs: number
  droppedFrames: number
  longTasks: number
  longTaskMs: number
}

function frameStats(deltas: number[], longTasks: number[]): FrameStats {
  return {
    frames: deltas.length,
    medianMs: round(median(deltas), 2),
    p95Ms: round(percentile(deltas, 95), 2),
    p99Ms: round(percentile(deltas, 99), 2),
    maxMs: round(Math.max(...deltas), 1),
    // A frame that took longer than one and a half refresh intervals showed the previous picture twice.
    droppedFrames: deltas.filter((d) => d > 25).length,
    longTasks: longTasks.length,
    longTaskMs: round(longTasks.reduce((a, b) => a + b, 0)),
  }
}

export const PANE = 'main[aria-label="Document"]'

/** What bench/page/*.ts put on the page's window. */
export interface BenchWindow {
  marginBench: {
    seedAnnotations(
      documentId: string,
      count: number,
      from: number,
      spacing: number,
    ): Promise<number>
    dexie(documentId: string, count: number, singles: number): Promise<Record<string, number>>
  }
  marginExportBench: {
    exports(documentId: string, count: number): Promise<Record<string, unknown>>
  }
}

/** Sets the hash to open the document and times the first text painted and, when asked, the position restored. */
export async function openAndTime(page: Page, documentId: string, restoredIndex: number | null) {
  return page.evaluate(
    async ({ documentId, restoredIndex, PANE }) => {
      const topIndex = () => {
        const pane = document.querySelector(PANE)
        if (!pane) return -1
        const top = pane.getBoundingClientRect().top
        let best = -1
        let bestTop = Infinity
        for (const block of document.querySelectorAll<HTMLElement>(`${PANE} [data-index]`)) {
          const box = block.getBoundingClientRect()
          if (box.bottom > top + 1 && box.top < bestTop) {
            bestTop = box.top
            best = Number(block.dataset['index'])
          }
        }
        return best
      }
      const began = performance.now()
      location.hash = `#/read/${documentId}`
      let firstText = NaN
      let restored = NaN
      await new Promise<void>((done) => {
        const deadline = began + 60_000
        const frame = () => {
          const now = performance.now()
          const block = document.querySelector(`${PANE} [data-index]`)
          if (Number.isNaN(firstText) && block && (block.textContent ?? '').trim() !== '') {
            // The next frame starts once this one (with the text) is painted.
            requestAnimationFrame(() => {
              firstText = performance.now() - began
            })
          }
          if (restoredIndex !== null && Number.isNaN(restored) && topIndex() === restoredIndex)
            restored = now - began
          const finished =
            !Number.isNaN(firstText) && (restoredIndex === null || !Number.isNaN(restored))
          if (finished || now > deadline) done()
          else requestAnimationFrame(frame)
        }
        requestAnimationFrame(frame)
      })
      return { firstTextMs: firstText, restoredMs: restored }
    },
    { documentId, restoredIndex, PANE },
  )
}

export async function scrollFrames(page: Page, frames: number, step: number): Promise<FrameStats> {
  const { deltas, longTasks } = await page.evaluate(
    async ({ frames, step, PANE }) => {
      const pane = document.querySelector<HTMLElement>(PANE)!
      const deltas: number[] = []
      const longTasks: number[] = []
      const observer = new PerformanceObserver((list) =>
        list.getEntries().forEach((e) => longTasks.push(e.duration)),
      )
      observer.observe({ type: 'longtask' })
      await new Promise<void>((done) => {
        let last = 0
        const tick = (time: number) => {
          if (last) deltas.push(time - last)
          last = time
          if (deltas.length >= frames) return done()
          pane.scrollTop += step
          requestAnimationFrame(tick)
        }
        requestAnimationFrame(tick)
      })
      await new Promise((r) => setTimeout(r, 100))
      observer.disconnect()
      return { deltas, longTasks }
    },
    { frames, step, PANE },
  )
  return frameStats(deltas, longTasks)
}

export async function topBlockIndex(page: Page): Promise<number> {
  return page.evaluate((PANE) => {
    const pane = document.querySelector(PANE)!
    const top = pane.getBoundingClientRect().top
    const blocks = [...document.querySelectorAll<HTMLElement>(`${PANE} [data-index]`)].filter(
      (b) => b.getBoundingClientRect().bottom > top + 1,
    )
    blocks.sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)
    return Number(blocks[0]?.dataset['index'] ?? -1)
  }, PANE)
}

/** Seeds `count` highlights into the app's own database from the first block rendered in the pane; how many it stored. */
export async function seedHighlightsFromView(
  page: Page,
  documentId: string,
  count: number,
): Promise<number> {
  const from = await page.evaluate(
    (PANE) =>
      Number(
        document.querySelector<HTMLElement>(`${PANE} [data-block-start]`)?.dataset['blockStart'] ??
          0,
      ),
    PANE,
  )
  return page.evaluate(
    ({ id, n, from }) =>
      (window as unknown as BenchWindow).marginBench.seedAnnotations(id, n, from, 40),
    { id: documentId, n: count, from },
  )
}

/** Waits (up to 20 s) for the reader's first annotation paint: how long it took and how many ranges it paints. */
export function firstHighlightPaint(page: Page): Promise<{ ms: number; ranges: number }> {
  return page.evaluate(async () => {
    const began = performance.now()
    const count = () => {
      let ranges = 0
      CSS.highlights.forEach((highlight, name) => {
        if (!name.startsWith('margin-search')) ranges += highlight.size
      })
      return ranges
    }
    while (count() === 0 && performance.now() - began < 20_000)
      await new Promise((r) => setTimeout(r, 20))
    return { ms: performance.now() - began, ranges: count() }
  })
}

function rssKiB(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN)
  } catch {
    return NaN
  }
}

/** Chromium's processes for one profile folder, by type, in MiB of resident memory. */
function chromiumMemory(profileDir: string): { rendererMiB: number; totalMiB: number } {
  let rendererKiB = 0
  let totalKiB = 0
  try {
    const lines = execFileSync('ps', ['-eo', 'pid=,rss=,args='], {
      encoding: 'utf8',
      maxBuffer: 64 * 2 ** 20,
    }).split('\n')
    for (const line of lines) {
      if (!line.includes(profileDir)) continue
      const [, rss, args] = /^\s*\d+\s+(\d+)\s+(.*)$/.exec(line) ?? []
      if (!rss || !args) continue
      totalKiB += Number(rss)
      // The page's renderer is the largest one (others are spare or extension renderers).
      if (args.includes('--type=renderer')) rendererKiB = Math.max(rendererKiB, Number(rss))
    }
  } catch {
    return { rendererMiB: NaN, totalMiB: NaN }
  }
  return { rendererMiB: round(rendererKiB / 1024), totalMiB: round(totalKiB / 1024) }
}

async function searchTimes(page: Page, options: BrowserOptions) {
  const box = page.getByRole('searchbox', { name: 'Find in document' })
  const status = page.getByRole('region', { name: 'Search in document' }).getByRole('status')
  await page.locator(PANE).focus()
  await page.keyboard.press('Control+f')
  await box.waitFor()
  /** Fills the box and times until the status shows this query's result. */
  const timed = async (query: string) => {
    // From an empty box (no result shown), so any result shown next is this query's.
    await box.fill('')
    await page.waitForFunction(
      () =>
        (document.querySelector('[aria-label="Search in document"] [role="status"]')?.textContent ??
          '') === '',
      null,
      { timeout: 60_000 },
    )
    const began = Date.now()
    await box.fill(query)
    await page.waitForFunction(
      () =>
        /match/.test(
          document.querySelector('[aria-label="Search in document"] [role="status"]')
            ?.textContent ?? '',
        ),
      null,
      {
        timeout: 60_000,
        polling: 'raf',
      },
    )
    return {
      query,
      endToEndMs: Date.now() - began,
      searchMs: Number(await status.getAttribute('data-search-milliseconds')),
      summary: (await status.textContent()) ?? '',
    }
  }
  const first = await timed(options.rareTerm) // includes folding the document
  const rare = await timed(options.rareTerm)
  const frequent = await timed(options.frequentTerm)
  await box.fill('')

  // Typing: for each keystroke, the delay to the next frame (input lag) and to the updated results.
  await page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('input[aria-label="Find in document"]')!
    const status = document.querySelector('[aria-label="Search in document"] [role="status"]')!
    const log: { key: number; frame?: number; results?: number }[] = []
    ;(window as unknown as { typingLog: typeof log }).typingLog = log
    // beforeinput rather than keydown: text typed through an input method arrives without key events.
    input.addEventListener('beforeinput', () => {
      const entry: (typeof log)[number] = { key: performance.now() }
      log.push(entry)
      requestAnimationFrame(() => requestAnimationFrame(() => (entry.frame = performance.now())))
    })
    new MutationObserver(() => {
      const last = log.at(-1)
      if (last && last.results === undefined) last.results = performance.now()
    }).observe(status, { childList: true, subtree: true, characterData: true, attributes: true })
  })
  await box.focus()
  for (const char of options.typedTerm) {
    await page.keyboard.type(char)
    await page.waitForTimeout(400)
  }
  const log = await page.evaluate(
    () =>
      (window as unknown as { typingLog: { key: number; frame?: number; results?: number }[] })
        .typingLog,
  )
  const inputLag = log.filter((e) => e.frame).map((e) => e.frame! - e.key)
  const toResults = log.filter((e) => e.results).map((e) => e.results! - e.key)
  await box.press('Escape')
  return {
    firstSearchIncludingIndexMs: first.endToEndMs,
    rare,
    frequent,
    typing: {
      term: options.typedTerm,
      keystrokes: log.length,
      inputToNextFrameMedianMs: round(median(inputLag)),
      inputToNextFrameMaxMs: round(Math.max(...inputLag)),
      keystrokeToResultsMedianMs: round(median(toResults)),
      keystrokeToResultsMaxMs: round(Math.max(...toResults)),
    },
  }
}

export async function launch(profileDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    // Chromium reports JS heap figures in whole precision only with this flag.
    args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'],
    viewport: { width: 1280, height: 860 },
    deviceScaleFactor: 1,
    // The bench's own page scripts are injected; the app's CSP would refuse them.
    bypassCSP: true,
  })
}

export async function measureInBrowser(options: BrowserOptions, log: (line: string) => void) {
  const dataDir = await mkdtemp(join(tmpdir(), 'margin-bench-data-'))
  const profileDir = await mkdtemp(join(tmpdir(), 'margin-bench-profile-'))
  const text = chineseText(options.sizeMB)
  const bytes = Buffer.from(text, 'utf8')
  const store = createDocumentStore({ root: dataDir, parse: (b, name) => importDocument(b, name) })
  const meta = await store.importBytes(`novels-${options.sizeMB}mb.txt`, bytes)
  log(`browser: ${meta.title}, ${meta.chars} characters, ${meta.blocks} blocks`)
  const server = await startMarginServer({ dataDir })
  const context = await launch(profileDir)
  // tsx keeps function names with a __name helper that functions sent to page.evaluate need too.
  await context.addInitScript({ content: 'globalThis.__name = (target) => target' })
  const dexieBundle = await pageBundle('page/dexie-bench.ts')
  const exportBundle = await pageBundle('page/export-bench.ts')
  if ('code' in dexieBundle) await context.addInitScript({ content: dexieBundle.code })
  if ('code' in exportBundle) await context.addInitScript({ content: exportBundle.code })
  const page = context.pages()[0] ?? (await context.newPage())
  try {
    await page.goto(server.url)
    await page.locator('body').waitFor()
    await page.waitForTimeout(500)

    const openedAt = Date.now()
    const coldOpen = await openAndTime(page, meta.id, null)
    log(`open: first text ${round(coldOpen.firstTextMs)} ms`)
    // Memory and scrolling are measured on the whole document, not while its slices still arrive.
    await page.locator('.status-line__loading').waitFor({ state: 'detached', timeout: 120_000 })
    const wholeDocumentMs = Date.now() - openedAt
    log(`open: whole document loaded after ${wholeDocumentMs} ms`)
    await page.waitForTimeout(1000)

    // Memory once the document is open and the page is idle (after a garbage collection).
    const cdp = await context.newCDPSession(page)
    await cdp.send('Performance.enable')
    await cdp.send('HeapProfiler.collectGarbage')
    const { metrics } = await cdp.send('Performance.getMetrics')
    const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN
    const memory = {
      documentMiB: round(bytes.length / 2 ** 20),
      jsHeapUsedMiB: round(metric('JSHeapUsedSize') / 2 ** 20),
      jsHeapTotalMiB: round(metric('JSHeapTotalSize') / 2 ** 20),
      domNodes: metric('Nodes'),
      ...chromiumMemory(profileDir),
      serverRssMiB: round(rssKiB(server.process.pid!) / 1024),
    }
    log(
      `memory: heap ${memory.jsHeapUsedMiB} MiB, renderer ${memory.rendererMiB} MiB, server ${memory.serverRssMiB} MiB`,
    )

    const scrolling = await scrollFrames(page, options.scrollFrames, 150)
    log(
      `scroll: median ${scrolling.medianMs} ms, p95 ${scrolling.p95Ms}, p99 ${scrolling.p99Ms}, ${scrolling.longTasks} long tasks`,
    )

    // A saved position half-way: scroll there, let the reader save it, come back in a fresh page.
    await page.locator(PANE).evaluate((el) => (el.scrollTop = el.scrollHeight * 0.5))
    await page.waitForTimeout(1500)
    const savedIndex = await topBlockIndex(page)
    await page.evaluate(() => (location.hash = '#/'))
    await page.reload()
    await page.waitForTimeout(800)
    const reopen = await openAndTime(page, meta.id, savedIndex)
    log(
      `reopen: first text ${round(reopen.firstTextMs)} ms, position restored ${round(reopen.restoredMs)} ms`,
    )
    await page.waitForTimeout(800)

    const search = await searchTimes(page, options)
    log(
      `search: rare ${search.rare.searchMs} ms, frequent ${search.frequent.searchMs} ms in the worker`,
    )

    // Highlights: seeded into the app's own database around the saved position, painted by the reader.
    let highlights: Record<string, unknown> = {
      measured: 'not yet measurable: the bench page script did not build',
    }
    if ('code' in dexieBundle) {
      const seeded = await seedHighlightsFromView(page, meta.id, options.highlights)
      await page.evaluate(() => (location.hash = '#/'))
      await page.reload()
      await page.waitForTimeout(800)
      const open = await openAndTime(page, meta.id, null)
      // The reader anchors the annotations, then paints those near the screen: wait for the first paint.
      const paintedAt = await firstHighlightPaint(page)
      const painted = paintedAt.ranges
      await page.locator('.status-line__loading').waitFor({ state: 'detached', timeout: 120_000 })
      await page.waitForTimeout(1000)
      const frames = await scrollFrames(page, options.scrollFrames, 150)
      highlights = {
        seeded,
        paintedOnScreen: painted,
        firstTextMs: round(open.firstTextMs),
        firstTextToHighlightsMs: round(paintedAt.ms),
        scrolling: frames,
      }
      log(
        `highlights: ${seeded} seeded, ${painted} ranges painted on screen, scroll p99 ${frames.p99Ms} ms`,
      )
    }

    const dexie =
      'code' in dexieBundle
        ? await page.evaluate(
            ({ id, n, s }) => (window as unknown as BenchWindow).marginBench.dexie(id, n, s),
            {
              id: meta.id,
              n: options.dexieRecords,
              s: options.singleWrites,
            },
          )
        : { measured: `not yet measurable: ${dexieBundle.error}` }
    log(`dexie: ${JSON.stringify(dexie)}`)
    const exports =
      'code' in exportBundle
        ? await page.evaluate(
            ({ id, n }) => (window as unknown as BenchWindow).marginExportBench.exports(id, n),
            {
              id: meta.id,
              n: options.dexieRecords,
            },
          )
        : { measured: `not yet measurable: ${exportBundle.error}` }
    log(`exports: ${JSON.stringify(exports)}`)

    return {
      document: {
        sizeMB: options.sizeMB,
        bytes: bytes.length,
        chars: meta.chars,
        blocks: meta.blocks,
      },
      coldOpen: { firstTextMs: round(coldOpen.firstTextMs), wholeDocumentMs },
      reopen: {
        firstTextMs: round(reopen.firstTextMs),
        restoredMs: round(reopen.restoredMs),
        savedBlockIndex: savedIndex,
      },
      scrolling,
      search,
      highlights,
      dexie,
      exports,
      memory,
    }
  } finally {
    await context.close().catch(() => {})
    await server.stop()
    await rm(dataDir, { recursive: true, force: true })
    await rm(profileDir, { recursive: true, force: true })
  }
}
