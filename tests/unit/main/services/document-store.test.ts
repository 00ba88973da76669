import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createDocumentStore } from '../../../../src/main/services/document-store'
import { importDocument } from '../../../../src/main/services/importers/import-document'

const SAMPLE = join(import.meta.dirname, '../../../../../shared/samples/qilu-evening-news-2022-06-24.txt')

describe('documentStore', () => {
  let root: string
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'margin-store-'))
  })
  afterEach(async () => {
    await rm(root, { recursive: true, force: true })
  })

  it('keeps the original byte for byte under its SHA-256 and lists it', async () => {
    const store = createDocumentStore({ root, parse: importDocument })
    const bytes = await readFile(SAMPLE)
    const meta = await store.importBytes('qilu.txt', bytes)
    expect(meta.id).toMatch(/^[0-9a-f]{64}$/)
    expect(meta.size).toBe(bytes.length)
    expect(meta.sourceName).toBe('qilu.txt')
    const original = await readFile(join(root, 'documents', meta.id, 'original.txt'))
    expect(Buffer.compare(original, bytes)).toBe(0)
    expect((await store.list()).map((m) => m.id)).toEqual([meta.id])
    const doc = await store.open(meta.id)
    expect(doc.blocks.length).toBe(meta.blocks)
    expect(doc.blocks.some((b) => b.text.includes('齐鲁晚报') || b.text.length > 50)).toBe(true)
  })

  it('gives one document when the same bytes are imported twice, even under another name', async () => {
    const store = createDocumentStore({ root, parse: importDocument })
    const bytes = await readFile(SAMPLE)
    const [a, b] = await Promise.all([store.importBytes('a.txt', bytes), store.importBytes('b.txt', bytes)])
    expect(a.id).toBe(b.id)
    expect(await store.list()).toHaveLength(1)
  })

  it('stops parsing a file already in the library as soon as its hash is known', async () => {
    const bytes = await readFile(SAMPLE)
    const first = await createDocumentStore({ root, parse: importDocument }).importBytes('qilu.txt', bytes)
    let stopped = false
    // A parse that would never finish unless told to stop.
    const endless = createDocumentStore({
      root,
      parse: (_bytes, _name, options) =>
        new Promise((_resolve, reject) =>
          options?.signal?.addEventListener('abort', () => {
            stopped = true
            reject(new Error('stopped'))
          }),
        ),
    })
    const again = await endless.importBytes('again.txt', bytes)
    expect(again.id).toBe(first.id)
    expect(stopped).toBe(true)
  })

  it('stores every part of a large document in the staging folder before it appears', async () => {
    const store = createDocumentStore({ root, parse: importDocument })
    const text = Array.from({ length: 4500 }, (_, i) => `第${i}段。${'字'.repeat(30 + (i % 7))}`).join('\n\n')
    const meta = await store.importBytes('long.txt', new TextEncoder().encode(text))
    expect(meta.blocks).toBeGreaterThan(2000)
    expect(await readdir(join(root, 'staging'))).toEqual([])
    const parts = await readdir(join(root, 'documents', meta.id, 'parts'))
    expect(parts.filter((n) => n.endsWith('.json') && n !== 'head.json')).toHaveLength(Math.ceil(meta.blocks / 1000))
    expect(parts.some((n) => n.endsWith('.tmp'))).toBe(false)
    const doc = await store.open(meta.id)
    expect(doc.blocks).toHaveLength(meta.blocks)
    expect(doc.blocks.at(-1)?.text).toContain('第4499段')
  })

  it('rebuilds a damaged metadata record from what is on disk', async () => {
    const store = createDocumentStore({ root, parse: importDocument })
    const meta = await store.importBytes('qilu.txt', await readFile(SAMPLE))
    await writeFile(join(root, 'documents', meta.id, 'meta.json'), '{"id": "trunc')
    const fresh = createDocumentStore({ root, parse: importDocument })
    const [rebuilt] = await fresh.list()
    expect(rebuilt?.id).toBe(meta.id)
    expect(rebuilt?.chars).toBe(meta.chars)
    expect(rebuilt?.size).toBe(meta.size)
  })

  it('leaves no half document after an import that died in staging', async () => {
    await mkdir(join(root, 'staging', 'deadbeef'), { recursive: true })
    await writeFile(join(root, 'staging', 'deadbeef', 'original.txt'), 'half')
    const store = createDocumentStore({ root, parse: importDocument })
    expect(await store.list()).toEqual([])
    expect(await readdir(join(root, 'staging'))).toEqual([])
  })

  it('refuses a bad file with a message naming it and leaves the library as it was', async () => {
    const store = createDocumentStore({ root, parse: importDocument })
    const good = await store.importBytes('qilu.txt', await readFile(SAMPLE))
    await expect(store.importBytes('photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]))).rejects.toThrow(
      /photo\.txt.*binary/,
    )
    await expect(store.importBytes('empty.txt', new Uint8Array())).rejects.toThrow(/empty\.txt.*empty/)
    expect((await store.list()).map((m) => m.id)).toEqual([good.id])
  })

  it('moves a removed document to the trash instead of deleting it', async () => {
    const store = createDocumentStore({ root, parse: importDocument })
    const meta = await store.importBytes('qilu.txt', await readFile(SAMPLE))
    await store.remove(meta.id)
    expect(await store.list()).toEqual([])
    const trash = await readdir(join(root, 'trash'))
    expect(trash).toHaveLength(1)
    expect(trash[0]).toContain(meta.id)
    await expect(store.open(meta.id)).rejects.toThrow(/no longer in the library/)
  })
})
