import { EVENT_NAMES, type EventName, type EventPayloads } from '../../../shared/ipc/events'
import { createMarginApi, type Invoke, type MarginApi, type Subscribe } from '../../../shared/ipc/margin-api'
import type { IpcResult } from '../../../shared/ipc/result'
import { decodeResponse, encodeRequest } from '../../../shared/ipc/wire-codec'

/** Browser mode's `window.margin`: the same named functions, over loopback HTTP with the page's token. */
export function createWebBridge(token: string, base = ''): MarginApi {
  const invoke: Invoke = async (channel, args) => {
    try {
      const response = await fetch(`${base}/ipc/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'x-margin-token': token, 'content-type': 'application/octet-stream' },
        body: encodeRequest(args) as BufferSource,
      })
      const body = new Uint8Array(await response.arrayBuffer())
      return decodeResponse(body, response.headers.get('content-type')) as IpcResult<never>
    } catch {
      return { ok: false, error: { code: 'internal', message: 'Margin is not running: start it again with npm run web.' } }
    }
  }

  const listeners = new Map<EventName, Set<(payload: unknown) => void>>()
  let source: EventSource | undefined
  const subscribe: Subscribe = (event, listener) => {
    if (!source) {
      source = new EventSource(`${base}/events?token=${encodeURIComponent(token)}`)
      for (const name of EVENT_NAMES) {
        source.addEventListener(name, (message) => {
          const payload = JSON.parse((message as MessageEvent<string>).data) as EventPayloads[typeof name]
          listeners.get(name)?.forEach((l) => l(payload))
        })
      }
    }
    const set = listeners.get(event) ?? new Set()
    listeners.set(event, set)
    const wrapped = listener as (payload: unknown) => void
    set.add(wrapped)
    return () => void set.delete(wrapped)
  }

  return createMarginApi(invoke, subscribe, 'web')
}

/** In the desktop app the preload has already set window.margin; in a browser, build it. */
export function installWebBridge(): void {
  if (window.margin) return
  const token = document.querySelector<HTMLMetaElement>('meta[name="margin-token"]')?.content
  if (!token) throw new Error('Margin: this page was not served by Margin (no token).')
  window.margin = createWebBridge(token)
}
