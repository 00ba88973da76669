import { parse, type DefaultTreeAdapterMap } from 'parse5'

/**
 * Lenient HTML/XHTML parsing with parse5 (the browsers' algorithm), plus what Margin reads from
 * a page's head. parse5 never fetches anything, runs nothing and expands no DTD entities.
 */
type Node = DefaultTreeAdapterMap['node']
type Element = DefaultTreeAdapterMap['element']
export type HtmlDocument = DefaultTreeAdapterMap['document']

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
])
const SELF_CLOSING =
  /<([A-Za-z][\w:.-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?)*)\s*\/>/g

/**
 * Parses HTML or XHTML. XHTML's `<a id="p1"/>` and `<div/>` mean an empty element, which an
 * HTML parser would read as an opening tag swallowing what follows, so they are closed first.
 */
export function parseHtml(text: string): HtmlDocument {
  const closed = text.replace(SELF_CLOSING, (whole, name: string, attributes: string) =>
    VOID.has(name.toLowerCase()) ? whole : `<${name}${attributes}></${name}>`,
  )
  return parse(closed)
}

export function isElement(node: Node): node is Element {
  return 'tagName' in node
}

export function attributeOf(element: Element, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name || a.name.endsWith(':' + name))?.value
}

export function findElements(
  node: Node,
  match: (element: Element) => boolean,
  found: Element[] = [],
): Element[] {
  if (isElement(node) && match(node)) found.push(node)
  const children = 'childNodes' in node ? node.childNodes : []
  for (const child of children) findElements(child, match, found)
  return found
}

const RUBY_READINGS = new Set(['rt', 'rp', 'rtc'])

/** A ruby's reading (or its fallback parentheses): shown above the base, never part of the text. */
export function isRubyReading(element: Element): boolean {
  if (!RUBY_READINGS.has(element.tagName)) return false
  for (let parent = element.parentNode; parent && isElement(parent); parent = parent.parentNode)
    if (parent.tagName === 'ruby') return true
  return false
}

/** The text of a node: its ruby bases without their readings, as the reader's text holds them. */
export function elementText(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value
  if (!('childNodes' in node) || (isElement(node) && isRubyReading(node))) return ''
  return node.childNodes.map(elementText).join('')
}

export function bodyOf(document: HtmlDocument): Element | HtmlDocument {
  return findElements(document, (e) => e.tagName === 'body')[0] ?? document
}

export interface HtmlHead {
  title: string | null
  author: string | null
  language: string | null
}

export function readHtmlHead(document: HtmlDocument): HtmlHead {
  const html = findElements(document, (e) => e.tagName === 'html')[0]
  const titleElement = findElements(document, (e) => e.tagName === 'title')[0]
  const meta = (names: string[]) =>
    findElements(document, (e) => e.tagName === 'meta')
      .find((e) =>
        names.includes(
          (attributeOf(e, 'name') ?? attributeOf(e, 'http-equiv') ?? '').toLowerCase(),
        ),
      )
      ?.attrs.find((a) => a.name === 'content')?.value
  const title = titleElement ? elementText(titleElement).replace(/\s+/g, ' ').trim() : ''
  const author =
    meta(['author', 'dc.creator', 'dcterms.creator'])?.trim() || newsAuthor(document, meta) || ''
  const body = findElements(document, (e) => e.tagName === 'body')[0]
  const language =
    (html && (attributeOf(html, 'lang') ?? attributeOf(html, 'xml:lang'))) ||
    meta(['content-language', 'dc.language']) ||
    (body && attributeOf(body, 'lang')) // Word puts it on the body, in capitals (EN-GB)
  return { title: title || null, author: author || null, language: tidyLanguageTag(language) }
}

/**
 * A news page's author where it has no `<meta name="author">`: its JSON-LD article's author, or
 * the meta tags news sites use (NYT's byl "By …", Parse.ly, Sailthru, article:author when a name).
 */
function newsAuthor(
  document: HtmlDocument,
  meta: (names: string[]) => string | undefined,
): string | null {
  for (const script of findElements(
    document,
    (e) => e.tagName === 'script' && attributeOf(e, 'type') === 'application/ld+json',
  )) {
    const names = jsonLdAuthors(elementText(script))
    if (names.length > 0) return names.join(', ')
  }
  const property = findElements(document, (e) => e.tagName === 'meta')
    .find((e) => attributeOf(e, 'property') === 'article:author')
    ?.attrs.find((a) => a.name === 'content')?.value
  const named = meta(['byl', 'parsely-author', 'sailthru.author']) ?? property
  const name = named?.replace(/^\s*by\s+/i, '').trim()
  return name && !/^https?:|^@/.test(name) ? name : null
}

/** The author names of the articles a JSON-LD block describes; none when it does not parse. */
function jsonLdAuthors(json: string): string[] {
  let data: unknown
  try {
    data = JSON.parse(json)
  } catch {
    return []
  }
  const items = (Array.isArray(data) ? data : [data]).flatMap((item) =>
    item && typeof item === 'object' && '@graph' in item && Array.isArray(item['@graph'])
      ? (item['@graph'] as unknown[])
      : [item],
  )
  for (const item of items) {
    if (!item || typeof item !== 'object' || !('author' in item)) continue
    const type = String((item as { '@type'?: unknown })['@type'] ?? '')
    if (!/Article|BlogPosting|Report|Book|CreativeWork/.test(type)) continue
    const authors = [item.author].flat()
    const names = authors
      .map((a) =>
        typeof a === 'string' ? a : a && typeof a === 'object' && 'name' in a ? String(a.name) : '',
      )
      .map((n) => n.trim())
      .filter((n) => n !== '' && !/^https?:/.test(n))
    if (names.length > 0) return names
  }
  return []
}

/** ISO 639-2 codes (calibre writes `eng`, Word `chi`) that BCP 47 spells with two letters. */
const TWO_LETTER: Record<string, string> = {
  eng: 'en',
  zho: 'zh',
  chi: 'zh',
  jpn: 'ja',
  kor: 'ko',
  fra: 'fr',
  fre: 'fr',
  deu: 'de',
  ger: 'de',
  spa: 'es',
  ita: 'it',
  por: 'pt',
  rus: 'ru',
  nld: 'nl',
  dut: 'nl',
}

/** 'EN-GB' → 'en-GB', 'eng' → 'en', as BCP 47 writes it; null for nothing or "undetermined". */
export function tidyLanguageTag(tag: string | null | undefined): string | null {
  const trimmed = tag?.trim()
  if (!trimmed || /^und$/i.test(trimmed)) return null
  const [primary = '', ...rest] = trimmed.split(/[-_]/)
  const lower = primary.toLowerCase()
  return [
    TWO_LETTER[lower] ?? lower,
    ...rest.map((p) => (p.length === 2 ? p.toUpperCase() : p)),
  ].join('-')
}

/** Every image reference in the body: `<img src>` and SVG `<image href>`. */
export function imageSources(document: HtmlDocument): string[] {
  return findElements(bodyOf(document), (e) => e.tagName === 'img' || e.tagName === 'image')
    .map((e) => attributeOf(e, 'src') ?? attributeOf(e, 'href') ?? '')
    .filter((src) => src !== '')
}
