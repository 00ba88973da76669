import { DrmProtectedError } from './import-errors'
import { findAll, parseXml } from './xml-tree'
import { normalizeEntryName, type ZipArchive } from './zip-reader'

/**
 * Whether an EPUB's text is locked by DRM. META-INF/encryption.xml lists encrypted files; font
 * obfuscation (IDPF, Adobe) only scrambles embedded fonts and is harmless, anything else on a
 * content document means Adobe ADEPT, Readium LCP, Apple FairPlay or the like.
 */
const FONT_OBFUSCATION = new Set([
  'http://www.idpf.org/2008/embedding',
  'http://ns.adobe.com/pdf/enc#rc',
])

/** Files other than a DRM's own that say which scheme locked the book, for the message. */
const SCHEME_FILES: [string, string][] = [
  ['META-INF/license.lcpl', 'Readium LCP'],
  ['META-INF/rights.xml', 'Adobe DRM'],
  ['META-INF/sinf.xml', 'Apple FairPlay'],
]

/** Archive paths encrypted with something other than font obfuscation. */
function encryptedPaths(zip: ZipArchive): Set<string> {
  const text = zip.readText('META-INF/encryption.xml')
  const paths = new Set<string>()
  if (text === null) return paths
  for (const data of findAll(parseXml(text), 'encrypteddata')) {
    const algorithm = findAll(data, 'encryptionmethod')[0]?.attributes['algorithm'] ?? ''
    if (FONT_OBFUSCATION.has(algorithm.trim().toLowerCase())) continue
    for (const reference of findAll(data, 'cipherreference')) {
      let uri = reference.attributes['uri'] ?? ''
      try {
        uri = decodeURIComponent(uri)
      } catch {
        // keep it as written
      }
      // Relative to the container's root; some tools write it from META-INF (../) or absolute (/).
      const path = normalizeEntryName(uri.replace(/^(?:\.\.\/|\/)+/, ''))
      if (path) paths.add(zip.resolve(path) ?? path)
    }
  }
  return paths
}

/** Throws when any of the book's content documents is encrypted. */
export function refuseDrmProtected(
  zip: ZipArchive,
  contentPaths: readonly string[],
  fileName: string,
): void {
  const encrypted = encryptedPaths(zip)
  if (encrypted.size === 0) return
  if (!contentPaths.some((p) => encrypted.has(p))) return
  throw new DrmProtectedError(fileName, drmSchemeOf(zip))
}

/** The DRM whose licence file the book carries, or null. */
export function drmSchemeOf(zip: ZipArchive): string | null {
  return SCHEME_FILES.find(([path]) => zip.resolve(path) !== null)?.[1] ?? null
}
