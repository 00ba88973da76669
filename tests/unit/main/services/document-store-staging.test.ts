import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  createDocumentStore,
  type ParseDocument,
} from '../../../../src/main/services/document-store'
import { importDocument } from '../../../../src/main/services/importers/import-document'

/** The in-process import writes the original into staging before the parse: a failed parse must leave nothing. */
describe('an import that fails while the original is already being written', () => {
  let root: string
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'margin-staging-'))
  })
  afterEach(() => rm(root, { recursive: true, force: true }))

  const bytes = new TextEncoder().encode('第一回\n正文。\n'.repeat(2000))

  it.each<[string, ParseDocument]>([
    ['rejects', () => Promise.reject(new Error('unreadable'))],
    [
      'throws before returning a promise',
      () => {
        throw new Error('unreadable')
      },
    ],
  ])('leaves no document and no staging folder when the parse %s', async (_, parse) => {
    const store = createDocumentStore({ root, parse })
    await expect(store.importBytes('book.txt', bytes)).rejects.toThrow('unreadable')
    expect(await store.list()).toEqual([])
    expect(await readdir(join(root, 'staging'))).toEqual([])
    expect(await readdir(join(root, 'documents'))).toEqual([])
  })

  it('then imports the same file whole', async () => {
    let fail = true
    const parse: ParseDocument = (b, name, options) =>
      fail ? Promise.reject(new Error('unreadable')) : importDocument(b, name, options)
    const store = createDocumentStore({ root, parse })
    await expect(store.importBytes('book.txt', bytes)).rejects.toThrow()
    fail = false
    const meta = await store.importBytes('book.txt', bytes)
    expect((await store.open(meta.id)).blocks.length).toBe(meta.blocks)
    expect(await readdir(join(root, 'documents', meta.id))).toEqual(
      expect.arrayContaining(['original.txt', 'meta.json', 'origin.json', 'parts']),
    )
    expect(await readdir(join(root, 'staging'))).toEqual([])
  })
})
