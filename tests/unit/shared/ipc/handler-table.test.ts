import { describe, expect, it, vi } from 'vitest'
import { CHANNELS } from '../../../../src/shared/ipc/contract'
import { dispatch, type HandlerTable } from '../../../../src/shared/ipc/handler-table'
import { MarginError } from '../../../../src/shared/ipc/result'
import { decodeRequest, encodeRequest } from '../../../../src/shared/ipc/wire-codec'

function handlers(overrides: Partial<HandlerTable> = {}): HandlerTable {
  const fail = async () => {
    throw new Error('not in this test')
  }
  // Every channel fails unless a test overrides it, so channels added later need no edit here.
  const failing = Object.fromEntries(CHANNELS.map((name) => [name, fail])) as unknown as HandlerTable
  return {
    ...failing,
    'margin:library.list': async () => [],
    ...overrides,
  }
}

describe('dispatch', () => {
  it('refuses arguments that do not match the contract before any handler runs', async () => {
    const open = vi.fn()
    const result = await dispatch(handlers({ 'margin:documents.open': open }), 'margin:documents.open', { id: '../../etc/passwd' })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } })
    expect(open).not.toHaveBeenCalled()
  })

  it('passes a service error message through and hides internal ones', async () => {
    const id = 'a'.repeat(64)
    const known = await dispatch(
      handlers({ 'margin:documents.open': async () => Promise.reject(new MarginError('not-found', 'Gone.')) }),
      'margin:documents.open',
      { id },
    )
    expect(known).toEqual({ ok: false, error: { code: 'not-found', message: 'Gone.' } })
    const onUnexpected = vi.fn()
    const hidden = await dispatch(
      handlers({ 'margin:documents.open': async () => Promise.reject(new Error('ENOENT /home/x/secret')) }),
      'margin:documents.open',
      { id },
      onUnexpected,
    )
    expect(hidden.ok).toBe(false)
    expect(JSON.stringify(hidden)).not.toContain('secret')
    expect(onUnexpected).toHaveBeenCalledOnce()
  })
})

describe('wire codec', () => {
  it('carries byte arrays beside the JSON arguments unchanged', () => {
    const bytes = new Uint8Array([0, 1, 2, 254, 255])
    const decoded = decodeRequest(encodeRequest({ files: [{ name: '书.txt', bytes }, { name: 'b', bytes: new Uint8Array(0) }] })) as {
      files: { name: string; bytes: Uint8Array }[]
    }
    expect(decoded.files[0]!.name).toBe('书.txt')
    expect(Array.from(decoded.files[0]!.bytes)).toEqual([0, 1, 2, 254, 255])
    expect(decoded.files[1]!.bytes.length).toBe(0)
  })

  it('rejects a byte range that points outside the body', () => {
    const body = encodeRequest({ bytes: new Uint8Array([1, 2, 3]) })
    expect(() => decodeRequest(body.subarray(0, body.length - 2))).toThrow()
  })
})
