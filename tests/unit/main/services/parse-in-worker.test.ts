import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createWorkerParse } from '../../../../src/main/services/parse-in-worker'

/** Stand-in workers speaking the same messages as import-worker.ts (the real one is bundled at build time). */
const WORKERS = {
  echo: `import { parentPort } from 'node:worker_threads'
parentPort.once('message', ({ bytes, fileName, encoding }) => parentPort.postMessage({ ok: true, doc: {
  format: 'txt', encoding: encoding ?? 'utf-8', encodingConfidence: 1, title: fileName, author: null, language: null,
  blocks: [{ id: 'b1', type: 'paragraph', text: new TextDecoder().decode(bytes), start: 0 }], outline: [], stats: { chars: bytes.length, blocks: 1 } } }))`,
  refuse: `import { parentPort } from 'node:worker_threads'
parentPort.once('message', ({ fileName }) => parentPort.postMessage({ ok: false, error: { code: 'empty-file', message: fileName + ': the file is empty.' } }))`,
  endless: `import { parentPort } from 'node:worker_threads'
parentPort.once('message', () => { setInterval(() => {}, 1000) })`,
  crash: `import { parentPort } from 'node:worker_threads'
parentPort.once('message', () => process.exit(3))`,
}

describe('createWorkerParse', () => {
  let dir: string
  const worker = (name: keyof typeof WORKERS) => join(dir, `${name}.mjs`)
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'margin-worker-'))
    for (const [name, source] of Object.entries(WORKERS)) await writeFile(join(dir, `${name}.mjs`), source)
  })
  afterAll(() => rm(dir, { recursive: true, force: true }))

  it('hands the bytes, name and chosen encoding to the worker and answers its document', async () => {
    const doc = await createWorkerParse(worker('echo'))(new TextEncoder().encode('你好'), 'hello.txt', { encoding: 'gbk' })
    expect(doc).toMatchObject({ title: 'hello.txt', encoding: 'gbk', blocks: [{ text: '你好' }] })
  })

  it('passes an importer’s message for people through unchanged', async () => {
    await expect(createWorkerParse(worker('refuse'))(new Uint8Array(), 'empty.txt')).rejects.toMatchObject({
      code: 'empty-file',
      message: 'empty.txt: the file is empty.',
    })
  })

  it('stops a parse that is cancelled, however long it would have run', async () => {
    const controller = new AbortController()
    const parsing = createWorkerParse(worker('endless'))(new Uint8Array([1]), 'huge.txt', { signal: controller.signal })
    setTimeout(() => controller.abort(), 50)
    await expect(parsing).rejects.toMatchObject({ code: 'cancelled', message: 'The import of huge.txt was cancelled.' })
  })

  it('refuses at once when already cancelled, and reports a worker that died', async () => {
    const controller = new AbortController()
    controller.abort()
    await expect(createWorkerParse(worker('echo'))(new Uint8Array([1]), 'a.txt', { signal: controller.signal })).rejects.toMatchObject({
      code: 'cancelled',
    })
    await expect(createWorkerParse(worker('crash'))(new Uint8Array([1]), 'b.txt')).rejects.toMatchObject({
      code: 'internal',
      message: expect.stringContaining('b.txt'),
    })
  })
})
