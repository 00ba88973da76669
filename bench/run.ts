/**
 * `npm run bench` measures Margin (see docs/performance.md); `npm run bench -- --quick` runs small
 * sizes only, to prove the benchmarks work (CI), and writes bench/results/quick.tmp.json.
 * Needs a build in MARGIN_OUT_DIR (default out/): run `npm run build` first.
 */
import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { CHROMIUM_PATH } from '../tests/support/margin-harness'
import { measureInBrowser } from './browser-bench'
import { measureImports } from './import-throughput'
import { describeMachine } from './machine'
import { checkTargets, performanceMarkdown, type BenchResult } from './performance-report'

const quick = process.argv.includes('--quick')
const root = resolve(import.meta.dirname, '..')
const outDir = resolve(root, process.env['MARGIN_OUT_DIR'] ?? 'out')
const log = (line: string) => console.log(line)

// `--only import [--worker | --worker-clone] [--runs N]`: the import table alone, printed, no build or browser needed.
// --worker imports as the app does (the worker writes the parts); --worker-clone clones the document back.
const only = process.argv[process.argv.indexOf('--only') + 1]
if (process.argv.includes('--only') && only === 'import') {
  const runsAt = process.argv.indexOf('--runs')
  const runs = runsAt > 0 ? Number(process.argv[runsAt + 1]) : quick ? 1 : 5
  const clone = process.argv.includes('--worker-clone')
  const worker =
    clone || process.argv.includes('--worker')
      ? await (await import('./worker-parse')).benchWorkerImport()
      : undefined
  await measureImports(
    quick ? [1] : [1, 10, 30],
    runs,
    log,
    worker?.parse,
    clone ? undefined : worker?.parseInto,
  )
  process.exit(0)
}

if (!existsSync(resolve(outDir, 'main/web.js'))) {
  console.error(`No build in ${outDir}: run \`npm run build\` first (or set MARGIN_OUT_DIR).`)
  process.exit(1)
}

const machine = describeMachine(CHROMIUM_PATH)
log(
  `${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB; Node ${machine.node}; ${machine.chromium}`,
)
const imports = await measureImports(quick ? [1] : [1, 10, 30], quick ? 1 : 5, log)
const browser = await measureInBrowser(
  quick
    ? {
        sizeMB: 1,
        scrollFrames: 60,
        highlights: 1000,
        dexieRecords: 1000,
        singleWrites: 20,
        rareTerm: '花魂',
        frequentTerm: '的',
        typedTerm: '林黛玉',
      }
    : {
        sizeMB: 30,
        scrollFrames: 600,
        highlights: 10_000,
        dexieRecords: 10_000,
        singleWrites: 200,
        rareTerm: '花魂',
        frequentTerm: '的',
        typedTerm: '诸葛亮',
      },
  log,
)
const result: BenchResult = {
  quick,
  machine,
  imports,
  browser,
  targets: checkTargets(imports, browser),
}
for (const t of result.targets) log(`${t.met ? 'met    ' : 'MISSED '} ${t.target}: ${t.measured}`)

await mkdir(resolve(root, 'bench/results'), { recursive: true })
const jsonPath = resolve(root, quick ? 'bench/results/quick.tmp.json' : 'bench/results/latest.json')
await writeFile(jsonPath, JSON.stringify(result, null, 2) + '\n')
log(`wrote ${jsonPath}`)
if (!quick) {
  const docPath = resolve(root, 'docs/performance.md')
  // What follows the generated part (findings, causes, owners) is written by people and kept.
  const previous = existsSync(docPath) ? await readFile(docPath, 'utf8') : ''
  const notes = previous.includes('<!-- bench:end -->')
    ? previous.slice(previous.indexOf('<!-- bench:end -->') + '<!-- bench:end -->'.length)
    : ''
  await writeFile(docPath, performanceMarkdown(result, notes))
  log(`wrote ${docPath}`)
}
