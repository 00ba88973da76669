import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  ASSET_NAME_PATTERN,
  type DocumentAsset,
  type ParsedDocument,
} from '../../shared/document-model'
import { writeFileAtomic } from './atomic-write'
import { contentTypeOfAsset } from './importers/image-assets'

/**
 * A document's images, stored as `<document folder>/assets/<name>` and served by name only.
 * Names are checked against one pattern on the way in and on the way out, so no request can
 * reach a file outside that folder.
 */
export const ASSETS = 'assets'
const DOCUMENT_ID = /^[0-9a-f]{64}$/

/** The document without its asset bytes (what document.json holds), and the assets apart. */
export function splitAssets(parsed: ParsedDocument): {
  doc: ParsedDocument
  assets: DocumentAsset[]
} {
  const { assets = [], ...doc } = parsed
  return { doc, assets }
}

export async function writeAssets(folder: string, assets: readonly DocumentAsset[]): Promise<void> {
  if (assets.length === 0) return
  await mkdir(join(folder, ASSETS), { recursive: true })
  for (const asset of assets) {
    if (!ASSET_NAME_PATTERN.test(asset.name)) continue
    await writeFileAtomic(join(folder, ASSETS, asset.name), asset.bytes)
  }
}

export function isAssetRequest(documentId: string, name: string): boolean {
  return DOCUMENT_ID.test(documentId) && ASSET_NAME_PATTERN.test(name)
}

export interface AssetFile {
  bytes: Uint8Array
  type: string
}

/** Reads an asset of a document in `documentsDir`; null for anything that is not one. */
export async function readAsset(
  documentsDir: string,
  documentId: string,
  name: string,
): Promise<AssetFile | null> {
  if (!isAssetRequest(documentId, name)) return null
  const type = contentTypeOfAsset(name)
  if (!type) return null
  try {
    return { bytes: await readFile(join(documentsDir, documentId, ASSETS, name)), type }
  } catch {
    return null
  }
}

/** Headers for an asset response: its type, never sniffed, and an SVG can run nothing even opened on its own. */
export function assetHeaders(type: string): Record<string, string> {
  return {
    'content-type': type,
    'x-content-type-options': 'nosniff',
    'content-security-policy':
      "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox",
    'cache-control': 'private, max-age=31536000, immutable',
  }
}
