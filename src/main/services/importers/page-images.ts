import { normalizeEntryName } from './zip-reader'
import type { AssetCollector, StoredImage } from './image-assets'
import type { ReadSibling } from './import-options'

/**
 * Images of a stand-alone page (HTML, Markdown): local files beside it when Margin can read
 * its folder, and inline `data:` images. Remote addresses are never fetched.
 */
export function decodeDataUrl(src: string): Uint8Array | null {
  const match = /^data:image\/[a-z0-9.+-]+(;[^,]*)?,(.*)$/is.exec(src)
  if (!match) return null
  try {
    if (/;base64/i.test(match[1] ?? '')) return Uint8Array.from(Buffer.from(match[2]!, 'base64'))
    return new TextEncoder().encode(decodeURIComponent(match[2]!))
  } catch {
    return null
  }
}

/** The path of a local reference relative to the page's folder, or null for remote or escaping ones. */
export function localPathOf(src: string): string | null {
  const trimmed = src.trim()
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed) || trimmed.startsWith('//')) return null
  let path = trimmed.split(/[?#]/)[0]!
  try {
    path = decodeURIComponent(path)
  } catch {
    // keep it as written
  }
  return path === '' ? null : normalizeEntryName(path)
}

/** Loads every image the page refers to into the collector, then answers lookups synchronously. */
export async function loadPageImages(
  sources: string[],
  collector: AssetCollector,
  readSibling: ReadSibling | undefined,
): Promise<(src: string) => StoredImage | null> {
  for (const src of new Set(sources)) {
    if (collector.has(src)) continue
    if (/^data:/i.test(src.trim())) {
      collector.add(src, decodeDataUrl(src.trim()))
      continue
    }
    const path = localPathOf(src)
    const bytes = path && readSibling ? await readSibling(path).catch(() => null) : null
    collector.add(src, bytes)
  }
  return (src) => collector.get(src)
}
