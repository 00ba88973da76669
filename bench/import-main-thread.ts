/**
 * `npx tsx bench/import-main-thread.ts [--size MB] [--runs N]`: how long a worker import keeps the
 * main thread busy, and its longest event-loop stall, with the document cloned back (`clone`) and
 * with the worker writing the parts into staging (`writes`, the app's path). Not in the report.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { monitorEventLoopDelay, performance } from 'node:perf_hooks'
import { createDocumentStore } from '../src/main/services/document-store'
import { chineseText } from './chinese-corpus'
import { benchWorkerImport } from './worker-parse'

const option = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name)
  return at > 0 ? Number(process.argv[at + 1]) : fallback
}
const sizeMB = option('--size', 30)
const runs = option('--runs', 3)
const worker = await benchWorkerImport()
const bytes = Buffer.from(chineseText(sizeMB), 'utf8')
for (let run = 1; run <= runs; run++) {
  for (const mode of ['clone', 'writes'] as const) {
    const root = await mkdtemp(join(tmpdir(), 'margin-bench-main-thread-'))
    const store = createDocumentStore({
      root,
      parse: worker.parse,
      ...(mode === 'writes' ? { parseInto: worker.parseInto } : {}),
    })
    await store.list()
    const delay = monitorEventLoopDelay({ resolution: 10 })
    delay.enable()
    const before = performance.eventLoopUtilization()
    const began = performance.now()
    await store.importBytes(`novel-${sizeMB}mb.txt`, bytes)
    const wall = performance.now() - began
    const busy = performance.eventLoopUtilization(before).active
    delay.disable()
    console.log(
      `${sizeMB} MB UTF-8, ${mode}: ${wall.toFixed(0)} ms, main thread busy ${busy.toFixed(0)} ms, longest stall ${(delay.max / 1e6).toFixed(0)} ms`,
    )
    await rm(root, { recursive: true, force: true })
  }
}
process.exit(0)
