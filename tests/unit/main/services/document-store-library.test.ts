import { watch } from 'node:fs'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startReadyScript } from '../../../support/ready-child'
import type { ParsedDocument } from '../../../../src/shared/document-model'
import {
  createDocumentStore,
  type ParseDocument,
} from '../../../../src/main/services/document-store'
import { importDocument } from '../../../../src/main/services/importers/import-document'

const REPO = resolve(import.meta.dirname, '../../../..')
const SAMPLE = join(REPO, '../shared/samples/qilu-evening-news-2022-06-24.txt')
const GBK_NOVEL = join(REPO, '../shared/corpus/txt/sanguoyanyi_simp_gbk_real.txt')

/** importDocument, honouring a chosen encoding by handing it UTF-8 text decoded that way. */
const parseWithEncoding: ParseDocument = (bytes, name, options) =>
  importDocument(
    options?.encoding
      ? new TextEncoder().encode(new TextDecoder(options.encoding).decode(bytes))
      : bytes,
    name,
  )

describe('document store: trash, edits, encodings, corrections, cancel', () => {
  let root: string
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'margin-library-'))
  })
  afterEach(async () => {
    await rm(root, { recursive: true, force: true })
  })

  it('lists the trash, restores from it, and empties it for good, answering the ids that went', async () => {
    const store = createDocumentStore({ root, parse: importDocument })
    const news = await store.importBytes('qilu.txt', await readFile(SAMPLE))
    const other = await store.importBytes(
      'note.txt',
      new TextEncoder().encode('第一章 开始\n\n一段文字。'),
    )
    await store.remove(news.id)
    await store.remove(other.id)
    expect(await store.list()).toEqual([])
    expect((await store.listTrash()).map((d) => d.id).sort()).toEqual([news.id, other.id].sort())
    expect((await store.listTrash())[0]!.trashedAt).toMatch(/^\d{4}-\d\d-\d\dT/)

    const restored = await store.restore(news.id)
    expect(restored.title).toBe(news.title)
    expect((await store.list()).map((d) => d.id)).toEqual([news.id])
    expect((await store.open(news.id)).blocks.length).toBe(news.blocks)

    expect(await store.emptyTrash()).toEqual([other.id])
    expect(await store.listTrash()).toEqual([])
    expect(await readdir(join(root, 'trash'))).toEqual([])
    await expect(store.restore(other.id)).rejects.toThrow(/no longer in the trash/)
    expect((await store.list()).map((d) => d.id)).toEqual([news.id])
  })

  it('brings a trashed document back, edits and all, when the same bytes are imported again', async () => {
    const store = createDocumentStore({ root, parse: importDocument })
    const bytes = await readFile(SAMPLE)
    const meta = await store.importBytes('qilu.txt', bytes)
    await store.editDetails(meta.id, { title: '齐鲁晚报 6月24日' })
    await store.remove(meta.id)
    const again = await store.importBytes('copy.txt', bytes)
    expect(again.title).toBe('齐鲁晚报 6月24日')
    expect(await store.listTrash()).toEqual([])
    // Its notes must stay: emptying an empty trash deletes nothing.
    expect(await store.emptyTrash()).toEqual([])
  })

  it('keeps a renamed title and an edited author through a lost metadata record and a re-import', async () => {
    const store = createDocumentStore({ root, parse: importDocument })
    const bytes = await readFile(SAMPLE)
    const meta = await store.importBytes('qilu.txt', bytes)
    const edited = await store.editDetails(meta.id, {
      title: '  齐鲁晚报 A02版 ',
      author: '齐鲁晚报编辑部',
    })
    expect(edited).toMatchObject({
      title: '齐鲁晚报 A02版',
      author: '齐鲁晚报编辑部',
      sourceName: 'qilu.txt',
    })

    await rm(join(root, 'documents', meta.id, 'meta.json'))
    const rebuilt = (await createDocumentStore({ root, parse: importDocument }).list())[0]!
    expect(rebuilt).toMatchObject({
      title: '齐鲁晚报 A02版',
      author: '齐鲁晚报编辑部',
      sourceName: 'qilu.txt',
      importedAt: meta.importedAt,
    })

    await writeFile(join(root, 'documents', meta.id, 'meta.json'), '{"id":')
    await rm(join(root, 'documents', meta.id, 'parts'), { recursive: true })
    const reimported = await createDocumentStore({ root, parse: importDocument }).importBytes(
      'other-name.txt',
      bytes,
    )
    expect(reimported).toMatchObject({
      title: '齐鲁晚报 A02版',
      author: '齐鲁晚报编辑部',
      chars: meta.chars,
    })

    const reset = await store.editDetails(meta.id, { title: null, author: '' })
    expect(reset.title).toBe(meta.title)
    expect(reset.author).toBeNull()
  })

  it('re-reads a document in the encoding the user picks, remembers it, and keeps ids where the text is the same', async () => {
    const store = createDocumentStore({ root, parse: parseWithEncoding })
    const bytes = await readFile(GBK_NOVEL)
    const meta = await store.importBytes('sanguo.txt', bytes)
    const gbkDoc = await store.open(meta.id)

    const big5 = await store.previewEncoding(meta.id, 'big5')
    const gbk = await store.previewEncoding(meta.id, 'gb18030')
    expect(gbk.text).toContain('第一回')
    expect(gbk.replacements).toBe(0)
    expect(big5.text).not.toContain('第一回')

    const wrong = await store.setEncoding(meta.id, 'big5')
    expect(wrong.edits?.encoding).toBe('big5')
    expect((await store.open(meta.id)).blocks[5]?.text).not.toBe(gbkDoc.blocks[5]?.text)
    // The choice survives a lost document and metadata record: the rebuild uses it.
    await rm(join(root, 'documents', meta.id, 'parts'), { recursive: true })
    await rm(join(root, 'documents', meta.id, 'meta.json'))
    const reopened = createDocumentStore({ root, parse: parseWithEncoding })
    expect((await reopened.meta(meta.id)).edits?.encoding).toBe('big5')

    await reopened.setEncoding(meta.id, 'gb18030')
    const back = await reopened.open(meta.id)
    expect(back.blocks.map((b) => [b.id, b.start])).toEqual(
      gbkDoc.blocks.map((b) => [b.id, b.start]),
    )
  })

  it('corrects the outline without moving a block, and keeps corrections across a re-encode', async () => {
    const store = createDocumentStore({ root, parse: parseWithEncoding })
    const chapters = Array.from(
      { length: 6 },
      (_, n) =>
        `第${'一二三四五六'[n]}章 第${n + 1}章的标题\n\n\u3000\u3000这是第${n + 1}章的正文，讲了许多故事。\n`,
    )
    const meta = await store.importBytes('book.txt', new TextEncoder().encode(chapters.join('\n')))
    const before = await store.open(meta.id)
    const falseHeading = before.outline[1]!
    const paragraph = before.blocks.find(
      (b) => b.type === 'paragraph' && b.text.includes('第3章的正文'),
    )!

    await store.correctOutline(meta.id, { kind: 'demote', blockId: falseHeading.blockId })
    await store.correctOutline(meta.id, { kind: 'promote', blockId: paragraph.id, level: 2 })
    const after = await store.correctOutline(meta.id, {
      kind: 'rename',
      blockId: paragraph.id,
      title: '我的标题',
    })

    expect(after.blocks.map((b) => [b.id, b.start, b.text])).toEqual(
      before.blocks.map((b) => [b.id, b.start, b.text]),
    )
    expect(after.outline.some((e) => e.blockId === falseHeading.blockId)).toBe(false)
    expect(after.outline).toContainEqual({ title: '我的标题', level: 2, blockId: paragraph.id })
    expect(after.blocks.find((b) => b.id === paragraph.id)).toMatchObject({
      type: 'heading',
      level: 2,
    })

    await store.setEncoding(meta.id, 'utf-8')
    const reopened = await createDocumentStore({ root, parse: parseWithEncoding }).open(meta.id)
    expect(reopened.outline).toEqual(after.outline)
  })

  it('gives one document for concurrent imports of the same bytes, and all of several different ones', async () => {
    const store = createDocumentStore({ root, parse: importDocument })
    const bytes = await readFile(SAMPLE)
    const texts = ['甲文。', '乙文。', '丙文。'].map((t) => new TextEncoder().encode(t))
    const results = await Promise.all([
      ...[1, 2, 3, 4].map((n) => store.importBytes(`copy-${n}.txt`, bytes)),
      ...texts.map((t, n) => store.importBytes(`t${n}.txt`, t)),
    ])
    expect(new Set(results.slice(0, 4).map((m) => m.id)).size).toBe(1)
    expect(await store.list()).toHaveLength(4)
    expect(await readdir(join(root, 'staging'))).toEqual([])
  })

  it('leaves nothing behind when an import is cancelled mid-parse', async () => {
    let started!: () => void
    const parsing = new Promise<void>((r) => (started = r))
    const parse: ParseDocument = (bytes, name, options) =>
      new Promise((_resolve, reject) => {
        started()
        options?.signal?.addEventListener('abort', () => reject(new Error('aborted')))
      })
    const store = createDocumentStore({ root, parse })
    const controller = new AbortController()
    const importing = store.importBytes('long.txt', new TextEncoder().encode('很长的书'), {
      signal: controller.signal,
    })
    await parsing
    controller.abort()
    await expect(importing).rejects.toThrow()
    expect(await store.list()).toEqual([])
    expect(await readdir(join(root, 'documents'))).toEqual([])
    expect(await readdir(join(root, 'staging'))).toEqual([])
  })

  it('cleans up at once when saving fails between two writes', async () => {
    const failing: ParseDocument = async (bytes, name) => {
      const doc = await importDocument(bytes, name)
      return {
        ...doc,
        toJSON: () => {
          throw new Error('disk full')
        },
      } as unknown as ParsedDocument
    }
    const store = createDocumentStore({ root, parse: failing })
    await expect(store.importBytes('qilu.txt', await readFile(SAMPLE))).rejects.toThrow(/disk full/)
    expect(await readdir(join(root, 'documents'))).toEqual([])
    expect(await readdir(join(root, 'staging'))).toEqual([])
  })

  it('shows no half document after the process is killed in the middle of an import', async () => {
    const script = join(root, 'import-then-die.mts')
    const data = join(root, 'data')
    await writeFile(
      script,
      `import { createDocumentStore } from ${JSON.stringify(join(REPO, 'src/main/services/document-store.ts'))}
const store = createDocumentStore({
  root: ${JSON.stringify(data)},
  parse: async () => ({ format: 'txt', encoding: 'utf-8', encodingConfidence: 1, title: 'big', author: null, language: null,
    blocks: [], outline: [], stats: { chars: 0, blocks: 0 } }),
})
await store.list()
process.stdout.write('ready\\n')
await store.importBytes('big.txt', new Uint8Array(200 * 1024 * 1024).fill(0x61))
process.stdout.write('imported\\n')
`,
    )
    const { child, output: printed } = await startReadyScript(REPO, script)
    // Kill it as soon as anything is written into staging: the original is still being written.
    await new Promise<void>((killed) => {
      const watcher = watch(join(data, 'staging'), { recursive: true }, () => {
        watcher.close()
        child.kill('SIGKILL')
        killed()
      })
    })
    await new Promise((exited) => child.once('exit', exited))
    expect(printed()).not.toContain('imported')
    expect((await readdir(join(data, 'staging'))).length).toBeGreaterThan(0) // it died mid-import
    const store = createDocumentStore({ root: data, parse: importDocument })
    expect(await store.list()).toEqual([])
    expect(await readdir(join(data, 'documents'))).toEqual([])
    expect(await readdir(join(data, 'staging'))).toEqual([])
  }, 60_000)
})
