import { assembleDocument, documentText } from '../../../shared/assemble-document'
import type {
  Block,
  BlockDraft,
  OutlineEntry,
  ParsedDocument,
} from '../../../shared/document-model'
import { MarginError } from '../../../shared/ipc/result'
import { reconcileLanguage } from './detect-language'
import { drmSchemeOf, refuseDrmProtected } from './epub-drm'
import { isStubToc, outlineFromChapterHeadings } from './epub-heading-outline'
import { fillTocGaps, type IndexedTocEntry } from './epub-toc-gaps'
import { readEpubPackage, resolveHref, type EpubPackage } from './epub-package'
import { readContentsPageToc, readNavToc, readNcxToc, type TocEntry } from './epub-toc'
import { bookWritingMode, createPageModeReader, type PageMode } from './epub-writing-mode'
import { decodeHtml } from './html'
import { htmlToBlocks, nestHeadingLevels } from './html-to-blocks'
import { createAssetCollector, type StoredImage } from './image-assets'
import { decodeFragment, resolveInternalLinks } from './internal-links'
import type { ImportOptions } from './import-options'
import { bodyOf, parseHtml, readHtmlHead, tidyLanguageTag } from './parse-html'
import { decodeDataUrl } from './page-images'
import { promoteChapterLines } from './promote-chapter-lines'
import { CorruptFileError, DrmProtectedError } from './import-errors'
import { isZip, openZip, type ZipArchive } from './zip-reader'

export const epubExtensions = ['epub']

export function sniffEpub(bytes: Uint8Array): boolean {
  return isZip(bytes)
}

/** The tables of contents a book offers, in the order they are trusted: nav, NCX, the guide's contents page. */
function readTocs(zip: ZipArchive, pkg: EpubPackage): TocEntry[][] {
  const sources: [string | null, (text: string, path: string) => TocEntry[]][] = [
    [pkg.navPath, readNavToc],
    [pkg.ncxPath, readNcxToc],
    [pkg.guideTocPath, readContentsPageToc],
  ]
  const tocs: TocEntry[][] = []
  for (const [path, read] of sources) {
    if (!path) continue
    try {
      const entries = read(zip.readText(path) ?? '', path)
      if (entries.length > 0) tocs.push(entries)
    } catch {
      // A damaged table of contents is passed over; the headings remain.
    }
  }
  return tocs
}

/**
 * The first table of contents that mostly points into the book, unless a later one covers more
 * than twice as much of it (a stub nav beside a full NCX); null when none does.
 */
function chooseToc<T>(resolved: readonly { entries: T[]; total: number }[]): T[] | null {
  const usable = resolved.filter((r) => r.entries.length > 0 && r.entries.length >= r.total / 2)
  const best = usable.reduce((n, r) => Math.max(n, r.entries.length), 0)
  return usable.find((r) => r.entries.length * 2 >= best)?.entries ?? null
}

/** A path that the manifest names but the archive lacks, found by its file name when that is unique. */
function findByFileName(zip: ZipArchive, path: string): string | null {
  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase()
  const matches = zip.names().filter((n) => n.slice(n.lastIndexOf('/') + 1).toLowerCase() === name)
  return matches.length === 1 ? matches[0]! : null
}

function sizeOf(image: StoredImage): { width?: number; height?: number } {
  return image.width && image.height ? { width: image.width, height: image.height } : {}
}

/** A content document's text; null when it is not text at all (a damaged or binary entry is passed over). */
function readableText(content: Uint8Array, path: string): string | null {
  try {
    return decodeHtml(content, path).text
  } catch (error) {
    if (error instanceof MarginError) return null
    throw error
  }
}

interface SpinePart {
  start: number
  count: number
  /** The document's own `<title>`. */
  title: string | null
  links: number
  nav: boolean
}

const MAX_SPINE_TITLE = 40

/**
 * A book with no table of contents and no headings: one entry per spine document that has text,
 * named by its `<title>` where each document has its own, else by its first line.
 */
function outlineFromSpine(parts: readonly SpinePart[], blocks: readonly Block[]): OutlineEntry[] {
  const withText = parts.filter((p) =>
    blocks.slice(p.start, p.start + p.count).some((b) => b.text.trim() !== ''),
  )
  if (withText.length < 2) return []
  const titles = withText.map((p) => p.title)
  const ownTitles = titles.every((t) => t) && new Set(titles).size === titles.length
  return withText.map((part) => {
    const first = blocks
      .slice(part.start, part.start + part.count)
      .find((b) => b.text.trim() !== '')!
    const line = first.text.trim().split('\n')[0]!
    const title = ownTitles
      ? part.title!
      : line.length > MAX_SPINE_TITLE
        ? line.slice(0, MAX_SPINE_TITLE) + '…'
        : line
    return { title, level: 1, blockId: first.id }
  })
}

export function parseEpub(
  bytes: Uint8Array,
  fileName: string,
  options: ImportOptions = {},
): ParsedDocument {
  const zip = openZip(bytes, fileName, options.zipLimits)
  const pkg = readEpubPackage(zip, fileName)
  refuseDrmProtected(
    zip,
    pkg.spine.map((item) => item.path),
    fileName,
  )
  const collector = createAssetCollector()
  const imageAt = (path: string): StoredImage | null => {
    const found = zip.resolve(path) ?? findByFileName(zip, path)
    if (!found) return null
    return collector.has(found) ? collector.get(found) : collector.add(found, zip.read(found))
  }

  const drafts: BlockDraft[] = []
  const fileStart = new Map<string, number>()
  const anchorIndex = new Map<string, number>()
  const links: string[] = []
  const linkFrom: string[] = []
  const parts: SpinePart[] = []
  const pageModeOf = createPageModeReader(zip)
  const pageModes: PageMode[] = []
  let unreadable = 0
  for (const item of pkg.spine) {
    if (item.mediaType.startsWith('image/')) {
      // A picture straight in the spine (covers, comics) rather than wrapped in a page.
      const image = imageAt(item.path)
      if (image) {
        fileStart.set(item.path, drafts.length)
        parts.push({ start: drafts.length, count: 1, title: null, links: 0, nav: false })
        drafts.push({ type: 'image', text: '', src: image.src, ...sizeOf(image) })
      }
      continue
    }
    const content = zip.read(item.path)
    if (!content) continue
    const text = readableText(content, item.path)
    if (text === null) {
      unreadable++
      continue
    }
    const document = parseHtml(text)
    const resolveImage = (src: string) => {
      // Converters that inline pictures (data: URLs) are read like files in the archive.
      if (/^data:image\//i.test(src.trim())) {
        const key = src.trim()
        return collector.has(key) ? collector.get(key) : collector.add(key, decodeDataUrl(key))
      }
      const target = resolveHref(item.path, src)
      return target ? imageAt(target.path) : null
    }
    const linksBefore = links.length
    const part = htmlToBlocks(bodyOf(document), { resolveImage, links })
    while (linkFrom.length < links.length) linkFrom.push(item.path)
    fileStart.set(item.path, drafts.length)
    for (const [id, index] of part.anchors)
      anchorIndex.set(`${item.path}#${id}`, drafts.length + index)
    parts.push({
      start: drafts.length,
      count: part.drafts.length,
      title: readHtmlHead(document).title,
      links: links.length - linksBefore,
      nav: item.properties.includes('nav'),
    })
    drafts.push(...part.drafts)
    const chars = part.drafts.reduce((n, d) => n + d.text.length, 0)
    pageModes.push({ mode: pageModeOf(document, item.path), chars })
  }
  if (unreadable > 0 && unreadable === pkg.spine.length) {
    // Unreadable throughout and a licence file beside it: DRM, even without an encryption.xml.
    const scheme = drmSchemeOf(zip)
    if (scheme) throw new DrmProtectedError(fileName, scheme)
    throw new CorruptFileError(
      fileName,
      "none of the EPUB's chapters is readable text (damaged or encrypted).",
    )
  }
  promoteChapterLines(drafts)
  // Read before the levels are nested book-wide: a chapter's h1 and a title page's h1 differ in kind, not rank.
  const chapterOutline = outlineFromChapterHeadings(drafts, parts, {
    title: pkg.title,
    authors: pkg.authors,
  })
  nestHeadingLevels(drafts)
  const cover = pkg.coverPath ? imageAt(pkg.coverPath)?.src : undefined
  if (drafts.length === 0) {
    // A book with no readable pages still opens, showing what is known about it.
    drafts.push({ type: 'heading', level: 1, text: pkg.title ?? fileName })
  }

  const tocs = readTocs(zip, pkg)
  const outline = (blocks: Block[]): OutlineEntry[] => {
    const resolved = tocs.map((toc) => {
      const entries: IndexedTocEntry[] = []
      for (const entry of toc) {
        const path = zip.resolve(entry.path) ?? entry.path
        const index =
          (entry.fragment ? anchorIndex.get(`${path}#${entry.fragment}`) : undefined) ??
          fileStart.get(path)
        if (index === undefined || blocks.length === 0) continue
        entries.push({
          title: entry.title,
          level: entry.level,
          index: Math.min(index, blocks.length - 1),
        })
      }
      return { entries, total: toc.length }
    })
    // No table of contents points into the book: it is broken or missing, so read the headings.
    const toc = chooseToc(resolved)
    if (toc && !isStubToc(toc.length, chapterOutline))
      return fillTocGaps(toc, chapterOutline, parts).map(({ title, level, index }) => ({
        title,
        level,
        blockId: blocks[index]!.id,
      }))
    const headings = chapterOutline.map(({ title, level, index }) => ({
      title,
      level,
      blockId: blocks[index]!.id,
    }))
    return headings.length > 0 ? headings : outlineFromSpine(parts, blocks)
  }

  const doc = assembleDocument({
    format: 'epub',
    encoding: null,
    encodingConfidence: null,
    title:
      pkg.title ??
      drafts.find((d) => d.type === 'heading')?.text ??
      fileName.replace(/\.[^.]+$/, ''),
    author: pkg.authors.length > 0 ? pkg.authors.join(', ') : null,
    language: null,
    drafts,
    outline,
    cover: cover ?? null,
  })
  // A link lands on the block holding its element id, else on the first block of its file.
  resolveInternalLinks(doc.blocks, (i) => {
    const target = resolveHref(linkFrom[i]!, links[i]!)
    if (!target) return undefined
    const path = zip.resolve(target.path) ?? target.path
    const fragment = target.fragment
    return (
      (fragment
        ? (anchorIndex.get(`${path}#${fragment}`) ??
          anchorIndex.get(`${path}#${decodeFragment(fragment)}`))
        : undefined) ?? fileStart.get(path)
    )
  })
  doc.language = reconcileLanguage(tidyLanguageTag(pkg.language), documentText(doc.blocks))
  const writingMode = bookWritingMode(pageModes, pkg, doc.language)
  return { ...doc, assets: collector.assets(), ...(writingMode ? { writingMode } : {}) }
}
