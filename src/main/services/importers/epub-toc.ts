import type { DefaultTreeAdapterMap } from 'parse5'
import { resolveHref } from './epub-package'
import { attributeOf, elementText, findElements, parseHtml } from './parse-html'
import { childElements, findFirst, parseXml, textOf, type XmlElement } from './xml-tree'

/** An EPUB's table of contents, flattened in reading order with each entry's depth. */
export interface TocEntry {
  title: string
  level: number
  path: string
  fragment: string
}

type Element = DefaultTreeAdapterMap['element']

function clean(title: string): string {
  return title.replace(/\s+/g, ' ').trim()
}

/** The EPUB 3 navigation document's `toc` nav: nested `ol > li > a`. */
export function readNavToc(text: string, navPath: string): TocEntry[] {
  const document = parseHtml(text)
  const navs = findElements(document, (e) => e.tagName === 'nav')
  const toc =
    navs.find((n) => (attributeOf(n, 'type') ?? '').split(/\s+/).includes('toc')) ?? navs[0]
  if (!toc) return []
  const entries: TocEntry[] = []
  const walkList = (list: Element, level: number) => {
    for (const li of list.childNodes) {
      if (!('tagName' in li) || li.tagName !== 'li') continue
      const label = li.childNodes.find(
        (c): c is Element => 'tagName' in c && (c.tagName === 'a' || c.tagName === 'span'),
      )
      const title = label ? clean(elementText(label)) : ''
      const target =
        label?.tagName === 'a' ? resolveHref(navPath, attributeOf(label, 'href') ?? '') : null
      if (title && target) entries.push({ title, level, ...target })
      for (const child of li.childNodes) {
        if ('tagName' in child && (child.tagName === 'ol' || child.tagName === 'ul')) {
          walkList(child, title && target ? level + 1 : level)
        }
      }
    }
  }
  for (const list of findElements(toc, (e) => e.tagName === 'ol' || e.tagName === 'ul').slice(0, 1))
    walkList(list, 1)
  return entries
}

/** The EPUB 2 NCX: nested `navMap > navPoint`. */
export function readNcxToc(text: string, ncxPath: string): TocEntry[] {
  const navMap = findFirst(parseXml(text), 'navmap')
  if (!navMap) return []
  const entries: TocEntry[] = []
  const walk = (parent: XmlElement, level: number) => {
    for (const point of childElements(parent, 'navpoint')) {
      const label = findFirst(point, 'navlabel')
      const title = label ? clean(textOf(label)) : ''
      const content = childElements(point, 'content')[0]
      const target = content ? resolveHref(ncxPath, content.attributes['src'] ?? '') : null
      if (title && target) entries.push({ title, level, ...target })
      walk(point, title && target ? level + 1 : level)
    }
  }
  walk(navMap, 1)
  return entries
}

/**
 * A contents page of links (what an EPUB 2 `<guide>` names when the book has no NCX): every link
 * into the book, nested by the lists it sits in.
 */
export function readContentsPageToc(text: string, pagePath: string): TocEntry[] {
  const entries: TocEntry[] = []
  const walk = (node: Element, depth: number) => {
    for (const child of node.childNodes) {
      if (!('tagName' in child)) continue
      if (child.tagName === 'a') {
        const title = clean(elementText(child))
        const target = resolveHref(pagePath, attributeOf(child, 'href') ?? '')
        if (title && target && target.path !== pagePath)
          entries.push({ title, level: Math.max(1, depth), ...target })
        continue
      }
      walk(child, child.tagName === 'ol' || child.tagName === 'ul' ? depth + 1 : depth)
    }
  }
  for (const body of findElements(parseHtml(text), (e) => e.tagName === 'body')) walk(body, 0)
  return entries
}
