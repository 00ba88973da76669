import { readFile } from 'node:fs/promises'
import { protocol } from 'electron'
import { CONTENT_SECURITY_POLICY, contentTypeOf, resolveStaticFile } from '../services/static-files'

export const APP_SCHEME = 'margin'
/** The renderer's fixed origin: IndexedDB, and every note in it, belongs to this origin. */
export const APP_URL = `${APP_SCHEME}://app/`

/** Serves only the images stored with documents: margin-asset://<document id>/<asset name>. */
export const ASSET_SCHEME = 'margin-asset'

/** Must run before the app is ready; Electron takes every privileged scheme in one call. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
    { scheme: ASSET_SCHEME, privileges: { standard: true, secure: true } },
  ])
}

/** Serves the built renderer from `rendererDir` at margin://app/, with the CSP on every response. */
export async function serveAppProtocol(request: Request, rendererDir: string): Promise<Response> {
  const url = new URL(request.url)
  if (url.host !== 'app') return new Response('Not found', { status: 404 })
  const file = resolveStaticFile(rendererDir, url.pathname)
  if (!file) return new Response('Not found', { status: 404 })
  try {
    const body = await readFile(file)
    return new Response(body, {
      headers: {
        'content-type': contentTypeOf(file),
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
      },
    })
  } catch {
    return new Response('Not found', { status: 404 })
  }
}

export function handleAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppProtocol(request, rendererDir))
}
