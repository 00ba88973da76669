import {
  assembleDocument,
  documentText,
  outlineFromHeadings,
} from '../../../shared/assemble-document'
import type {
  Block,
  BlockDraft,
  OutlineEntry,
  ParsedDocument,
} from '../../../shared/document-model'
import { reconcileLanguage } from './detect-language'
import { readEpubPackage, resolveHref, type EpubPackage } from './epub-package'
import { readNavToc, readNcxToc, type TocEntry } from './epub-toc'
import { decodeHtml } from './html'
import { htmlToBlocks, nestHeadingLevels } from './html-to-blocks'
import { createAssetCollector, type StoredImage } from './image-assets'
import type { ImportOptions } from './import-options'
import { bodyOf, parseHtml } from './parse-html'
import { isZip, openZip, type ZipArchive } from './zip-reader'

export const epubExtensions = ['epub']

export function sniffEpub(bytes: Uint8Array): boolean {
  return isZip(bytes)
}

/** The book's table of contents: the nav document, else the NCX; empty when neither is usable. */
function readToc(zip: ZipArchive, pkg: EpubPackage): TocEntry[] {
  const sources: [string | null, (text: string, path: string) => TocEntry[]][] = [
    [pkg.navPath, readNavToc],
    [pkg.ncxPath, readNcxToc],
  ]
  for (const [path, read] of sources) {
    if (!path) continue
    try {
      const entries = read(zip.readText(path) ?? '', path)
      if (entries.length > 0) return entries
    } catch {
      // A damaged table of contents is rebuilt from the headings instead.
    }
  }
  return []
}

/** A path that the manifest names but the archive lacks, found by its file name when that is unique. */
function findByFileName(zip: ZipArchive, path: string): string | null {
  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase()
  const matches = zip.names().filter((n) => n.slice(n.lastIndexOf('/') + 1).toLowerCase() === name)
  return matches.length === 1 ? matches[0]! : null
}

export function parseEpub(
  bytes: Uint8Array,
  fileName: string,
  options: ImportOptions = {},
): ParsedDocument {
  const zip = openZip(bytes, fileName, options.zipLimits)
  const pkg = readEpubPackage(zip, fileName)
  const collector = createAssetCollector()
  const imageAt = (path: string): StoredImage | null => {
    const found = zip.resolve(path) ?? findByFileName(zip, path)
    if (!found) return null
    return collector.has(found) ? collector.get(found) : collector.add(found, zip.read(found))
  }

  const drafts: BlockDraft[] = []
  const fileStart = new Map<string, number>()
  const anchorIndex = new Map<string, number>()
  for (const item of pkg.spine) {
    const content = zip.read(item.path)
    if (!content) continue
    const document = parseHtml(decodeHtml(content, item.path).text)
    const resolveImage = (src: string) => {
      const target = resolveHref(item.path, src)
      return target ? imageAt(target.path) : null
    }
    const part = htmlToBlocks(bodyOf(document), { resolveImage })
    fileStart.set(item.path, drafts.length)
    for (const [id, index] of part.anchors)
      anchorIndex.set(`${item.path}#${id}`, drafts.length + index)
    drafts.push(...part.drafts)
  }
  nestHeadingLevels(drafts)
  const cover = pkg.coverPath ? imageAt(pkg.coverPath)?.src : undefined
  if (drafts.length === 0) {
    // A book with no readable pages still opens, showing what is known about it.
    drafts.push({ type: 'heading', level: 1, text: pkg.title ?? fileName })
  }

  const toc = readToc(zip, pkg)
  const outline = (blocks: Block[]): OutlineEntry[] => {
    const entries: OutlineEntry[] = []
    for (const entry of toc) {
      const index =
        (entry.fragment ? anchorIndex.get(`${entry.path}#${entry.fragment}`) : undefined) ??
        fileStart.get(entry.path)
      if (index === undefined) continue
      const block = blocks[Math.min(index, blocks.length - 1)]
      if (block) entries.push({ title: entry.title, level: entry.level, blockId: block.id })
    }
    // Too few entries point into the book: the table of contents is broken, so read the headings.
    return entries.length === 0 || entries.length < toc.length / 2
      ? outlineFromHeadings(blocks)
      : entries
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
  doc.language = reconcileLanguage(pkg.language, documentText(doc.blocks))
  return { ...doc, assets: collector.assets() }
}
