/**
 * Import throughput: the real store (createDocumentStore on a temporary folder) with the real
 * importDocument, against the floor nothing can beat: read the file, decode it, split the lines.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  createDocumentStore,
  type ParseDocument,
  type ParseInto,
} from '../src/main/services/document-store'
import { importDocument } from '../src/main/services/importers/import-document'
import { chineseText } from './chinese-corpus'
import { encodeGb18030 } from './gb18030-encoder'
import { median, round } from './statistics'

export interface ImportMeasurement {
  sizeMB: number
  encoding: 'utf-8' | 'gb18030'
  bytes: number
  blocks: number
  floorMs: number
  importMs: number
  /** importMs / floorMs */
  ratio: number
  importMBps: number
}

async function floor(path: string, encoding: string): Promise<number> {
  const bytes = await readFile(path)
  const text = new TextDecoder(encoding).decode(bytes)
  return text.split(/\r?\n/).length
}

const inProcess: ParseDocument = (bytes, fileName) => importDocument(bytes, fileName)

/**
 * One import on a fresh library; answers its time in ms: reading the file and `importBytes`.
 * Making the temporary library, the store's start (creating its folders, done once when the app
 * starts) and deleting the library afterwards are not part of an import and are not timed.
 */
async function importOnce(
  path: string,
  name: string,
  parse: ParseDocument,
  parseInto?: ParseInto,
): Promise<{ ms: number; blocks: number }> {
  const root = await mkdtemp(join(tmpdir(), 'margin-bench-store-'))
  try {
    const store = createDocumentStore({ root, parse, ...(parseInto ? { parseInto } : {}) })
    await store.list()
    const began = performance.now()
    const meta = await store.importBytes(name, await readFile(path))
    return { ms: performance.now() - began, blocks: meta.blocks }
  } finally {
    await rm(root, { recursive: true, force: true })
  }
}

/** Megabytes of text imported untimed before the timed imports of a size (at least one import). */
const WARM_UP_MB = 5

export async function measureImports(
  sizes: readonly number[],
  repeats: number,
  log: (line: string) => void,
  /** In-process by default; the app parses in a worker thread (see bench/worker-parse.ts). */
  parse: ParseDocument = inProcess,
  /** The app's path: the worker writes the parts into staging itself (see document-store.ts). */
  parseInto?: ParseInto,
): Promise<ImportMeasurement[]> {
  const folder = await mkdtemp(join(tmpdir(), 'margin-bench-files-'))
  const results: ImportMeasurement[] = []
  try {
    for (const sizeMB of sizes) {
      const text = chineseText(sizeMB)
      const variants = [
        ['utf-8', Buffer.from(text, 'utf8')],
        ['gb18030', encodeGb18030(text)],
      ] as const
      for (const [encoding, bytes] of variants) {
        const name = `novels-${sizeMB}mb-${encoding}.txt`
        const path = join(folder, name)
        await writeFile(path, bytes)
        const floors: number[] = []
        const imports: number[] = []
        // Untimed imports first: the figure is throughput with a warm JIT, as in the app's warm
        // import worker. V8 keeps optimizing through the first few megabytes of text, so a small
        // file is imported several times; the first import's time is logged beside the figures.
        const cold = await importOnce(path, name, parse, parseInto)
        for (let i = 1; i < Math.ceil(WARM_UP_MB / sizeMB); i++)
          await importOnce(path, name, parse, parseInto)
        let blocks = cold.blocks
        // Alternate the two so the page cache and the JIT favour neither.
        for (let i = 0; i < repeats; i++) {
          const began = performance.now()
          await floor(path, encoding)
          floors.push(performance.now() - began)
          const timed = await importOnce(path, name, parse, parseInto)
          blocks = timed.blocks
          imports.push(timed.ms)
        }
        const floorMs = median(floors)
        const importMs = median(imports)
        const result: ImportMeasurement = {
          sizeMB,
          encoding,
          bytes: bytes.length,
          blocks,
          floorMs: round(floorMs),
          importMs: round(importMs),
          ratio: round(importMs / floorMs, 2),
          importMBps: round(bytes.length / 2 ** 20 / (importMs / 1000)),
        }
        log(
          `import ${sizeMB} MB ${encoding}: ${result.importMs} ms (floor ${result.floorMs} ms, ${result.ratio}x;` +
            ` imports ${imports.map((ms) => round(ms)).join(', ')} ms; the first, untimed, ${round(cold.ms)} ms)`,
        )
        results.push(result)
      }
    }
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
  return results
}
