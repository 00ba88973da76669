import { describe, expect, it, vi } from 'vitest'
import { serveAssetProtocol } from '../../../../src/main/electron/asset-protocol'

vi.mock('electron', () => ({ protocol: {} }))

const ID = 'a'.repeat(64)

describe('margin-asset:// protocol', () => {
  const readAsset = vi.fn(async (id: string, name: string) =>
    id === ID && name === 'cover.png'
      ? { bytes: Uint8Array.from([0x89, 0x50]), type: 'image/png' }
      : null,
  )

  it('serves a stored image with a type that is never sniffed and a sandboxing CSP', async () => {
    const response = await serveAssetProtocol(
      new Request(`margin-asset://${ID}/cover.png`),
      readAsset,
    )
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/png')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('content-security-policy')).toContain('sandbox')
    expect([...new Uint8Array(await response.arrayBuffer())]).toEqual([0x89, 0x50])
  })

  it('answers 404 to deeper paths, other methods and unknown names', async () => {
    for (const url of [
      `margin-asset://${ID}/x/cover.png`,
      `margin-asset://${ID}/`,
      `margin-asset://${ID}/other.png`,
    ]) {
      expect((await serveAssetProtocol(new Request(url), readAsset)).status).toBe(404)
    }
    expect(
      (
        await serveAssetProtocol(
          new Request(`margin-asset://${ID}/cover.png`, { method: 'POST' }),
          readAsset,
        )
      ).status,
    ).toBe(404)
  })
})
