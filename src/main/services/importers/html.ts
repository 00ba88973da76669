import { assembleDocument, documentText } from '../../../shared/assemble-document'
import type { ParsedDocument } from '../../../shared/document-model'
import { decodeAs, decodeText } from './decode-text'
import { reconcileLanguage } from './detect-language'
import { EmptyFileError, NO_TEXT } from './import-errors'
import { htmlToBlocks, nestHeadingLevels } from './html-to-blocks'
import { createAssetCollector } from './image-assets'
import type { ImportOptions } from './import-options'
import { createPageLinkTarget, resolveInternalLinks } from './internal-links'
import { loadPageImages } from './page-images'
import { headlineOf, pageContent } from './page-content'
import { bodyOf, imageSources, parseHtml, readHtmlHead } from './parse-html'
import { standalonePageWritingMode } from './page-writing-mode'
import { promoteChapterLines } from './promote-chapter-lines'
import { isSiteNotice } from '../text-structure/site-notices'
import { dropWordBullets, isWordHtml, restoreWordStructure, wordAuthor } from './word-html'

/** The lines news sites put where an advert was (their containers' class names are often hashed). */
const AD_LABEL =
  /^(?:advertisement|skip advertisement|ad|sponsored|scroll to continue(?: with content)?|continue reading (?:the |this )?(?:main )?story|story continues below(?: advertisement)?|article continues below(?: this ad)?|广告|廣告|广告位)$/i

export const htmlExtensions = ['html', 'htm', 'xhtml', 'xht']

export function sniffHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder()
    .decode(bytes.subarray(0, 2048))
    .replace(/^\ufeff/, '')
    .trimStart()
    .toLowerCase()
  return /^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!doctype html|<html|<head|<body)/.test(head)
}

/** The charset a page declares (BOM, meta or XML declaration), if the platform knows it. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096))
  const match =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head) ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w-]+)/i.exec(head)
  if (!match) return null
  try {
    return new TextDecoder(match[1]!.toLowerCase()).encoding
  } catch {
    return null
  }
}

/** Legacy single-byte charsets: what editors declare by default, whatever the bytes really are. */
function isSingleByte(charset: string): boolean {
  return /^(?:windows-125\d|iso-8859-\d+|macintosh|koi8-[ru]|ibm866|x-mac-cyrillic)$/.test(charset)
}

/**
 * The page's text. Valid UTF-8 wins over any declaration (pages get converted and keep their old
 * meta); a multi-byte declaration is trusted when the bytes decode cleanly in it; a single-byte one
 * only when detection finds no CJK encoding instead (GBK pages saved by tools that say latin1).
 */
export function decodeHtml(
  bytes: Uint8Array,
  fileName: string,
): { text: string; encoding: string; confidence: number } {
  const bom = bytes[0] === 0xef || bytes[0] === 0xff || bytes[0] === 0xfe
  const charset = bom ? null : declaredCharset(bytes)
  if (!charset || charset === 'utf-8' || charset === 'utf-16le' || charset === 'utf-16be')
    return decodeText(bytes, fileName)
  if (isSingleByte(charset)) {
    const detected = decodeText(bytes, fileName)
    if (detected.encoding === 'utf-8' || !isSingleByte(detected.encoding)) return detected
    return { text: decodeAs(charset, bytes), encoding: charset, confidence: 1 }
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return decodeText(bytes, fileName)
  } catch {
    // not UTF-8: the declaration may well be right
  }
  try {
    new TextDecoder(charset, { fatal: true }).decode(bytes)
    return { text: decodeAs(charset, bytes), encoding: charset, confidence: 1 }
  } catch {
    // The declaration is wrong: detect instead.
  }
  return decodeText(bytes, fileName)
}

/** Project Gutenberg titles read "The Project Gutenberg eBook of X, by Y". */
function splitGutenbergTitle(title: string): { title: string; author: string | null } {
  const match = /^the project gutenberg e-?book of (.+?)(?:,? by (.+?))?\.?$/i.exec(title)
  return match
    ? { title: match[1]!.trim(), author: match[2]?.trim() ?? null }
    : { title, author: null }
}

function titleFromFileName(fileName: string): string {
  return fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '') || fileName
}

export async function parseHtmlDocument(
  bytes: Uint8Array,
  fileName: string,
  options: ImportOptions = {},
): Promise<ParsedDocument> {
  return parseDecodedHtml(decodeHtml(bytes, fileName), fileName, options)
}

/** What a page carries inside its own file (an MHTML's parts), found by the address the page uses. */
export type PageResource = (address: string) => Uint8Array | null

/** A page from its decoded text; `resource` serves the pictures and stylesheets its file carries. */
export async function parseDecodedHtml(
  decoded: { text: string; encoding: string; confidence: number },
  fileName: string,
  options: ImportOptions = {},
  resource?: PageResource,
): Promise<ParsedDocument> {
  const word = isWordHtml(decoded.text)
  const document = parseHtml(word ? dropWordBullets(decoded.text) : decoded.text)
  if (word) restoreWordStructure(document)
  const head = readHtmlHead(document)
  const writingMode = standalonePageWritingMode(document, resource && readResourceText(resource))
  const content = pageContent(bodyOf(document))
  const collector = createAssetCollector()
  for (const src of resource ? imageSources(document) : []) {
    const bytes = collector.has(src) ? null : resource!(src)
    if (bytes) collector.add(src, bytes)
  }
  const resolveImage = await loadPageImages(imageSources(document), collector, options.readSibling)
  const { drafts: all, anchors, links } = htmlToBlocks(content, { resolveImage })
  // A web-novel site's notices (请记住本书首发域名…) and a news site's ad labels are the site's, not the text's.
  const drafts = all.filter(
    (d) => d.type !== 'paragraph' || !(isSiteNotice(d.text) || AD_LABEL.test(d.text.trim())),
  )
  if (drafts.length === 0) throw new EmptyFileError(fileName, NO_TEXT)
  promoteChapterLines(drafts)
  nestHeadingLevels(drafts)
  const named = splitGutenbergTitle(head.title ?? '')
  const firstHeading = drafts.find((d) => d.type === 'heading')?.text
  const doc = assembleDocument({
    format: 'html',
    encoding: decoded.encoding,
    encodingConfidence: decoded.confidence,
    title:
      headlineOf(content, head.title) || named.title || firstHeading || titleFromFileName(fileName),
    author: head.author ?? named.author ?? (word ? wordAuthor(decoded.text) : null),
    language: null,
    drafts,
  })
  resolveInternalLinks(doc.blocks, createPageLinkTarget(links, anchors, fileName))
  doc.language = reconcileLanguage(head.language, documentText(doc.blocks))
  return { ...doc, assets: collector.assets(), ...(writingMode ? { writingMode } : {}) }
}

function readResourceText(resource: PageResource): (address: string) => string | null {
  return (address) => {
    const bytes = resource(address)
    return bytes ? new TextDecoder().decode(bytes) : null
  }
}
