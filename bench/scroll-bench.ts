/**
 * `npx tsx bench/scroll-bench.ts [--runs 3] [--frames 600] [--highlights 10000] [--size 30] [--profile] [--trace] [--outline-closed]`:
 * only the scrolling figures of `npm run bench` (the 30 MB document, then with highlights seeded),
 * repeated `--runs` times for medians, and with `--profile` a CDP CPU profile of one more run of
 * each, summarized by function (the .cpuprofile files go to the temp folder, for DevTools); with
 * `--trace` a Chrome trace of one more run: the main thread's time by event (style, layout, paint, script).
 * Needs a build in MARGIN_OUT_DIR (default out/). Writes nothing in the repo.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { startMarginServer } from '../tests/support/margin-harness'
import { createDocumentStore } from '../src/main/services/document-store'
import { importDocument } from '../src/main/services/importers/import-document'
import {
  firstHighlightPaint,
  launch,
  openAndTime,
  PANE,
  scrollFrames,
  seedHighlightsFromView,
  topBlockIndex,
  type FrameStats,
} from './browser-bench'
import { chineseText } from './chinese-corpus'
import { summarizeProfile, type CpuProfile } from './cpu-profile-summary'
import { pageBundle } from './page-bundle'
import { startTrace } from './trace-summary'
import { median, round } from './statistics'

const argument = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`)
  return at >= 0 ? Number(process.argv[at + 1]) : fallback
}
const runs = argument('runs', 3)
const frames = argument('frames', 600)
const highlightCount = argument('highlights', 10_000)
const sizeMB = argument('size', 30)
const profiling = process.argv.includes('--profile')
const tracing = process.argv.includes('--trace')

function summary(all: FrameStats[]) {
  const pick = (key: keyof FrameStats) => round(median(all.map((s) => s[key])), 1)
  return {
    runs: all.length,
    medianMs: pick('medianMs'),
    p95Ms: pick('p95Ms'),
    p99Ms: pick('p99Ms'),
    maxMs: pick('maxMs'),
    droppedFrames: pick('droppedFrames'),
    longTasks: pick('longTasks'),
    longTaskMs: pick('longTaskMs'),
    eachP99: all.map((s) => s.p99Ms),
    eachLongTaskMs: all.map((s) => s.longTaskMs),
  }
}

/** Scrolls from the same place `runs` times (and once more under the profiler). */
async function measureScrolling(page: Page, label: string, startTop: number) {
  const stats: FrameStats[] = []
  const toStart = async () => {
    await page.locator(PANE).evaluate((el, top) => (el.scrollTop = top), startTop)
    await page.waitForTimeout(1200)
  }
  for (let run = 0; run < runs; run++) {
    await toStart()
    // Requests while scrolling (web-font subsets for characters not seen yet, say) each cost a relayout.
    const requests: string[] = []
    const onRequest = (request: { url(): string }) => void requests.push(request.url())
    page.on('request', onRequest)
    stats.push(await scrollFrames(page, frames, 150))
    page.off('request', onRequest)
    const fonts = requests.filter((url) => /\.woff2?(\?|$)/.test(url)).length
    console.log(
      `${label} run ${run + 1}: ${JSON.stringify(stats.at(-1))}; ${requests.length} requests (${fonts} fonts)`,
    )
  }
  console.log(`${label} median of ${runs}: ${JSON.stringify(summary(stats))}`)
  if (tracing) {
    await toStart()
    const cdp = await page.context().newCDPSession(page)
    const longTasks: string[] = []
    const trace = await startTrace(cdp, longTasks)
    const traced = await scrollFrames(page, Math.min(frames, 300), 150)
    const totals = await trace.stop()
    console.log(
      `${label} trace of ${traced.frames} frames (p99 ${traced.p99Ms} ms), main thread time by event:`,
    )
    for (const t of totals.slice(0, 25))
      console.log(
        `  ${String(t.cpuMs).padStart(8)} ms cpu ${String(t.ms).padStart(8)} ms wall ${String(t.count).padStart(6)}x  ${t.name}`,
      )
    for (const task of longTasks) console.log(`  long task ${task}`)
    await cdp.detach()
  }
  if (!profiling) return
  await toStart()
  const profiler = await startProfiler(page)
  await scrollFrames(page, Math.min(frames, 300), 150)
  await profiler.stop(label)
}

async function startProfiler(page: Page) {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
  await cdp.send('Profiler.start')
  return {
    async stop(label: string) {
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile }
      const file = join(tmpdir(), `margin-${label}-${Date.now()}.cpuprofile`)
      await writeFile(file, JSON.stringify(profile))
      console.log(`${label} profile (${file}), self time:`)
      for (const line of summarizeProfile(profile, 30))
        console.log(
          `  ${String(line.selfShare).padStart(5)}%  ${String(line.selfMs).padStart(7)} ms self  ${String(line.totalMs).padStart(7)} ms total  ${line.name}`,
        )
      await cdp.detach()
    },
  }
}

const dataDir = await mkdtemp(join(tmpdir(), 'margin-scroll-data-'))
const profileDir = await mkdtemp(join(tmpdir(), 'margin-scroll-profile-'))
const store = createDocumentStore({ root: dataDir, parse: (b, name) => importDocument(b, name) })
const meta = await store.importBytes(
  `novels-${sizeMB}mb.txt`,
  Buffer.from(chineseText(sizeMB), 'utf8'),
)
console.log(`${meta.title}: ${meta.chars} characters, ${meta.blocks} blocks`)
const server = await startMarginServer({ dataDir })
const context = await launch(profileDir)
await context.addInitScript({ content: 'globalThis.__name = (target) => target' })
const dexieBundle = await pageBundle('page/dexie-bench.ts')
if (!('code' in dexieBundle)) throw new Error(dexieBundle.error)
await context.addInitScript({ content: dexieBundle.code })
const page = context.pages()[0] ?? (await context.newPage())
try {
  await page.goto(server.url)
  await page.locator('body').waitFor()
  await page.waitForTimeout(500)
  const open = await openAndTime(page, meta.id, null)
  console.log(`first text ${round(open.firstTextMs)} ms`)
  await page.waitForTimeout(1000)
  if (process.argv.includes('--outline-closed')) {
    // To tell the outline sidebar's share from the page's.
    await page.getByRole('button', { name: 'Contents', exact: true }).click()
  }
  await measureScrolling(page, 'plain', 0)
  if (highlightCount > 0) await measureHighlights(page, meta.id)
} finally {
  await context.close().catch(() => {})
  await server.stop()
  await rm(dataDir, { recursive: true, force: true })
  await rm(profileDir, { recursive: true, force: true })
}

async function measureHighlights(page: Page, documentId: string) {
  // Highlights from half-way, as `npm run bench` seeds them (there, after restoring a position half-way).
  const half = await page.locator(PANE).evaluate((el) => (el.scrollTop = el.scrollHeight * 0.5))
  await page.waitForTimeout(1500)
  const seeded = await seedHighlightsFromView(page, documentId, highlightCount)
  const savedIndex = await topBlockIndex(page)
  await page.evaluate(() => (location.hash = '#/'))
  await page.reload()
  await page.waitForTimeout(800)
  const openProfiler = profiling ? await startProfiler(page) : null
  const reopened = await openAndTime(page, documentId, savedIndex)
  const painted = await firstHighlightPaint(page)
  if (openProfiler) await openProfiler.stop('open-highlights')
  console.log(
    `highlights: ${seeded} seeded; first text ${round(reopened.firstTextMs)} ms, position restored ${round(reopened.restoredMs)} ms, then painted after ${round(painted.ms)} ms more (${painted.ranges} ranges)`,
  )
  const restoredTop = await page.locator(PANE).evaluate((el) => el.scrollTop)
  console.log(`restored at ${round(restoredTop)} px (seeded from ${round(half)} px)`)
  await measureScrolling(page, 'highlights', restoredTop)
}
