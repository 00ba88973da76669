import { readFile, stat } from 'node:fs/promises'
import { dirname, resolve, sep } from 'node:path'
import type { ReadSibling } from './importers/import-options'

const IMAGE_FILE = /\.(png|jpe?g|gif|webp|svg)$/i
const MAX_SIBLING_BYTES = 32 * 1024 * 1024

/**
 * Reads images beside an imported file (an HTML page's `images/` folder). Only image files
 * inside the file's own folder are read; a path that climbs out, or anything else, is refused.
 */
export function createSiblingReader(filePath: string): ReadSibling {
  const folder = resolve(dirname(filePath))
  return async (relativePath) => {
    const target = resolve(folder, relativePath)
    if (!target.startsWith(folder + sep) || !IMAGE_FILE.test(target)) return null
    try {
      const info = await stat(target)
      if (!info.isFile() || info.size > MAX_SIBLING_BYTES) return null
      return new Uint8Array(await readFile(target))
    } catch {
      return null
    }
  }
}
