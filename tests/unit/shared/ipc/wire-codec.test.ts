import { describe, expect, it } from 'vitest'
import {
  decodeRequest,
  decodeResponse,
  encodeRequest,
  encodeResponse,
  FRAMED_TYPE,
} from '../../../../src/shared/ipc/wire-codec'

/** Bytes that do not repeat, like a compressed archive. */
function noise(length: number, seed = 7): Uint8Array {
  const out = new Uint8Array(length)
  let state = seed
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0
    out[i] = state >>> 24
  }
  return out
}

const asBytes = (body: Uint8Array | string) =>
  typeof body === 'string' ? new TextEncoder().encode(body) : body

describe('wire codec responses', () => {
  it('sends a result without bytes as plain JSON', () => {
    const result = { ok: true, value: [{ id: 'a', title: '三国演义' }] }
    const { body, type } = encodeResponse(result)
    expect(type).toMatch(/^application\/json/)
    expect(JSON.parse(body as string)).toEqual(result)
    expect(decodeResponse(asBytes(body), type)).toEqual(result)
  })

  it('sends a 3 MB archive as raw bytes beside the JSON, and reads it back unchanged', () => {
    const archive = noise(3 * 1024 * 1024)
    const result = { ok: true, value: { name: 'margin-backup-2026.zip', archive } }
    const { body, type } = encodeResponse(result)
    expect(type).toBe(FRAMED_TYPE)
    // Base64 inside JSON would be a third larger; framed, it is the bytes and a short header.
    expect(body.length).toBeLessThan(archive.length + 200)
    const decoded = decodeResponse(asBytes(body), type) as typeof result
    expect(decoded.value.name).toBe('margin-backup-2026.zip')
    expect(decoded.value.archive).toBeInstanceOf(Uint8Array)
    expect(Buffer.compare(decoded.value.archive, archive)).toBe(0)
  })

  it('carries several byte arrays, Node Buffers among them, in a nested result', () => {
    const result = {
      ok: true,
      value: {
        parts: [Buffer.from('书'), new Uint8Array(0), noise(1000, 3)],
        label: 'x',
      },
    }
    const { body, type } = encodeResponse(result)
    const decoded = decodeResponse(asBytes(body), type) as { value: { parts: Uint8Array[] } }
    expect(decoded.value.parts.map((p) => Array.from(p))).toEqual(
      result.value.parts.map((p) => Array.from(p)),
    )
  })

  it('refuses a framed response cut short', () => {
    const { body, type } = encodeResponse({ archive: noise(64) })
    expect(() => decodeResponse(asBytes(body).subarray(0, body.length - 5), type)).toThrow()
  })

  it('frames requests the same way', () => {
    const bytes = noise(4096)
    const decoded = decodeRequest(encodeRequest({ archive: bytes, note: '注' })) as {
      archive: Uint8Array
      note: string
    }
    expect(Buffer.compare(decoded.archive, bytes)).toBe(0)
    expect(decoded.note).toBe('注')
  })
})
