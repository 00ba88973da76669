import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { unzipSync, zipSync } from 'fflate'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  buildBackupArchive,
  readBackupArchive,
  restoreBackupDocuments,
} from '../../../../src/main/services/backup-archive'
import { createDocumentStore } from '../../../../src/main/services/document-store'
import { importDocument } from '../../../../src/main/services/importers/import-document'

const SAMPLE = resolve(
  import.meta.dirname,
  '../../../../../shared/samples/qilu-evening-news-2022-06-24.txt',
)

const notes = {
  annotations: [
    {
      id: 'ann-1',
      documentId: 'x',
      blockId: 'b1',
      selectors: [
        { type: 'TextQuoteSelector', exact: '金砖', prefix: '', suffix: '国家' },
        { type: 'TextPositionSelector', start: 3, end: 5 },
      ],
      note: '要点',
      tags: ['外交'],
      color: 'yellow',
      createdAt: 1,
      updatedAt: 2,
    },
  ],
  bookmarks: [
    { id: 'bm-1', documentId: 'x', blockId: 'b2', textOffset: 40, label: '', createdAt: 3 },
  ],
  progress: [{ documentId: 'x', percent: 12.5, updatedAt: 4 }],
  settings: [{ key: 'theme', value: { name: 'sepia', size: 19 } }],
}

async function folderContents(dir: string, prefix = ''): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const rel = `${prefix}${entry.name}`
    if (entry.isDirectory())
      Object.assign(out, await folderContents(join(dir, entry.name), `${rel}/`))
    else out[rel] = (await readFile(join(dir, entry.name))).toString('base64')
  }
  return out
}

describe('backup archive', () => {
  const made: string[] = []
  const temp = async () => {
    const dir = await mkdtemp(join(tmpdir(), 'margin-backup-'))
    made.push(dir)
    return dir
  }
  let source: string
  let ids: string[]
  beforeEach(async () => {
    source = await temp()
    const store = createDocumentStore({ root: source, parse: importDocument })
    const sample = await readFile(SAMPLE)
    ids = [
      (await store.importBytes('qilu-evening-news-2022-06-24.txt', sample)).id,
      (await store.importBytes('short.txt', new TextEncoder().encode('第一章\n\n短短的一段。\n')))
        .id,
    ]
  })
  afterEach(async () => {
    for (const dir of made.splice(0)) await rm(dir, { recursive: true, force: true })
  })

  it('restores into an empty profile the same library, byte for byte, and the same notes', async () => {
    const archive = await buildBackupArchive({ dataFolder: source, notes, appVersion: '9.9.9' })
    const target = await temp()
    const contents = readBackupArchive(archive)
    expect(contents.manifest.appVersion).toBe('9.9.9')
    expect(contents.manifest.counts).toMatchObject({
      documents: 2,
      annotations: 1,
      bookmarks: 1,
      settings: 1,
    })
    expect(await restoreBackupDocuments(target, contents)).toEqual({ restored: 2, kept: 0 })
    expect(await folderContents(join(target, 'documents'))).toEqual(
      await folderContents(join(source, 'documents')),
    )
    expect(contents.notes).toEqual(notes)

    const restoredStore = createDocumentStore({ root: target, parse: importDocument })
    const originalStore = createDocumentStore({ root: source, parse: importDocument })
    expect(await restoredStore.list()).toEqual(await originalStore.list())
    expect(await restoredStore.open(ids[0]!)).toEqual(await originalStore.open(ids[0]!))
  })

  it('leaves documents already in the library as they are', async () => {
    const archive = await buildBackupArchive({ dataFolder: source, notes, appVersion: '1' })
    expect(await restoreBackupDocuments(source, readBackupArchive(archive))).toEqual({
      restored: 0,
      kept: 2,
    })
  })

  function tamper(
    archive: Uint8Array,
    change: (files: Record<string, Uint8Array>) => void,
  ): Uint8Array {
    const files = unzipSync(archive)
    change(files)
    return zipSync(files)
  }

  it.each([
    ['a file that is not a zip', () => new TextEncoder().encode('hello'), /not a readable zip/],
    [
      'a zip without a manifest',
      (a: Uint8Array) => tamper(a, (f) => delete f['manifest.json']),
      /no manifest/,
    ],
    [
      'an altered original',
      (a: Uint8Array) =>
        tamper(a, (f) => {
          const key = Object.keys(f).find((k) => k.endsWith('/original.txt'))!
          const bytes = f[key]!
          bytes[0] = bytes[0]! ^ 1
        }),
      /damaged/,
    ],
    [
      'damaged notes',
      (a: Uint8Array) => tamper(a, (f) => (f['notes.json'] = new TextEncoder().encode('{'))),
      /notes/,
    ],
    [
      'a path that climbs out of the folder',
      (a: Uint8Array) =>
        tamper(a, (f) => {
          const manifest = JSON.parse(new TextDecoder().decode(f['manifest.json']))
          manifest.documents[0].files[0].path = '../../evil'
          f['manifest.json'] = new TextEncoder().encode(JSON.stringify(manifest))
        }),
      /unsafe path/,
    ],
    [
      'an unlisted file',
      (a: Uint8Array) => tamper(a, (f) => (f['extra.bin'] = new Uint8Array([1]))),
      /does not list/,
    ],
    [
      'a newer format',
      (a: Uint8Array) =>
        tamper(a, (f) => {
          const manifest = JSON.parse(new TextDecoder().decode(f['manifest.json']))
          manifest.formatVersion = 99
          f['manifest.json'] = new TextEncoder().encode(JSON.stringify(manifest))
        }),
      /newer Margin/,
    ],
  ])('refuses %s with a clear message', async (_name, spoil, message) => {
    const archive = spoil(await buildBackupArchive({ dataFolder: source, notes, appVersion: '1' }))
    expect(() => readBackupArchive(archive)).toThrow(message)
    expect(() => readBackupArchive(archive)).toThrow(/Nothing was changed/)
  })
})
