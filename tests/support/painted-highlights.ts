import type { Page } from 'playwright-core'

/** The texts the CSS highlights of one name paint on the page as it is now, sorted (Range or StaticRange). */
export function paintedText(page: Page, name: string): Promise<string[]> {
  return page.evaluate(
    (n) =>
      [...((CSS.highlights.get(n) as Set<AbstractRange> | undefined) ?? [])]
        .filter((r) => r.startContainer.isConnected)
        .map((r) => {
          const range = document.createRange()
          range.setStart(r.startContainer, r.startOffset)
          range.setEnd(r.endContainer, r.endOffset)
          return range.toString()
        })
        .sort(),
    name,
  )
}

/** The middle of the first painted range of that highlight, in page coordinates, or null. */
export function highlightPoint(page: Page, name: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate((n) => {
    const painted = [...((CSS.highlights.get(n) as Set<AbstractRange> | undefined) ?? [])]
    const first = painted.find((r) => r.startContainer.isConnected)
    if (!first) return null
    const range = document.createRange()
    range.setStart(first.startContainer, first.startOffset)
    range.setEnd(first.endContainer, first.endOffset)
    const rect = range.getClientRects()[0]
    return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null
  }, name)
}
