import type { ParsedDocument } from '../../../shared/document-model'
import { decodeAs } from './decode-text'
import {
  decodeHtml,
  parseDecodedHtml,
  parseHtmlDocument,
  sniffHtml,
  type PageResource,
} from './html'
import { CorruptFileError } from './import-errors'
import type { ImportOptions } from './import-options'
import { readContentType, readMimeParts, type MimePart } from './mhtml-parts'

/**
 * Saved web archives (.mhtml, .mht): the page part read like a saved HTML page (its site chrome
 * left out the same way), its pictures taken from the archive's other parts by Content-Location
 * or cid: address, as an EPUB's come from its zip.
 */
export const mhtmlExtensions = ['mhtml', 'mht']

/** The page: the part the multipart's `start` names, else the first HTML part. */
function pagePart(parts: readonly MimePart[], start: string | undefined): MimePart | null {
  const id = start && contentId(start)
  return (
    (id ? parts.find((p) => contentId(p.headers.get('content-id') ?? '') === id) : undefined) ??
    parts.find((p) => p.type === 'text/html' || p.type === 'application/xhtml+xml') ??
    null
  )
}

function contentId(value: string): string {
  return value.trim().replace(/^<|>$/g, '')
}

function canonicalCharset(label: string | undefined): string | null {
  if (!label) return null
  try {
    return new TextDecoder(label.trim()).encoding
  } catch {
    return null
  }
}

/** The page's text: in the charset its Content-Type names when the bytes fit it, else as a saved page is read (meta, detection). */
function decodePage(part: MimePart, fileName: string) {
  const charset = canonicalCharset(part.params['charset'])
  if (charset) {
    try {
      new TextDecoder(charset, { fatal: true }).decode(part.body)
      return { text: decodeAs(charset, part.body), encoding: charset, confidence: 1 }
    } catch {
      // The label is wrong for these bytes: read them as a page with no label.
    }
  }
  return decodeHtml(part.body, fileName)
}

function absolute(address: string, base?: string): string | null {
  try {
    return new URL(address.trim(), base).href
  } catch {
    return null
  }
}

/** Finds the archive's other parts by the address the page uses: cid:, or a URL resolved against the page's own location. */
function archiveResources(
  parts: readonly MimePart[],
  page: MimePart,
  base: string | undefined,
): PageResource {
  const byLocation = new Map<string, MimePart>()
  const byId = new Map<string, MimePart>()
  for (const part of parts) {
    if (part === page) continue
    const location = part.headers.get('content-location')
    for (const key of location ? [location.trim(), absolute(location)] : [])
      if (key && !byLocation.has(key)) byLocation.set(key, part)
    const id = part.headers.get('content-id')
    if (id && !byId.has(contentId(id))) byId.set(contentId(id), part)
  }
  return (address) => {
    const trimmed = address.trim()
    if (/^cid:/i.test(trimmed)) {
      const id = trimmed.slice(4)
      return (byId.get(id) ?? byId.get(safeDecode(id)))?.body ?? null
    }
    const resolved = absolute(trimmed, base)
    return (
      ((resolved ? byLocation.get(resolved) : undefined) ?? byLocation.get(trimmed))?.body ?? null
    )
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

export async function parseMhtml(
  bytes: Uint8Array,
  fileName: string,
  options: ImportOptions = {},
): Promise<ParsedDocument> {
  const message = readMimeParts(bytes)
  if (!message) {
    // Some tools save a plain page under .mht: read it as the page it is.
    if (sniffHtml(bytes)) return parseHtmlDocument(bytes, fileName, options)
    throw new CorruptFileError(
      fileName,
      'this is not a saved web page archive (MHTML): it has no MIME headers.',
    )
  }
  const { params } = readContentType(message.headers.get('content-type'))
  const page = pagePart(message.parts, params['start'])
  if (!page) {
    throw new CorruptFileError(
      fileName,
      'this web archive holds no web page (no HTML part), or it is damaged.',
    )
  }
  const base =
    page.headers.get('content-location') ??
    message.headers.get('snapshot-content-location') ??
    message.headers.get('content-location')
  const resources = archiveResources(message.parts, page, base && absolute(base) ? base : undefined)
  return parseDecodedHtml(decodePage(page, fileName), fileName, options, resources)
}
