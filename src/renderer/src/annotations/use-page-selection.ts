import { useEffect, useState } from 'react'
import type { ReaderNavigation } from '../reader/reader-navigation'

export interface PageSelection {
  start: number
  end: number
  /** Where it is on screen (viewport coordinates), for placing the toolbar. */
  rect: DOMRect
}

/** The reader page the selection lives in: the reader's main landmark. */
export function isInPage(node: Node | null): boolean {
  const element = node instanceof Element ? node : node?.parentElement
  return Boolean(element?.closest('main[aria-label="Document"]'))
}

/** The current non-empty selection in the reading page, as offsets of the normalized text. */
export function readPageSelection(navigation: ReaderNavigation): PageSelection | null {
  const selection = document.getSelection()
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null
  const range = selection.getRangeAt(0)
  if (!isInPage(range.startContainer) || !isInPage(range.endContainer)) return null
  const a = navigation.textOffsetAt(range.startContainer, range.startOffset)
  const b = navigation.textOffsetAt(range.endContainer, range.endOffset)
  if (a === null || b === null || a === b) return null
  return { start: Math.min(a, b), end: Math.max(a, b), rect: range.getBoundingClientRect() }
}

/** Follows the selection in the reading page (mouse, touch or keyboard). */
export function usePageSelection(navigation: ReaderNavigation): PageSelection | null {
  const [selection, setSelection] = useState<PageSelection | null>(null)
  useEffect(() => {
    let frame = 0
    const update = () => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(() => setSelection(readPageSelection(navigation)))
    }
    document.addEventListener('selectionchange', update)
    return () => {
      cancelAnimationFrame(frame)
      document.removeEventListener('selectionchange', update)
    }
  }, [navigation])
  return selection
}
