/**
 * Between the rendered text of a block and offsets in its text: which DOM point holds a
 * character, and which character is the first one on screen. Each rendered block wrapper
 * carries `data-block-start` (its offset in the normalized text); displayed text keeps
 * every offset (see display-script.ts), so counting characters of text nodes is exact.
 */

/** Rendered but not the block's text (ruby readings the text leaves out; see inline-markup.ts). */
const DISPLAY_ONLY = '[data-display-only]'

const skipDisplayOnly = (node: Node) =>
  node.nodeType === Node.TEXT_NODE
    ? NodeFilter.FILTER_ACCEPT
    : (node as Element).matches(DISPLAY_ONLY)
      ? NodeFilter.FILTER_REJECT
      : NodeFilter.FILTER_SKIP

function textNodes(root: Node): Text[] {
  const nodes: Text[] = []
  // The filtered walk only where needed: the plain one is what most blocks take, many times a scroll.
  const filtered = root instanceof Element && root.querySelector(DISPLAY_ONLY) !== null
  const walker = filtered
    ? root.ownerDocument!.createTreeWalker(
        root,
        NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT,
        skipDisplayOnly,
      )
    : root.ownerDocument!.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text)
  return nodes
}

/** The DOM point of the `offset`th character of a block's rendered text (clamped to its end). */
export function pointInBlock(
  element: Element,
  offset: number,
): { node: Text; offset: number } | null {
  let remaining = Math.max(0, offset)
  let last: Text | null = null
  for (const node of textNodes(element)) {
    const length = node.data.length
    if (remaining < length) return { node, offset: remaining }
    remaining -= length
    last = node
  }
  return last ? { node: last, offset: last.data.length } : null
}

/** A Range over [start, end) of a block's rendered text. */
export function rangeInBlock(element: Element, start: number, end: number): Range | null {
  const from = pointInBlock(element, start)
  const to = pointInBlock(element, Math.max(start, end))
  if (!from || !to) return null
  const range = element.ownerDocument.createRange()
  range.setStart(from.node, from.offset)
  range.setEnd(to.node, to.offset)
  return range
}

/** How many characters of a block's rendered text come before a DOM point inside it. */
export function offsetInBlock(element: Element, node: Node, offset: number): number | null {
  if (!element.contains(node)) return null
  const reading = (node instanceof Element ? node : node.parentElement)?.closest(DISPLAY_ONLY)
  if (reading && element.contains(reading)) return textBefore(element, reading)
  if (node.nodeType !== Node.TEXT_NODE) {
    // A point between children: the text before that child, or all of the node's after its last one.
    const child = node.childNodes[offset]
    return child ? textBefore(element, child) : textThrough(element, node)
  }
  let count = 0
  for (const text of textNodes(element)) {
    if (text === node) return count + offset
    count += text.data.length
  }
  return count
}

/** Characters of a block's text before `boundary` (a point in a reading sits at the end of its base). */
function textBefore(element: Element, boundary: Node): number {
  let count = 0
  for (const text of textNodes(element)) {
    if (
      text === boundary ||
      boundary.compareDocumentPosition(text) & Node.DOCUMENT_POSITION_FOLLOWING
    )
      break
    count += text.data.length
  }
  return count
}

/** Characters of a block's text before the end of `node`. */
function textThrough(element: Element, node: Node): number {
  let count = 0
  for (const text of textNodes(element)) {
    const position = node.compareDocumentPosition(text)
    if (
      position & Node.DOCUMENT_POSITION_FOLLOWING &&
      !(position & Node.DOCUMENT_POSITION_CONTAINED_BY)
    )
      break
    count += text.data.length
  }
  return count
}

// One Range reused for measuring: every Range made stays registered with its document until
// collected, and Chromium updates each of them on every DOM removal (as scrolling removes blocks).
const probes = new WeakMap<Document, Range>()

/** The rectangle of one character of a block (the first of a line break's two boxes). */
export function characterRect(element: Element, offset: number): DOMRect | null {
  const point = pointInBlock(element, offset)
  if (!point) return null
  const owner = element.ownerDocument
  const range = probes.get(owner) ?? owner.createRange()
  probes.set(owner, range)
  range.setStart(point.node, point.offset)
  range.setEnd(point.node, Math.min(point.node.data.length, point.offset + 1))
  const rects = range.getClientRects()
  return rects[0] ?? point.node.parentElement?.getBoundingClientRect() ?? null
}

/** Total characters of a block's rendered text. */
export function renderedLength(element: Element): number {
  return textNodes(element).reduce((sum, node) => sum + node.data.length, 0)
}

/**
 * The first character of a block whose line is at or past the view's leading edge
 * (`edge` is the top of the view, or its right for vertical writing): a binary search over characters.
 */
export function firstCharacterPast(element: Element, edge: number, vertical: boolean): number {
  let low = 0
  let high = renderedLength(element)
  while (low < high) {
    const middle = (low + high) >> 1
    const rect = characterRect(element, middle)
    const past = rect
      ? vertical
        ? rect.left + rect.width / 2 <= edge
        : rect.top + rect.height / 2 >= edge
      : true
    if (past) high = middle
    else low = middle + 1
  }
  return low
}
