import { CorruptFileError } from './import-errors'
import { childElements, findAll, findFirst, parseXml, textOf, type XmlElement } from './xml-tree'
import { normalizeEntryName, type ZipArchive } from './zip-reader'

/**
 * An EPUB's package: where the OPF is (container.xml, or the first .opf found when that is
 * missing), its metadata, manifest, spine, table-of-contents files and cover image.
 */
export interface ManifestItem {
  id: string
  /** Path inside the archive. */
  path: string
  mediaType: string
  properties: string[]
}

export interface EpubPackage {
  opfPath: string
  title: string | null
  authors: string[]
  language: string | null
  manifest: Map<string, ManifestItem>
  /** Content documents in reading order. */
  spine: ManifestItem[]
  navPath: string | null
  ncxPath: string | null
  /** The contents page an EPUB 2 `<guide>` names (`type="toc"`), for books with neither nav nor NCX. */
  guideTocPath: string | null
  coverPath: string | null
  /** The spine's `page-progression-direction` (rtl in vertical Japanese and Chinese books). */
  pageProgression: string | null
  /** Kindle's `<meta name="primary-writing-mode" content="vertical-rl">`. */
  primaryWritingMode: string | null
}

/** Resolves an href found in `fromPath` to a path inside the archive, fragment kept apart. */
export function resolveHref(
  fromPath: string,
  href: string,
): { path: string; fragment: string } | null {
  const [rawPath = '', ...rest] = href.trim().split('#')
  const fragment = rest.join('#')
  if (/^[a-z][a-z0-9+.-]*:/i.test(rawPath) || rawPath.startsWith('//')) return null
  let decoded = rawPath.split('?')[0]!
  try {
    decoded = decodeURIComponent(decoded)
  } catch {
    // keep it as written
  }
  if (decoded === '') return { path: fromPath, fragment }
  const folder = fromPath.includes('/') ? fromPath.slice(0, fromPath.lastIndexOf('/') + 1) : ''
  const path = normalizeEntryName(decoded.startsWith('/') ? decoded.slice(1) : folder + decoded)
  return path === null ? null : { path, fragment }
}

function findOpfPath(zip: ZipArchive, fileName: string): string {
  const container = zip.readText('META-INF/container.xml')
  if (container !== null) {
    const rootfiles = findAll(parseXml(container), 'rootfile')
    // Books with several renditions (a PDF beside the EPUB) list the package first only sometimes.
    const isPackage = (r: XmlElement) =>
      /oebps-package|opf/i.test(r.attributes['media-type'] ?? '') ||
      /\.opf$/i.test(r.attributes['full-path'] ?? '')
    for (const rootfile of [...rootfiles.filter(isPackage), ...rootfiles]) {
      const fullPath = rootfile.attributes['full-path']
      const resolved = fullPath ? zip.resolve(fullPath) : null
      if (resolved) return resolved
    }
  }
  const opf = zip.names().find((n) => n.toLowerCase().endsWith('.opf'))
  if (opf) return opf
  throw new CorruptFileError(
    fileName,
    container === null
      ? 'this zip is not an EPUB: it has no META-INF/container.xml and no package (.opf) file.'
      : 'the EPUB has no package (.opf) file, so its chapters cannot be found.',
  )
}

const NOT_A_PAGE = /ncx|css|javascript|font|woff|pdf/

function metadataText(metadata: XmlElement | null, name: string): string[] {
  if (!metadata) return []
  return findAll(metadata, name)
    .map(textOf)
    .filter((t) => t !== '')
}

export function readEpubPackage(zip: ZipArchive, fileName: string): EpubPackage {
  const opfPath = findOpfPath(zip, fileName)
  const opf = parseXml(zip.readText(opfPath) ?? '')
  const packageElement = findFirst(opf, 'package')
  if (!packageElement)
    throw new CorruptFileError(fileName, `the EPUB's package file ${opfPath} cannot be read.`)
  const metadata = findFirst(packageElement, 'metadata')

  const manifest = new Map<string, ManifestItem>()
  for (const item of findAll(findFirst(packageElement, 'manifest') ?? packageElement, 'item')) {
    const id = item.attributes['id']
    const href = item.attributes['href']
    const resolved = href ? resolveHref(opfPath, href) : null
    if (!id || !resolved) continue
    manifest.set(id, {
      id,
      path: zip.resolve(resolved.path) ?? resolved.path,
      mediaType: (item.attributes['media-type'] ?? '').toLowerCase(),
      properties: (item.attributes['properties'] ?? '').split(/\s+/).filter(Boolean),
    })
  }

  const spineElement = findFirst(packageElement, 'spine')
  const spine: ManifestItem[] = []
  // Pages out of the reading order (linear="no": notes, a contents page) come after it, where their links still find them; a cover before the text stays.
  const deferred: ManifestItem[] = []
  for (const ref of spineElement ? childElements(spineElement, 'itemref') : []) {
    const item = manifest.get(ref.attributes['idref'] ?? '')
    // A spine entry whose file is missing is skipped, as readers do; so is one that is not a page (an NCX, a stylesheet).
    if (item && zip.resolve(item.path) !== null && !NOT_A_PAGE.test(item.mediaType))
      (ref.attributes['linear'] === 'no' && spine.length > 0 ? deferred : spine).push(item)
  }
  spine.push(...deferred)
  if (spine.length === 0) {
    // No usable spine: read the manifest's documents in their listed order.
    for (const item of manifest.values()) {
      if (
        /x?html/.test(item.mediaType) &&
        !item.properties.includes('nav') &&
        zip.resolve(item.path)
      )
        spine.push(item)
    }
  }

  const items = [...manifest.values()]
  const navPath = items.find((i) => i.properties.includes('nav'))?.path ?? null
  const ncxId = spineElement?.attributes['toc']
  const ncxPath =
    (ncxId ? manifest.get(ncxId)?.path : undefined) ??
    items.find((i) => i.mediaType === 'application/x-dtbncx+xml')?.path ??
    null

  const guideToc = findAll(findFirst(packageElement, 'guide') ?? opf, 'reference').find(
    (r) => (r.attributes['type'] ?? '').toLowerCase() === 'toc',
  )
  const guideTocHref = guideToc?.attributes['href']
  const guideTocPath = guideTocHref ? resolveHref(opfPath, guideTocHref)?.path : undefined

  const coverMeta = metadata
    ? findAll(metadata, 'meta').find((m) => m.attributes['name'] === 'cover')?.attributes['content']
    : undefined
  const coverItem =
    items.find((i) => i.properties.includes('cover-image')) ??
    (coverMeta
      ? (manifest.get(coverMeta) ?? items.find((i) => i.path.endsWith(coverMeta)))
      : undefined) ??
    items.find((i) => i.mediaType.startsWith('image/') && /(^|[/_-])cover[^/]*$/i.test(i.path))

  const creators = metadata ? findAll(metadata, 'creator') : []
  // EPUB 3 gives roles in refining metas: <meta refines="#c2" property="role">ill</meta>.
  const refinedRole = (creator: XmlElement) => {
    const id = creator.attributes['id']
    if (!id || !metadata) return undefined
    const meta = findAll(metadata, 'meta').find(
      (m) => m.attributes['refines'] === `#${id}` && m.attributes['property'] === 'role',
    )
    return meta ? textOf(meta) : undefined
  }
  const authors = creators
    .map((c) => ({ creator: c, role: c.attributes['role'] ?? refinedRole(c) }))
    .filter(({ role }) => !role || role === 'aut')
    .map(({ creator }) => creator)
    .map(textOf)
    .filter((t) => t !== '')

  return {
    opfPath,
    title: metadataText(metadata, 'title')[0] ?? null,
    authors,
    language: metadataText(metadata, 'language')[0] ?? null,
    manifest,
    spine,
    navPath: navPath && zip.resolve(navPath),
    ncxPath: ncxPath && zip.resolve(ncxPath),
    guideTocPath: guideTocPath ? zip.resolve(guideTocPath) : null,
    coverPath: coverItem && coverItem.mediaType.startsWith('image/') ? coverItem.path : null,
    pageProgression: spineElement?.attributes['page-progression-direction'] ?? null,
    primaryWritingMode: metadata
      ? (findAll(metadata, 'meta').find((m) => m.attributes['name'] === 'primary-writing-mode')
          ?.attributes['content'] ?? null)
      : null,
  }
}
