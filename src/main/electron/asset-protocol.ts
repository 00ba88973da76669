import { protocol } from 'electron'
import { assetHeaders, type AssetFile } from '../services/document-assets'
import { ASSET_SCHEME } from './app-protocol'

export type ReadAsset = (documentId: string, name: string) => Promise<AssetFile | null>

/** Answers margin-asset://<document id>/<asset name> from the store, and nothing else. */
export async function serveAssetProtocol(
  request: Request,
  readAsset: ReadAsset,
): Promise<Response> {
  const url = new URL(request.url)
  const parts = url.pathname.split('/').filter(Boolean)
  if (request.method !== 'GET' || parts.length !== 1)
    return new Response('Not found', { status: 404 })
  let name: string
  try {
    name = decodeURIComponent(parts[0]!)
  } catch {
    return new Response('Not found', { status: 404 })
  }
  const asset = await readAsset(url.host, name)
  if (!asset) return new Response('Not found', { status: 404 })
  return new Response(new Uint8Array(asset.bytes), { headers: assetHeaders(asset.type) })
}

export function handleAssetProtocol(readAsset: ReadAsset): void {
  protocol.handle(ASSET_SCHEME, (request) => serveAssetProtocol(request, readAsset))
}
