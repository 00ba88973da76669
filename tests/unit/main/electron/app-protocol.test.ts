import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => ({ protocol: {} }))
const { serveAppProtocol } = await import('../../../../src/main/electron/app-protocol')

describe('margin://app', () => {
  let root: string
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'margin-renderer-'))
    await mkdir(join(root, 'assets'))
    await writeFile(join(root, 'index.html'), '<html></html>')
    await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)')
  })
  afterAll(() => rm(root, { recursive: true, force: true }))

  it('serves the built renderer with a strict CSP', async () => {
    const response = await serveAppProtocol(new Request('margin://app/'), root)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'")
    const script = await serveAppProtocol(new Request('margin://app/assets/app.js'), root)
    expect(script.headers.get('content-type')).toContain('javascript')
  })

  it('serves nothing outside the renderer folder or for another host', async () => {
    expect((await serveAppProtocol(new Request('margin://app/%2e%2e/%2e%2e/etc/passwd.txt'), root)).status).toBe(404)
    expect((await serveAppProtocol(new Request('margin://other/index.html'), root)).status).toBe(404)
  })
})
