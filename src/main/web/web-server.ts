import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { isChannel } from '../../shared/ipc/contract'
import { dispatch, type HandlerTable } from '../../shared/ipc/handler-table'
import { decodeRequest, encodeResponse } from '../../shared/ipc/wire-codec'
import { assetHeaders, type AssetFile } from '../services/document-assets'
import type { EventHub } from '../services/event-hub'
import { CONTENT_SECURITY_POLICY, contentTypeOf, resolveStaticFile } from '../services/static-files'

export interface WebServerOptions {
  handlers: HandlerTable
  events: EventHub
  rendererDir: string
  port: number
  /** Defaults to a fresh random token per launch. */
  token?: string
  maxBodyBytes?: number
  /** A document's stored image by name (the store's readAsset); without it /asset/ serves nothing. */
  readAsset?: (documentId: string, name: string) => Promise<AssetFile | null>
}

/** `<img>` cannot send the token header, so asset requests carry it in a cookie set with the page. */
const ASSET_COOKIE = 'margin-asset-token'

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=')
    if (key === name) return value.join('=')
  }
  return undefined
}

const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
}

function send(response: ServerResponse, status: number, body: string | Uint8Array, type = 'text/plain; charset=utf-8') {
  response.writeHead(status, { ...SECURITY_HEADERS, 'content-type': type, 'cache-control': 'no-store' })
  response.end(body)
}

async function readBody(request: IncomingMessage, limit: number): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request) {
    size += (chunk as Buffer).length
    if (size > limit) throw new Error('too large')
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks)
}

/**
 * Browser mode: the same renderer and the same handler table, on loopback only.
 * Calls need the per-launch token that only our own page receives, and a Host of ours
 * (so a DNS-rebinding page on another origin cannot reach the library).
 */
export function createWebServer(options: WebServerOptions) {
  const token = options.token ?? randomBytes(24).toString('hex')
  const maxBody = options.maxBodyBytes ?? 600 * 1024 * 1024
  const allowedHosts = new Set([`127.0.0.1:${options.port}`, `localhost:${options.port}`])
  let indexHtml: string | undefined

  async function serveIndex(response: ServerResponse) {
    indexHtml ??= await readFile(resolveStaticFile(options.rendererDir, '/')!, 'utf8')
    const html = indexHtml.replace('<head>', `<head>\n    <meta name="margin-token" content="${token}" />`)
    response.setHeader('set-cookie', `${ASSET_COOKIE}=${token}; Path=/asset/; HttpOnly; SameSite=Strict`)
    send(response, 200, html, 'text/html; charset=utf-8')
  }

  /** GET /asset/<document id>/<name>: a stored image of a document, for our own page only. */
  async function serveAsset(request: IncomingMessage, pathname: string, response: ServerResponse) {
    if (cookieValue(request.headers.cookie, ASSET_COOKIE) !== token) return send(response, 403, 'Forbidden')
    const [documentId = '', name = '', ...rest] = pathname.slice('/asset/'.length).split('/')
    let decodedName: string
    try {
      decodedName = decodeURIComponent(name)
    } catch {
      return send(response, 404, 'Not found')
    }
    const asset = rest.length === 0 ? await options.readAsset?.(documentId, decodedName) : null
    if (!asset) return send(response, 404, 'Not found')
    response.writeHead(200, { ...SECURITY_HEADERS, ...assetHeaders(asset.type) })
    response.end(request.method === 'HEAD' ? undefined : asset.bytes)
  }

  async function serveStatic(pathname: string, response: ServerResponse) {
    const file = resolveStaticFile(options.rendererDir, pathname)
    if (!file) return send(response, 404, 'Not found')
    if (file.endsWith('index.html')) return serveIndex(response)
    try {
      const body = await readFile(file)
      response.writeHead(200, {
        ...SECURITY_HEADERS,
        'content-type': contentTypeOf(file),
        'cache-control': pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      })
      response.end(body)
    } catch {
      send(response, 404, 'Not found')
    }
  }

  function serveEvents(response: ServerResponse) {
    response.writeHead(200, {
      ...SECURITY_HEADERS,
      'content-type': 'text/event-stream',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    })
    response.write(': connected\n\n')
    const stop = options.events.listen((event, payload) => {
      response.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`)
    })
    response.on('close', stop)
  }

  async function serveCall(channelName: string, request: IncomingMessage, response: ServerResponse) {
    if (!isChannel(channelName)) return send(response, 404, 'Unknown channel')
    let args: unknown
    try {
      args = decodeRequest(await readBody(request, maxBody))
    } catch {
      return send(response, 400, JSON.stringify({ ok: false, error: { code: 'invalid-arguments', message: 'Margin could not read the request.' } }), 'application/json')
    }
    const result = await dispatch(options.handlers, channelName, args, (error) => console.error(error))
    const { body, type } = encodeResponse(result)
    send(response, 200, body, type)
  }

  const server: Server = createServer((request, response) => {
    void (async () => {
      const host = request.headers.host ?? ''
      if (!allowedHosts.has(host)) return send(response, 421, 'Wrong host')
      const url = new URL(request.url ?? '/', `http://${host}`)
      if (url.pathname.startsWith('/ipc/') || url.pathname === '/events') {
        const given = request.headers['x-margin-token'] ?? url.searchParams.get('token')
        if (given !== token) return send(response, 403, 'Forbidden')
        if (url.pathname === '/events') return serveEvents(response)
        if (request.method !== 'POST') return send(response, 405, 'Method not allowed')
        return serveCall(decodeURIComponent(url.pathname.slice('/ipc/'.length)), request, response)
      }
      if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'Method not allowed')
      if (url.pathname.startsWith('/asset/')) return serveAsset(request, url.pathname, response)
      return serveStatic(url.pathname, response)
    })().catch((error: unknown) => {
      console.error(error)
      if (!response.headersSent) send(response, 500, 'Internal error')
    })
  })

  return {
    token,
    server,
    listen(): Promise<string> {
      return new Promise((resolvePromise, reject) => {
        server.once('error', reject)
        server.listen(options.port, '127.0.0.1', () => {
          server.off('error', reject)
          resolvePromise(`http://127.0.0.1:${options.port}/`)
        })
      })
    },
    close(): Promise<void> {
      server.closeAllConnections()
      return new Promise((resolvePromise) => server.close(() => resolvePromise()))
    },
  }
}
