import { describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => ({}))

const { wireIpc } = await import('../../../../src/main/electron/ipc-wiring')
const { CHANNELS } = await import('../../../../src/shared/ipc/contract')
import type { HandlerTable } from '../../../../src/shared/ipc/handler-table'

function fakeIpcMain() {
  const registered = new Map<string, (event: unknown, args: unknown) => unknown>()
  return { registered, handle: (channel: string, listener: (event: unknown, args: unknown) => unknown) => void registered.set(channel, listener) }
}

const handlers = {
  'margin:library.list': vi.fn(async () => []),
} as unknown as HandlerTable

function eventFrom(url: string, mainFrame = true) {
  const frame = { url }
  return { senderFrame: frame, sender: { mainFrame: mainFrame ? frame : { url } } }
}

describe('wireIpc', () => {
  it('registers a handler for every channel of the contract', () => {
    const ipc = fakeIpcMain()
    wireIpc(ipc as never, handlers, ['margin://app'])
    expect([...ipc.registered.keys()].sort()).toEqual([...CHANNELS].sort())
  })

  it('serves our own page and refuses any other sender', async () => {
    const ipc = fakeIpcMain()
    wireIpc(ipc as never, handlers, ['margin://app'])
    const list = ipc.registered.get('margin:library.list')!
    await expect(list(eventFrom('margin://app/index.html'), {})).resolves.toEqual({ ok: true, value: [] })
    await expect(list(eventFrom('https://evil.example/'), {})).resolves.toMatchObject({ ok: false })
    await expect(list(eventFrom('margin://app/', false), {})).resolves.toMatchObject({ ok: false })
  })

  it('validates the arguments of every call', async () => {
    const ipc = fakeIpcMain()
    wireIpc(ipc as never, handlers, ['margin://app'])
    const result = await ipc.registered.get('margin:documents.open')!(eventFrom('margin://app/'), { path: '/etc/passwd' })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } })
  })
})
