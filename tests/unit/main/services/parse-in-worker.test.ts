import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
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
  // Answers every request with the thread that parsed it; a name says how: crash, endless, slow (a while), else at once.
  warm: `import { parentPort, threadId } from 'node:worker_threads'
parentPort.on('message', ({ fileName }) => {
  if (fileName.startsWith('crash')) process.exit(3)
  if (fileName.startsWith('endless')) return
  const answer = () => parentPort.postMessage({ ok: true, doc: {
    format: 'txt', encoding: 'utf-8', encodingConfidence: 1, title: fileName, author: String(threadId), language: null,
    blocks: [], outline: [], stats: { chars: 0, blocks: 0 } } })
  if (fileName.startsWith('slow')) setTimeout(answer, 200)
  else answer()
})`,
}

describe('createWorkerParse', () => {
  let dir: string
  const worker = (name: keyof typeof WORKERS) => join(dir, `${name}.mjs`)
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'margin-worker-'))
    for (const [name, source] of Object.entries(WORKERS))
      await writeFile(join(dir, `${name}.mjs`), source)
  })
  afterAll(() => rm(dir, { recursive: true, force: true }))

  it('hands the bytes, name and chosen encoding to the worker and answers its document', async () => {
    const doc = await createWorkerParse(worker('echo'))(
      new TextEncoder().encode('你好'),
      'hello.txt',
      { encoding: 'gbk' },
    )
    expect(doc).toMatchObject({ title: 'hello.txt', encoding: 'gbk', blocks: [{ text: '你好' }] })
  })

  it('passes an importer’s message for people through unchanged', async () => {
    await expect(
      createWorkerParse(worker('refuse'))(new Uint8Array(), 'empty.txt'),
    ).rejects.toMatchObject({
      code: 'empty-file',
      message: 'empty.txt: the file is empty.',
    })
  })

  it('stops a parse that is cancelled, however long it would have run', async () => {
    const controller = new AbortController()
    const parsing = createWorkerParse(worker('endless'))(new Uint8Array([1]), 'huge.txt', {
      signal: controller.signal,
    })
    setTimeout(() => controller.abort(), 50)
    await expect(parsing).rejects.toMatchObject({
      code: 'cancelled',
      message: 'The import of huge.txt was cancelled.',
    })
  })

  it('refuses at once when already cancelled, and reports a worker that died', async () => {
    const controller = new AbortController()
    controller.abort()
    await expect(
      createWorkerParse(worker('echo'))(new Uint8Array([1]), 'a.txt', {
        signal: controller.signal,
      }),
    ).rejects.toMatchObject({
      code: 'cancelled',
    })
    await expect(
      createWorkerParse(worker('crash'))(new Uint8Array([1]), 'b.txt'),
    ).rejects.toMatchObject({
      code: 'internal',
      message: expect.stringContaining('b.txt'),
    })
  })

  describe('one warm thread for many imports', () => {
    const threadOf = async (parsing: Promise<{ title: string; author: string | null }>) =>
      (await parsing).author
    afterEach(() => vi.useRealTimers())

    it('parses the next import in the same thread, and those waiting in order', async () => {
      const parse = createWorkerParse(worker('warm'), { size: 1 })
      const first = await threadOf(parse(new Uint8Array([1]), 'a.txt'))
      const titles: string[] = []
      const waiting = ['slow-b.txt', 'c.txt', 'd.txt'].map((name) =>
        parse(new Uint8Array([1]), name).then((doc) => (titles.push(doc.title), doc.author)),
      )
      expect(await Promise.all(waiting)).toEqual([first, first, first])
      expect(titles).toEqual(['slow-b.txt', 'c.txt', 'd.txt'])
    })

    it('fails only the import whose thread crashed, with a message naming it; the next one works', async () => {
      const parse = createWorkerParse(worker('warm'), { size: 1 })
      const before = await threadOf(parse(new Uint8Array([1]), 'a.txt'))
      const crashed = parse(new Uint8Array([1]), 'crash.txt')
      const after = parse(new Uint8Array([1]), 'b.txt')
      await expect(crashed).rejects.toMatchObject({
        code: 'internal',
        message: 'Margin could not read crash.txt: its reader stopped unexpectedly.',
      })
      await expect(after).resolves.toMatchObject({ title: 'b.txt' })
      expect((await after).author).not.toBe(before)
    })

    it('cancels a waiting import without touching the one parsing or those behind it', async () => {
      const parse = createWorkerParse(worker('warm'), { size: 1 })
      const controller = new AbortController()
      const running = parse(new Uint8Array([1]), 'slow-a.txt')
      const cancelled = parse(new Uint8Array([1]), 'b.txt', { signal: controller.signal })
      const behind = parse(new Uint8Array([1]), 'c.txt')
      controller.abort()
      await expect(cancelled).rejects.toMatchObject({
        code: 'cancelled',
        message: 'The import of b.txt was cancelled.',
      })
      const [a, c] = await Promise.all([running, behind])
      expect(a.title).toBe('slow-a.txt')
      expect(c.author).toBe(a.author)
    })

    it('cancelling the import being parsed ends its thread and the next import goes on in a fresh one', async () => {
      const parse = createWorkerParse(worker('warm'), { size: 1 })
      const before = await threadOf(parse(new Uint8Array([1]), 'a.txt'))
      const controller = new AbortController()
      const endless = parse(new Uint8Array([1]), 'endless.txt', { signal: controller.signal })
      const next = parse(new Uint8Array([1]), 'b.txt')
      setTimeout(() => controller.abort(), 50)
      await expect(endless).rejects.toMatchObject({ code: 'cancelled' })
      await expect(next).resolves.toMatchObject({ title: 'b.txt' })
      expect((await next).author).not.toBe(before)
    })

    it('shares two threads at most between imports made at once', async () => {
      const parse = createWorkerParse(worker('warm'), { size: 5 })
      const threads = await Promise.all(
        ['slow-a', 'slow-b', 'slow-c', 'slow-d'].map((name) =>
          threadOf(parse(new Uint8Array([1]), name)),
        ),
      )
      expect(new Set(threads).size).toBeLessThanOrEqual(2)
    })

    it('ends a thread left idle, and starts a fresh one for the next import', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
      const parse = createWorkerParse(worker('warm'), { size: 1, idleMs: 30_000 })
      const first = await threadOf(parse(new Uint8Array([1]), 'a.txt'))
      vi.advanceTimersByTime(29_000)
      expect(await threadOf(parse(new Uint8Array([1]), 'b.txt'))).toBe(first)
      vi.advanceTimersByTime(30_001)
      expect(await threadOf(parse(new Uint8Array([1]), 'c.txt'))).not.toBe(first)
    })
  })
})
