/**
 * The app's import path for benchmarks: the real import worker, bundled once as the build does
 * (tsx does not reach worker threads, and compiling in every fresh worker would be timed too).
 * The app imports through `parseInto` (the worker writes the parts); `parse` clones the document back.
 */
import { build } from 'esbuild'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createWorkerImport } from '../src/main/services/parse-in-worker'
import type { ParseDocument, ParseInto } from '../src/main/services/document-store'

export async function benchWorkerImport(): Promise<{ parse: ParseDocument; parseInto: ParseInto }> {
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
  return createWorkerImport(outfile)
}
