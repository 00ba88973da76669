import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDocumentStore } from '../../../../src/main/services/document-store'
import { createEventHub } from '../../../../src/main/services/event-hub'
import { importDocument } from '../../../../src/main/services/importers/import-document'
import { createMarginHandlers } from '../../../../src/main/services/margin-handlers'
import { createWebServer } from '../../../../src/main/web/web-server'
import { freePort } from '../../../support/free-port'

const ALICE = join(import.meta.dirname, '../../../../../shared/corpus/epub/alice.epub3.epub')

describe('browser mode serves document images', () => {
  let dir: string
  let web: ReturnType<typeof createWebServer>
  let base: string
  let assetPath: string

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'margin-web-assets-'))
    await writeFile(
      join(dir, 'index.html'),
      '<!doctype html><html><head><title>M</title></head></html>',
    )
    const events = createEventHub()
    const store = createDocumentStore({ root: join(dir, 'data'), parse: importDocument })
    const meta = await store.importBytes('alice.epub', await readFile(ALICE))
    assetPath = `asset/${meta.id}/${meta.cover}`
    const port = await freePort()
    const handlers = createMarginHandlers({ store, events })
    web = createWebServer({
      handlers,
      events,
      rendererDir: dir,
      port,
      readAsset: (id, name) => store.readAsset(id, name),
    })
    base = await web.listen()
  })
  afterAll(async () => {
    await web.close()
    await rm(dir, { recursive: true, force: true })
  })

  it('sets an HttpOnly, SameSite=Strict token cookie with the page and serves assets only with it', async () => {
    const page = await fetch(base)
    const cookie = page.headers.get('set-cookie')!
    expect(cookie).toMatch(/HttpOnly/)
    expect(cookie).toMatch(/SameSite=Strict/)
    const token = cookie.split(';')[0]!
    const image = await fetch(base + assetPath, { headers: { cookie: token } })
    expect(image.status).toBe(200)
    expect(image.headers.get('content-type')).toBe('image/jpeg')
    expect(image.headers.get('content-security-policy')).toContain('sandbox')
    expect(new Uint8Array(await image.arrayBuffer()).subarray(0, 2)).toEqual(
      Uint8Array.from([0xff, 0xd8]),
    )
    expect((await fetch(base + assetPath)).status).toBe(403)
    expect(
      (await fetch(base + assetPath, { headers: { cookie: 'margin-asset-token=wrong' } })).status,
    ).toBe(403)
    for (const path of [
      assetPath.replace(/[^/]+$/, '..%2Fdocument.json'),
      assetPath + '/x',
      assetPath.replace(/[^/]+$/, 'document.json'),
    ]) {
      expect((await fetch(base + path, { headers: { cookie: token } })).status).toBe(404)
    }
  })
})
