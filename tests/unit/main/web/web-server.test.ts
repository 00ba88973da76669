import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDocumentStore } from '../../../../src/main/services/document-store'
import { createEventHub } from '../../../../src/main/services/event-hub'
import { importDocument } from '../../../../src/main/services/importers/import-document'
import { createMarginHandlers } from '../../../../src/main/services/margin-handlers'
import { createWebServer } from '../../../../src/main/web/web-server'
import { encodeRequest } from '../../../../src/shared/ipc/wire-codec'
import { freePort } from '../../../support/free-port'

const SAMPLE = join(import.meta.dirname, '../../../../../shared/samples/qilu-evening-news-2022-06-24.txt')

describe('browser mode server', () => {
  let dir: string
  let web: ReturnType<typeof createWebServer>
  let base: string

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'margin-web-'))
    await writeFile(join(dir, 'index.html'), '<!doctype html><html><head><title>M</title></head></html>')
    const events = createEventHub()
    const store = createDocumentStore({ root: join(dir, 'data'), parse: importDocument })
    const port = await freePort()
    web = createWebServer({ handlers: createMarginHandlers({ store, events }), events, rendererDir: dir, port })
    base = await web.listen()
  })
  afterAll(async () => {
    await web.close()
    await rm(dir, { recursive: true, force: true })
  })

  const call = (channel: string, args: unknown, token = web.token) =>
    fetch(`${base}ipc/${channel}`, { method: 'POST', headers: { 'x-margin-token': token }, body: encodeRequest(args) })

  it('gives the page its token and answers calls that carry it', async () => {
    const html = await (await fetch(base)).text()
    expect(html).toContain(`<meta name="margin-token" content="${web.token}"`)
    const bytes = await readFile(SAMPLE)
    const imported = (await (await call('margin:library.importFiles', { files: [{ name: 'page.txt', bytes }] })).json()) as any
    expect(imported).toMatchObject({ ok: true })
    expect(imported.value.imported[0].size).toBe(bytes.length)
    const listed = (await (await call('margin:library.list', {})).json()) as any
    expect(listed.value).toHaveLength(1)
  })

  it('refuses calls without the token, from another Host, and to unknown channels', async () => {
    expect((await call('margin:library.list', {}, 'wrong')).status).toBe(403)
    expect((await call('margin:nothing', {})).status).toBe(404)
    const { request } = await import('node:http')
    const status = await new Promise<number>((resolve) => {
      const req = request(base, { headers: { host: 'attacker.example' } }, (res) => resolve(res.statusCode ?? 0))
      req.end()
    })
    expect(status).toBe(421)
  })

  it('reports a file it cannot import with its name and reason', async () => {
    const result = (await (await call('margin:library.importFiles', { files: [{ name: 'image.txt', bytes: new Uint8Array([0, 0, 0, 1]) }] })).json()) as any
    expect(result.value.failed).toEqual([{ name: 'image.txt', message: expect.stringMatching(/image\.txt.*binary/) }])
  })
})
