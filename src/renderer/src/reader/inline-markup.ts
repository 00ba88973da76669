/**
 * Block.html (inline markup written by the importers) read back into a small tree the reader
 * renders itself. The importers sanitize already; this allowlist is the renderer's own check:
 * only these tags survive, no attribute but a link's href, and only web, mail and in-document
 * (#block-id) links. `<br>` becomes '\n', as it is in Block.text, so the rendered text nodes
 * spell exactly the block's text and every text offset stays where it was.
 */
export type InlineNode = string | InlineElement

export interface InlineElement {
  /** An HTML tag the importers may write, or a display-only wrapper the reader adds itself. */
  tag: InlineTag | DisplayTag
  /** Links only: a web or mail address, or '#' and a block id. */
  href?: string
  /** Shown but not part of the block's text (a ruby reading the text leaves out); offsets skip it. */
  displayOnly?: true
  children: InlineNode[]
}

const INLINE_TAGS = [
  'a',
  'em',
  'strong',
  'cite',
  'u',
  's',
  'code',
  'sub',
  'sup',
  'small',
  'mark',
  'ruby',
  'rt',
  'rp',
  'abbr',
  'q',
] as const
export type InlineTag = (typeof INLINE_TAGS)[number]
/** Wrappers for display only (never read from Block.html): digits set upright in vertical writing. */
export type DisplayTag = 'tcy' | 'upright'
const ALLOWED = new Set<string>(INLINE_TAGS)
/** Whose content is never text: dropped whole (and then the text no longer matches, so the block shows as plain text). */
const DROPPED = new Set(['script', 'style', 'template', 'iframe', 'object', 'embed', 'svg', 'math'])

/** A link target the reader may act on, or null. */
export function safeLinkTarget(href: string | null): string | null {
  if (!href) return null
  const trimmed = href.trim()
  if (/^#[\w:.-]+$/.test(trimmed)) return trimmed
  if (!/^(https?:\/\/|mailto:)/i.test(trimmed)) return null
  try {
    return new URL(trimmed).href
  } catch {
    return null
  }
}

function readChildren(parent: Node): InlineNode[] {
  const out: InlineNode[] = []
  parent.childNodes.forEach((node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      out.push((node as Text).data)
      return
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return
    const tag = (node as Element).localName
    if (tag === 'br') out.push('\n')
    else if (DROPPED.has(tag)) return
    else if (!ALLOWED.has(tag)) out.push(...readChildren(node))
    else {
      const element: InlineElement = { tag: tag as InlineTag, children: readChildren(node) }
      if (tag === 'a') {
        const href = safeLinkTarget((node as Element).getAttribute('href'))
        if (href) element.href = href
      }
      out.push(element)
    }
  })
  return out
}

export function inlineText(nodes: readonly InlineNode[]): string {
  return nodes.map((node) => (typeof node === 'string' ? node : inlineText(node.children))).join('')
}

/** Ruby readings and their fallback parentheses, when inside a <ruby>. */
const READING_TAGS = new Set<string>(['rt', 'rp'])

/** The text the nodes spell without their ruby readings. */
function baseText(nodes: readonly InlineNode[], inRuby = false): string {
  return nodes
    .map((node) =>
      typeof node === 'string'
        ? node
        : inRuby && READING_TAGS.has(node.tag)
          ? ''
          : baseText(node.children, node.tag === 'ruby'),
    )
    .join('')
}

function markReadings(nodes: readonly InlineNode[], inRuby = false): InlineNode[] {
  return nodes.map((node) =>
    typeof node === 'string'
      ? node
      : inRuby && READING_TAGS.has(node.tag)
        ? { ...node, displayOnly: true }
        : { ...node, children: markReadings(node.children, node.tag === 'ruby') },
  )
}

/**
 * The tree of a block's markup, or null when there is none or its text is not the block's text.
 * Where the text holds the ruby bases only (Aozora Bunko), the readings are marked display-only.
 */
export function parseInlineMarkup(html: string | undefined, text: string): InlineNode[] | null {
  if (!html) return null
  const body = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html').body
  const nodes = readChildren(body)
  if (inlineText(nodes) === text) return nodes
  return baseText(nodes) === text ? markReadings(nodes) : null
}
