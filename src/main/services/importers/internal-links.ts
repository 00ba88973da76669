import type { Block } from '../../../shared/document-model'
import { hasMarkup } from './sanitize-html'

/**
 * Links inside a document point at block ids, which exist only once the document is assembled:
 * html-to-blocks writes `<a href="@<index>">` for each internal link it collected, and this turns
 * each into `<a href="#<blockId>">` or, when its target is not in the document, into plain text.
 * Only markup changes; Block.text (and so every offset) stays as it was.
 */
const LINK_TAG = /<a href="@(\d+)">|<\/a>/g

/**
 * `targetOf(index)` gives the block index a collected link lands on, or undefined when it goes
 * nowhere in the document. Blocks are changed in place.
 */
export function resolveInternalLinks(
  blocks: Block[],
  targetOf: (linkIndex: number) => number | undefined,
): void {
  for (const block of blocks) {
    if (block.html === undefined || !block.html.includes('<a href="@')) continue
    // Anchors never nest (HTML parsers close an open one), so a closing tag ends the last opened.
    let dropped = false
    const html = block.html.replace(LINK_TAG, (tag, index: string | undefined) => {
      if (index === undefined) return dropped ? ((dropped = false), '') : tag
      const target = targetOf(Number(index))
      const id = target === undefined ? undefined : blocks[Math.min(target, blocks.length - 1)]?.id
      dropped = id === undefined
      return id === undefined ? '' : `<a href="#${id}">`
    })
    if (hasMarkup(html)) block.html = html
    else delete block.html
  }
}

/** An element id as a link names it: `#caf%C3%A9` and `#café` are one target. */
export function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment)
  } catch {
    return fragment
  }
}

/**
 * The id GitHub and most Markdown tools give a heading (lower case, punctuation dropped, spaces
 * as hyphens, a repeated one suffixed -1, -2, …), so `[see](#getting-started)` finds its heading.
 */
export function createHeadingSlugger(): (text: string) => string {
  const seen = new Map<string, number>()
  return (text) => {
    const base = text
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-')
    const count = seen.get(base) ?? 0
    seen.set(base, count + 1)
    return count === 0 ? base : `${base}-${count}`
  }
}

function splitLink(href: string): { path: string; fragment: string | null } {
  const hash = href.indexOf('#')
  const path = decodeFragment((hash < 0 ? href : href.slice(0, hash)).split('?')[0]!)
  return {
    path: path.replace(/^\.\//, ''),
    fragment: hash < 0 ? null : decodeFragment(href.slice(hash + 1)),
  }
}

/**
 * Where the links of a single page land: `#id`, or the page's own file (`#top` and a bare self link
 * go to its start). A saved page is often renamed, so a file name that at least three links name,
 * each with an id this page holds, is the page too (DocBook writes `ch01.html#id` for every link).
 */
export function createPageLinkTarget(
  links: readonly string[],
  anchors: ReadonlyMap<string, number>,
  fileName: string,
): (linkIndex: number) => number | undefined {
  const split = links.map(splitLink)
  const found = (fragment: string) =>
    anchors.get(fragment) ?? (fragment.toLowerCase() === 'top' ? 0 : undefined)
  const named = new Map<string, { links: number; found: number }>()
  for (const { path, fragment } of split) {
    if (path === '' || fragment === null) continue
    const count = named.get(path) ?? { links: 0, found: 0 }
    count.links++
    if (found(fragment) !== undefined) count.found++
    named.set(path, count)
  }
  const ownName = fileName.replace(/^.*[\\/]/, '')
  const isThisPage = (path: string) => {
    const count = named.get(path)
    return (
      path === '' ||
      path === ownName ||
      (!!count && count.links >= 3 && count.found === count.links)
    )
  }
  return (i) => {
    const link = split[i]
    if (!link || !isThisPage(link.path)) return undefined
    return link.fragment === null ? 0 : found(link.fragment)
  }
}
