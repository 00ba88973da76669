import type { DocumentAsset } from '../../../shared/document-model'
import { ASSET_NAME_PATTERN } from '../../../shared/document-model'

/**
 * Collects the images a document carries into store assets: each gets a safe, unique name,
 * its type is read from its bytes (not trusted from the file name) and its pixel size from its
 * header, so the reader can reserve the right box before the image loads.
 */
export interface ImageInfo {
  type: string
  width?: number
  height?: number
}

function u16be(b: Uint8Array, at: number): number {
  return (b[at]! << 8) | b[at + 1]!
}
function u32be(b: Uint8Array, at: number): number {
  return ((b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!) >>> 0
}
function u16le(b: Uint8Array, at: number): number {
  return b[at]! | (b[at + 1]! << 8)
}

function jpegSize(b: Uint8Array): { width: number; height: number } | null {
  let at = 2
  while (at + 9 < b.length) {
    if (b[at] !== 0xff) return null
    const marker = b[at + 1]!
    if (marker === 0xff) {
      at++
      continue
    }
    const length = u16be(b, at + 2)
    // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: u16be(b, at + 5), width: u16be(b, at + 7) }
    }
    at += 2 + length
  }
  return null
}

function svgSize(text: string): { width?: number; height?: number } {
  const tag = /<svg\b[^>]*>/i.exec(text)?.[0] ?? ''
  const viewBox = /viewBox\s*=\s*["']\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)/i.exec(tag)
  const width = /\swidth\s*=\s*["']\s*([\d.]+)(px)?\s*["']/i.exec(tag)
  const height = /\sheight\s*=\s*["']\s*([\d.]+)(px)?\s*["']/i.exec(tag)
  if (width && height) return { width: Math.round(+width[1]!), height: Math.round(+height[1]!) }
  if (viewBox) return { width: Math.round(+viewBox[1]!), height: Math.round(+viewBox[2]!) }
  return {}
}

/** The image's type and size from its bytes; null when the bytes are not an image Margin shows. */
export function readImageInfo(b: Uint8Array): ImageInfo | null {
  if (b.length >= 24 && u32be(b, 0) === 0x89504e47 && u32be(b, 4) === 0x0d0a1a0a) {
    return { type: 'image/png', width: u32be(b, 16), height: u32be(b, 20) }
  }
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) {
    return { type: 'image/jpeg', ...(jpegSize(b) ?? {}) }
  }
  if (b.length >= 10 && b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x38) {
    return { type: 'image/gif', width: u16le(b, 6), height: u16le(b, 8) }
  }
  if (b.length >= 30 && u32be(b, 0) === 0x52494646 && u32be(b, 8) === 0x57454250) {
    const chunk = String.fromCharCode(b[12]!, b[13]!, b[14]!, b[15]!)
    if (chunk === 'VP8 ')
      return { type: 'image/webp', width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff }
    if (chunk === 'VP8L') {
      const bits = b[21]! | (b[22]! << 8) | (b[23]! << 16) | (b[24]! << 24)
      return { type: 'image/webp', width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 }
    }
    if (chunk === 'VP8X') {
      const width = 1 + (b[24]! | (b[25]! << 8) | (b[26]! << 16))
      const height = 1 + (b[27]! | (b[28]! << 8) | (b[29]! << 16))
      return { type: 'image/webp', width, height }
    }
    return { type: 'image/webp' }
  }
  const head = new TextDecoder().decode(b.subarray(0, 4096))
  if (/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE[^>]*>\s*)?<svg\b/i.test(head)) {
    return { type: 'image/svg+xml', ...svgSize(head) }
  }
  return null
}

const EXTENSIONS: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/svg+xml': 'svg',
}

export function contentTypeOfAsset(name: string): string | null {
  const extension = /\.([a-z]+)$/.exec(name)?.[1]
  const entry = Object.entries(EXTENSIONS).find(([, e]) => e === extension)
  return entry ? entry[0] : null
}

export interface StoredImage {
  /** The asset name for Block.src. */
  src: string
  width?: number
  height?: number
}

/** Gathers a document's images; the same source path gives the same asset once. */
export function createAssetCollector(maxTotalBytes = 256 * 1024 * 1024) {
  const assets: DocumentAsset[] = []
  const bySource = new Map<string, StoredImage | null>()
  const usedNames = new Set<string>()
  let total = 0

  function safeName(sourcePath: string, extension: string): string {
    const base = (
      sourcePath.startsWith('data:') ? 'inline' : (sourcePath.split('/').pop() ?? 'image')
    )
      .replace(/\.[^.]*$/, '')
      .replace(/[^A-Za-z0-9_-]+/g, '-')
      .replace(/^[-_]+|[-_]+$/g, '')
      .slice(0, 60)
    const stem = base || 'image'
    let name = `${stem}.${extension}`
    for (let n = 2; usedNames.has(name); n++) name = `${stem}-${n}.${extension}`
    usedNames.add(name)
    return name
  }

  return {
    /** Stores the bytes found at `sourcePath` (once); null when they are not a usable image. */
    add(sourcePath: string, bytes: Uint8Array | null): StoredImage | null {
      const known = bySource.get(sourcePath)
      if (known !== undefined) return known
      const info = bytes ? readImageInfo(bytes) : null
      let stored: StoredImage | null = null
      if (bytes && info && total + bytes.length <= maxTotalBytes) {
        const name = safeName(sourcePath, EXTENSIONS[info.type]!)
        if (ASSET_NAME_PATTERN.test(name)) {
          total += bytes.length
          assets.push({ name, type: info.type, bytes })
          stored = { src: name, width: info.width || undefined, height: info.height || undefined }
        }
      }
      bySource.set(sourcePath, stored)
      return stored
    },
    has(sourcePath: string): boolean {
      return bySource.has(sourcePath)
    },
    get(sourcePath: string): StoredImage | null {
      return bySource.get(sourcePath) ?? null
    },
    assets(): DocumentAsset[] {
      return assets
    },
  }
}

export type AssetCollector = ReturnType<typeof createAssetCollector>
