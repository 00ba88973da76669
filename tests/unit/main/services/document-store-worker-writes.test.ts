import { build } from 'esbuild'
import { watch } from 'node:fs'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startReadyScript } from '../../../support/ready-child'
import { createDocumentStore } from '../../../../src/main/services/document-store'
import { importDocument } from '../../../../src/main/services/importers/import-document'
import { createWorkerImport } from '../../../../src/main/services/parse-in-worker'

const REPO = resolve(import.meta.dirname, '../../../..')
const SAMPLE = join(REPO, '../shared/samples/qilu-evening-news-2022-06-24.txt')
const EPUB = join(REPO, '../shared/corpus/epub/moby-dick.epub3.epub')

/** Stand-in workers that start writing into the staging folder, then fail in their own way. */
const WORKERS = {
  // Writes a chunk, then never answers.
  endless: `import { parentPort } from 'node:worker_threads'
import { mkdirSync, writeFileSync } from 'node:fs'
parentPort.on('message', ({ stagingDir }) => {
  mkdirSync(stagingDir + '/parts', { recursive: true })
  writeFileSync(stagingDir + '/parts/half-00000.json', '[')
  setInterval(() => {}, 1000)
})`,
  // Writes a chunk, then dies.
  crash: `import { parentPort } from 'node:worker_threads'
import { mkdirSync, writeFileSync } from 'node:fs'
parentPort.on('message', ({ stagingDir }) => {
  mkdirSync(stagingDir + '/parts', { recursive: true })
  writeFileSync(stagingDir + '/parts/half-00000.json', '[')
  process.exit(3)
})`,
  refuse: `import { parentPort } from 'node:worker_threads'
parentPort.on('message', ({ fileName }) => parentPort.postMessage({ ok: false, error: { code: 'empty-file', message: fileName + ': the file is empty.' } }))`,
}

describe('document store: the import worker writes the parts into staging', () => {
  let dir: string
  let realWorker: string
  let root: string
  const worker = (name: keyof typeof WORKERS) => join(dir, `${name}.mjs`)
  const stagingNamesIn = (data: string) => readdir(join(data, 'staging'))
  const stagingNames = () => stagingNamesIn(root)

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'margin-worker-writes-'))
    for (const [name, source] of Object.entries(WORKERS))
      await writeFile(join(dir, `${name}.mjs`), source)
    // The real worker, bundled as the build does (worker threads do not run TypeScript).
    realWorker = join(dir, 'import-worker.cjs')
    await build({
      entryPoints: [join(REPO, 'src/main/services/import-worker.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      outfile: realWorker,
      logLevel: 'error',
    })
  }, 60_000)
  afterAll(() => rm(dir, { recursive: true, force: true }))
  beforeEach(async () => {
    root = await mkdtemp(join(dir, 'library-'))
  })

  it('stores the same document as parsing in-process, with every chunk in place and nothing left in staging', async () => {
    const { parseInto } = createWorkerImport(realWorker, { size: 1 })
    const text = Array.from(
      { length: 4500 },
      (_, i) => `第${i}段。${'字'.repeat(30 + (i % 7))}`,
    ).join('\n\n')
    const bytes = new TextEncoder().encode(text)
    const store = createDocumentStore({ root, parse: importDocument, parseInto })
    const meta = await store.importBytes('long.txt', bytes)
    const inProcessRoot = await mkdtemp(join(dir, 'in-process-'))
    const inProcess = createDocumentStore({ root: inProcessRoot, parse: importDocument })
    const expected = await inProcess.importBytes('long.txt', bytes)

    expect({ ...meta, importedAt: '' }).toEqual({ ...expected, importedAt: '' })
    expect(meta.blocks).toBeGreaterThan(2000)
    expect(await stagingNames()).toEqual([])
    const parts = await readdir(join(root, 'documents', meta.id, 'parts'))
    expect(parts.filter((n) => n !== 'head.json')).toHaveLength(Math.ceil(meta.blocks / 1000))
    expect(await store.open(meta.id)).toEqual(await inProcess.open(expected.id))
    expect((await store.blocks(meta.id, 4000, 4001))[0]?.text).toBe(
      (await inProcess.blocks(expected.id, 4000, 4001))[0]?.text,
    )
    expect(await store.list()).toEqual([meta])
  }, 60_000)

  it('keeps an EPUB’s images and cover, written by the worker', async () => {
    const { parseInto } = createWorkerImport(realWorker, { size: 1 })
    const store = createDocumentStore({ root, parse: importDocument, parseInto })
    const meta = await store.importBytes('moby-dick.epub', await readFile(EPUB))
    const assets = await readdir(join(root, 'documents', meta.id, 'assets'))
    expect(assets.length).toBeGreaterThan(0)
    expect(meta.cover).toBeTruthy()
    expect(assets).toContain(meta.cover)
    expect(await store.readAsset(meta.id, assets[0]!)).toMatchObject({
      type: expect.stringMatching(/^image\//),
    })
    expect((await store.open(meta.id)).outline.length).toBeGreaterThan(10)
  }, 60_000)

  it('answers a file already in the library with its document and clears the second staging folder', async () => {
    const { parseInto } = createWorkerImport(realWorker, { size: 1 })
    const store = createDocumentStore({ root, parse: importDocument, parseInto })
    const bytes = await readFile(SAMPLE)
    const first = await store.importBytes('qilu.txt', bytes)
    const again = await store.importBytes('qilu-copy.txt', bytes)
    expect(again).toEqual(first)
    await expect.poll(stagingNames, { timeout: 20_000 }).toEqual([])
    expect(await readdir(join(root, 'documents'))).toEqual([first.id])
  }, 60_000)

  it('leaves nothing behind when an import is cancelled while the worker is writing', async () => {
    const { parseInto } = createWorkerImport(worker('endless'), { size: 1 })
    const store = createDocumentStore({ root, parse: importDocument, parseInto })
    const controller = new AbortController()
    const importing = store.importBytes('long.txt', new TextEncoder().encode('很长的书'), {
      signal: controller.signal,
    })
    await expect.poll(async () => (await stagingNames()).length, { timeout: 20_000 }).toBe(1)
    await expect
      .poll(
        async () =>
          readdir(join(root, 'staging', (await stagingNames())[0]!, 'parts')).catch(() => []),
        {
          timeout: 20_000,
        },
      )
      .toHaveLength(1)
    controller.abort()
    await expect(importing).rejects.toMatchObject({
      code: 'cancelled',
      message: 'The import of long.txt was cancelled.',
    })
    expect(await store.list()).toEqual([])
    expect(await readdir(join(root, 'documents'))).toEqual([])
    expect(await stagingNames()).toEqual([])
  }, 30_000)

  it('fails only with a message naming the file when the worker dies mid-write, and leaves nothing behind', async () => {
    const { parseInto } = createWorkerImport(worker('crash'), { size: 1 })
    const store = createDocumentStore({ root, parse: importDocument, parseInto })
    await expect(
      store.importBytes('big.txt', new TextEncoder().encode('一本书')),
    ).rejects.toMatchObject({
      code: 'internal',
      message: 'Margin could not read big.txt: its reader stopped unexpectedly.',
    })
    expect(await readdir(join(root, 'documents'))).toEqual([])
    expect(await stagingNames()).toEqual([])
  }, 30_000)

  it('passes an importer’s message through and leaves the library as it was', async () => {
    const { parseInto } = createWorkerImport(worker('refuse'), { size: 1 })
    const store = createDocumentStore({ root, parse: importDocument, parseInto })
    await expect(store.importBytes('empty.txt', new Uint8Array())).rejects.toMatchObject({
      code: 'empty-file',
      message: 'empty.txt: the file is empty.',
    })
    expect(await readdir(join(root, 'documents'))).toEqual([])
    expect(await stagingNames()).toEqual([])
  }, 30_000)

  it('shows no half document after the process is killed while the worker writes the parts', async () => {
    const script = join(root, 'import-then-die.mts')
    const data = join(root, 'data')
    await writeFile(
      script,
      `import { createDocumentStore } from ${JSON.stringify(join(REPO, 'src/main/services/document-store.ts'))}
import { createWorkerImport } from ${JSON.stringify(join(REPO, 'src/main/services/parse-in-worker.ts'))}
import { importDocument } from ${JSON.stringify(join(REPO, 'src/main/services/importers/import-document.ts'))}
const { parseInto } = createWorkerImport(${JSON.stringify(realWorker)}, { size: 1 })
const store = createDocumentStore({ root: ${JSON.stringify(data)}, parse: importDocument, parseInto })
await store.list()
process.stdout.write('ready\\n')
const text = Array.from({ length: 200000 }, (_, i) => '第' + i + '段。' + '字'.repeat(40)).join('\\n\\n')
await store.importBytes('big.txt', new TextEncoder().encode(text))
process.stdout.write('imported\\n')
`,
    )
    const { child, output: printed } = await startReadyScript(REPO, script)
    // Kill it as soon as the worker has written a chunk: the other chunks and the original are still to come.
    await new Promise<void>((killed) => {
      const watcher = watch(join(data, 'staging'), { recursive: true }, (_event, name) => {
        if (!name || !/parts[\\/][0-9a-f]{8}-\d{5}\.json$/.test(String(name))) return
        watcher.close()
        child.kill('SIGKILL')
        killed()
      })
    })
    await new Promise((exited) => child.once('exit', exited))
    expect(printed()).not.toContain('imported')
    expect((await stagingNamesIn(data)).length).toBeGreaterThan(0) // it died mid-import
    const store = createDocumentStore({ root: data, parse: importDocument })
    expect(await store.list()).toEqual([])
    expect(await readdir(join(data, 'documents'))).toEqual([])
    expect(await stagingNamesIn(data)).toEqual([])
  }, 120_000)
})
