/**
 * How features inside the reading pane (search, annotations, bookmarks…) talk to the reader
 * without touching its internals. Add your component to READER_EXTENSIONS in
 * `reader-extensions.ts`; it is rendered inside the reader, under these providers. There,
 * `useReaderNavigation()` gives the open document (`document`, null while loading; `chars` is
 * the length of its normalized text), and the moves: `jumpToOffset(textOffset)` puts the
 * character at that offset of the normalized text at the top of the view (the start of the
 * reading direction), `jumpToBlock(blockId, offsetInBlock?)` the same by block, and
 * `jumpToPercent(p)`. `useReaderViewport()` gives what is on screen now (`visible`: first/last
 * block index and text offsets; it changes while scrolling, so keep consumers light).
 * To show UI, wrap it in `<ReaderSlot name="toolbar">` (buttons in the reader's top bar),
 * `"side-panel"` (the right-hand panel; render nothing there when your panel is closed) or
 * `"overlay"` (an absolutely positioned layer over the page that scrolls with the text; use
 * `rangeForText` rectangles relative to `overlayOrigin()`), or `"status"` (the status line).
 * Text on screen: `rangeForText(start, end)` gives a DOM Range over the rendered part of a span
 * of the normalized text (null when it is not rendered), e.g. for `CSS.highlights`; redo it
 * when `visible` changes. `textOffsetAt(node, offset)` maps a DOM point (say, a selection end)
 * back to the normalized text. Displayed text may be converted to simplified/traditional, but
 * conversion keeps every offset, so these stay exact. Keys: the reader ignores key events whose
 * default was prevented and those typed into inputs; list your shortcuts in the extension's
 * `shortcuts` so the help dialog (?) shows them.
 */
import {
  createContext,
  useContext,
  useSyncExternalStore,
  type ReactNode,
  type ReactPortal,
} from 'react'
import { createPortal } from 'react-dom'
import type { ParsedDocument } from '../../../shared/document-model'

export interface ReaderNavigation {
  documentId: string
  /** The whole document once it is in; null while it loads. */
  document: ParsedDocument | null
  /** The document as far as it has arrived (blocks from the start), for work that can begin early. */
  loaded?: ParsedDocument | null
  /** Length of the normalized text (the blocks' texts joined by '\n'). */
  chars: number
  jumpToOffset(textOffset: number): void
  jumpToBlock(blockId: string, offsetInBlock?: number): void
  /** 0..100 of the text. */
  jumpToPercent(percent: number): void
  /** A DOM Range over the rendered part of [start, end) of the normalized text, or null. */
  rangeForText(start: number, end: number): Range | null
  /** The offset in the normalized text of a DOM point inside the page, or null outside it. */
  textOffsetAt(node: Node, offset: number): number | null
  /** The top-left corner of the overlay layer, in viewport coordinates (for positioning). */
  overlayOrigin(): DOMRect | null
  /** Moves keyboard focus to the text (after closing a panel, say). */
  focusText(): void
}

export interface VisibleRange {
  firstIndex: number
  lastIndex: number
  /** Offsets in the normalized text of the first and last characters on screen (approximate within a block). */
  startOffset: number
  endOffset: number
  /** 0..100 read, at the top of the view. */
  percent: number
}

export interface ReaderViewport {
  visible: VisibleRange | null
}

export type ReaderSlotName = 'toolbar' | 'side-panel' | 'overlay' | 'status'

export const ReaderNavigationContext = createContext<ReaderNavigation | null>(null)
export const ReaderViewportContext = createContext<ReaderViewport>({ visible: null })

/** The elements slots render into, published by the reader once they are mounted. */
type SlotRegistry = {
  get(name: ReaderSlotName): HTMLElement | null
  subscribe(listener: () => void): () => void
}
export const ReaderSlotsContext = createContext<SlotRegistry | null>(null)

export function useReaderNavigation(): ReaderNavigation {
  const navigation = useContext(ReaderNavigationContext)
  if (!navigation) throw new Error('useReaderNavigation is only available inside the reader')
  return navigation
}

export function useReaderViewport(): ReaderViewport {
  return useContext(ReaderViewportContext)
}

const subscribeToNothing = () => () => {}

/** Renders its children into one of the reader's slots. */
export function ReaderSlot({
  name,
  children,
}: {
  name: ReaderSlotName
  children: ReactNode
}): ReactPortal | null {
  const registry = useContext(ReaderSlotsContext)
  const element = useSyncExternalStore(
    registry?.subscribe ?? subscribeToNothing,
    () => registry?.get(name) ?? null,
  )
  return element ? createPortal(children, element) : null
}

/** A feature shown in the reader: its component, and the shortcuts to list in the help dialog. */
export interface ReaderExtension {
  id: string
  Component: () => ReactNode
  shortcuts?: { keys: string; action: string }[]
}

/** The reader's side of the slots: a stable ref callback per slot, and change notices. */
export function createSlotRegistry(): SlotRegistry & {
  ref(name: ReaderSlotName): (element: HTMLElement | null) => void
} {
  const elements = new Map<ReaderSlotName, HTMLElement | null>()
  const refs = new Map<ReaderSlotName, (element: HTMLElement | null) => void>()
  const listeners = new Set<() => void>()
  return {
    get: (name) => elements.get(name) ?? null,
    subscribe(listener) {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
    ref(name) {
      let callback = refs.get(name)
      if (!callback) {
        callback = (element) => {
          if ((elements.get(name) ?? null) === element) return
          elements.set(name, element)
          listeners.forEach((listener) => listener())
        }
        refs.set(name, callback)
      }
      return callback
    },
  }
}
