/**
 * The app's import path for benchmarks: the real import worker, bundled once as the build does
 * (tsx does not reach worker threads, and compiling in every fresh worker would be timed too).
 */
import { build } from 'esbuild'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createWorkerParse } from '../src/main/services/parse-in-worker'
import type { ParseDocument } from '../src/main/services/document-store'

export async function benchWorkerParse(): Promise<ParseDocument> {
  const outfile = join(await mkdtemp(join(tmpdir(), 'margin-bench-worker-')), 'import-worker.cjs')
  await build({
    entryPoints: [resolve(import.meta.dirname, '../src/main/services/import-worker.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile,
    logLevel: 'error',
  })
  return createWorkerParse(outfile)
}
