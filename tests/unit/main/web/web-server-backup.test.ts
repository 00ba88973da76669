import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readBackupArchive } from '../../../../src/main/services/backup-archive'
import { createDocumentStore } from '../../../../src/main/services/document-store'
import { createEventHub } from '../../../../src/main/services/event-hub'
import { importDocument } from '../../../../src/main/services/importers/import-document'
import { createMarginHandlers } from '../../../../src/main/services/margin-handlers'
import { createWebServer } from '../../../../src/main/web/web-server'
import { createMarginApi, type Invoke } from '../../../../src/shared/ipc/margin-api'
import type { IpcResult } from '../../../../src/shared/ipc/result'
import { decodeResponse, encodeRequest, FRAMED_TYPE } from '../../../../src/shared/ipc/wire-codec'
import { freePort } from '../../../support/free-port'
import { incompressibleText } from '../../../support/incompressible-text'

describe('a backup through browser mode', () => {
  let dir: string
  let web: ReturnType<typeof createWebServer>
  let base: string
  let original: Buffer

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'margin-web-backup-'))
    await writeFile(join(dir, 'index.html'), '<!doctype html><html><head></head></html>')
    const data = join(dir, 'data')
    const events = createEventHub()
    const store = createDocumentStore({ root: data, parse: importDocument })
    const port = await freePort()
    web = createWebServer({
      handlers: createMarginHandlers({ store, events, dataFolder: data }),
      events,
      rendererDir: dir,
      port,
    })
    base = (await web.listen()).replace(/\/$/, '')
    original = Buffer.from(incompressibleText(3 * 1024 * 1024, 11), 'utf8')
  })
  afterAll(async () => {
    await web.close()
    await rm(dir, { recursive: true, force: true })
  })

  it('brings a library with a 3 MB document back as raw bytes, whole', async () => {
    // What the page's web bridge does: framed request, response decoded by its content type.
    const invoke: Invoke = async (channel, args) => {
      const response = await fetch(`${base}/ipc/${channel}`, {
        method: 'POST',
        headers: { 'x-margin-token': web.token },
        body: encodeRequest(args),
      })
      const body = new Uint8Array(await response.arrayBuffer())
      return decodeResponse(body, response.headers.get('content-type')) as IpcResult<never>
    }
    const margin = createMarginApi(invoke, () => () => {}, 'web')
    const imported = await margin.importFiles([{ name: 'long.txt', bytes: original }])
    if (!imported.ok) throw new Error(imported.error.message)
    const id = imported.value.imported[0]!.id
    const notes = {
      annotations: [{ id: 'a1', documentId: id, note: '注' }],
      bookmarks: [],
      progress: [],
      settings: [],
    }

    const built = await margin.buildBackup(notes)
    if (!built.ok) throw new Error(built.error.message)
    expect(built.value.archive).toBeInstanceOf(Uint8Array)
    const contents = readBackupArchive(built.value.archive)
    const stored = contents.documents.find((d) => d.id === id)!.files
    const originalName = [...stored.keys()].find((name) => name.startsWith('original'))!
    expect(Buffer.compare(stored.get(originalName)!, original)).toBe(0)
    expect(contents.notes.annotations).toEqual(notes.annotations)
    const onDisk = await readdir(join(dir, 'data', 'documents', id))
    expect([...new Set([...stored.keys()].map((n) => n.split('/')[0]))].sort()).toEqual(
      onDisk.filter((n) => !n.endsWith('.tmp')).sort(),
    )

    // On the wire: the archive's own bytes after a short JSON header, not base64.
    const response = await fetch(`${base}/ipc/margin:notes.buildBackup`, {
      method: 'POST',
      headers: { 'x-margin-token': web.token },
      body: encodeRequest({ notes }),
    })
    expect(response.headers.get('content-type')).toBe(FRAMED_TYPE)
    const body = new Uint8Array(await response.arrayBuffer())
    expect(body.length).toBeGreaterThan(built.value.archive.length * 0.9)
    expect(body.length).toBeLessThan(built.value.archive.length * 1.1 + 1024)
  })

  it('still answers calls without bytes as JSON', async () => {
    const response = await fetch(`${base}/ipc/margin:library.list`, {
      method: 'POST',
      headers: { 'x-margin-token': web.token },
      body: encodeRequest({}),
    })
    expect(response.headers.get('content-type')).toMatch(/^application\/json/)
    expect(((await response.json()) as { value: unknown[] }).value).toHaveLength(1)
  })
})
