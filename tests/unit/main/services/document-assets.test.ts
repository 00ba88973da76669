import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createDocumentStore } from '../../../../src/main/services/document-store'
import { importDocument } from '../../../../src/main/services/importers/import-document'
import { buildEpub, PNG_1X1 } from './importers/epub-fixtures'

const ALICE = join(
  import.meta.dirname,
  '../../../../../shared/corpus/epub/alice_pg19033.epub2.epub',
)

describe('document assets in the store', () => {
  let root: string
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'margin-assets-'))
  })
  afterEach(() => rm(root, { recursive: true, force: true }))

  it('stores an EPUB’s images beside the document and serves them by name only', async () => {
    const store = createDocumentStore({ root, parse: importDocument })
    const meta = await store.importBytes('alice.epub', await readFile(ALICE))
    const doc = await store.open(meta.id)
    expect(doc).not.toHaveProperty('assets')
    const parts = join(root, 'documents', meta.id, 'parts')
    const chunks = (await readdir(parts)).filter((name) => name !== 'head.json')
    const stored = await Promise.all(chunks.map((name) => readFile(join(parts, name), 'utf8')))
    expect(stored.join('').length).toBeLessThan(200_000) // text and names only, no image bytes
    const names = await readdir(join(root, 'documents', meta.id, 'assets'))
    expect(names).toHaveLength(28)
    const image = doc.blocks.find((b) => b.type === 'image' && b.src)!
    expect(names).toContain(image.src)
    const asset = await store.readAsset(meta.id, image.src!)
    expect(asset?.type).toBe('image/jpeg')
    expect([...asset!.bytes.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff])
    // Names and ids that could leave the folder, or name anything but an asset, get nothing.
    for (const [id, name] of [
      [meta.id, '../document.json'],
      [meta.id, '..%2Fdocument.json'],
      [meta.id, 'document.json'],
      [meta.id, '.hidden.png'],
      ['../' + meta.id, image.src!],
      [meta.id.slice(1), image.src!],
      [meta.id, 'missing.png'],
    ] as const) {
      expect(await store.readAsset(id, name)).toBeNull()
    }
  })

  it('leaves nothing in the library when a bad EPUB is refused', async () => {
    const store = createDocumentStore({ root, parse: importDocument })
    await store.importBytes(
      'good.epub',
      buildEpub({
        chapters: [{ id: 'a', href: 'a.xhtml', body: '<p>ok</p><img src="d.png" alt=""/>' }],
        files: { 'OEBPS/d.png': PNG_1X1 },
      }),
    )
    await expect(
      store.importBytes('bad.epub', new TextEncoder().encode('PK\u0003\u0004 not really')),
    ).rejects.toThrow(/^bad\.epub: /)
    expect(await store.list()).toHaveLength(1)
    expect(await readdir(join(root, 'staging'))).toEqual([])
  })
})
