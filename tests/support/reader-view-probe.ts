/** What the reader E2E tests measure on the page: where a text offset sits relative to the top of the view. */
import type { Page } from 'playwright-core'

/** The offset in the normalized text that a percentage of the open document points at, and the text there. */
export async function offsetAtPercent(
  page: Page,
  percent: number,
): Promise<{ offset: number; text: string }> {
  return page.evaluate(async (p) => {
    const id = location.hash.split('/').pop()!
    type Blocks = { start: number; text: string }[]
    const margin = (
      window as unknown as {
        margin: { openDocument(id: string): Promise<{ ok: boolean; value: { blocks: Blocks } }> }
      }
    ).margin
    const result = await margin.openDocument(id)
    if (!result.ok) throw new Error('could not open the document')
    const blocks = result.value.blocks
    const last = blocks[blocks.length - 1]!
    let offset = Math.round((p / 100) * (last.start + last.text.length))
    const block = [...blocks].reverse().find((b) => b.start <= offset)!
    // The '\n' between two blocks belongs to neither: the next block begins there.
    if (offset >= block.start + block.text.length)
      offset = blocks[blocks.indexOf(block) + 1]?.start ?? offset
    const holder = [...blocks].reverse().find((b) => b.start <= offset)!
    return { offset, text: holder.text.slice(offset - holder.start, offset - holder.start + 8) }
  }, percent)
}

/**
 * How far below the top of the view (px; from the right edge in vertical writing) the character at a
 * text offset is drawn, and the line height; null when that text is not rendered.
 */
export async function gapFromTop(
  page: Page,
  offset: number,
): Promise<{ gap: number; line: number } | null> {
  return page.evaluate((target) => {
    const scroller = document.querySelector('main[aria-label="Document"]')!
    const vertical = scroller.classList.contains('reader__scroller--vertical')
    const blocks = [...document.querySelectorAll<HTMLElement>('.reader__block')]
    const holder = blocks
      .filter((b) => Number(b.dataset['blockStart']) <= target)
      .sort((a, b) => Number(b.dataset['blockStart']) - Number(a.dataset['blockStart']))[0]
    if (!holder) return null
    let remaining = target - Number(holder.dataset['blockStart'])
    const walker = document.createTreeWalker(holder, NodeFilter.SHOW_TEXT)
    for (
      let node = walker.nextNode() as Text | null;
      node;
      node = walker.nextNode() as Text | null
    ) {
      if (remaining < node.data.length) {
        const range = document.createRange()
        range.setStart(node, remaining)
        range.setEnd(node, remaining + 1)
        const rect = range.getClientRects()[0]!
        const view = scroller.getBoundingClientRect()
        const line = parseFloat(getComputedStyle(node.parentElement!).lineHeight)
        return { gap: vertical ? view.right - rect.right : rect.top - view.top, line }
      }
      remaining -= node.data.length
    }
    return null
  }, offset)
}

/** True when the character at the offset is on the first line of the view. */
export async function isAtTop(page: Page, offset: number): Promise<boolean> {
  const where = await gapFromTop(page, offset)
  return where !== null && where.gap >= -1 && where.gap < where.line * 0.75
}

/** Pairs of consecutive rendered blocks whose boxes overlap along the reading direction (by more than 1 px). */
export async function overlappingBlocks(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const vertical = !!document.querySelector('.reader__scroller--vertical')
    const blocks = [...document.querySelectorAll<HTMLElement>('.reader__block')].sort(
      (a, b) => Number(a.dataset['index']) - Number(b.dataset['index']),
    )
    const found: string[] = []
    blocks.forEach((block, i) => {
      const next = blocks[i + 1]
      if (!next || Number(next.dataset['index']) !== Number(block.dataset['index']) + 1) return
      const a = block.getBoundingClientRect()
      const b = next.getBoundingClientRect()
      const overlap = vertical ? b.right - a.left : a.bottom - b.top
      if (overlap > 1)
        found.push(`${block.dataset['index']}/${next.dataset['index']}: ${overlap.toFixed(1)} px`)
    })
    return found
  })
}
