import { useVirtualizer } from '@tanstack/react-virtual'
import {
  useCallback,
  useEffect,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
  type Ref,
} from 'react'
import type { Block, ParsedDocument } from '../../../shared/document-model'
import { BlockRow } from './BlockRow'
import { isRightToLeft } from './document-language'
import { uprightDigits } from './upright-digits'
import { parseInlineMarkup, type InlineNode } from './inline-markup'
import type { VisibleRange } from './reader-navigation'
import { blockIndexAtOffset, documentLength, percentOfOffset } from './reading-position'
import { characterRect, firstCharacterPast, offsetInBlock, rangeInBlock } from './text-geometry'

/** What the reader can ask of the page it shows. */
export interface ReaderPageHandle {
  jumpToOffset(offset: number): Promise<void>
  rangeForText(start: number, end: number): Range | null
  textOffsetAt(node: Node, offset: number): number | null
  overlayOrigin(): DOMRect | null
  /** Scrolls by a screen (Page Down) or a line, forward (1) or back (-1). */
  scrollByPage(direction: 1 | -1): void
  scrollByLine(direction: 1 | -1): void
  scrollToEdge(edge: 'start' | 'end'): void
  focus(): void
}

interface ReaderPageProps {
  doc: ParsedDocument
  /** Names the store folder the document's images are served from. */
  documentId?: string
  /** Converts a block's text for display; keeps its length (see display-script.ts). */
  display: (text: string) => string
  vertical: boolean
  chinese: boolean
  /** A size guess for a block before it is measured, along the reading direction, in px. */
  estimate: (block: Block) => number
  /** Changes whenever something that changes block sizes changes. */
  layoutKey: string
  onView: (view: VisibleRange) => void
  overlayRef: (element: HTMLElement | null) => void
  handle: Ref<ReaderPageHandle>
  /** Opens a block's table-of-contents corrections (its context menu). */
  onBlockMenu?: (blockIndex: number) => void
}

/** Blocks that can be made headings or stop being one from their menu. */
const CORRECTABLE = new Set(['heading', 'subheading', 'paragraph'])

/** The markup with each text converted for display (length-keeping, so offsets hold). */
function convertMarkup(nodes: InlineNode[], display: (text: string) => string): InlineNode[] {
  return nodes.map((node) =>
    typeof node === 'string'
      ? display(node)
      : { ...node, children: convertMarkup(node.children, display) },
  )
}

const nextFrames = () =>
  new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())))

/** The scrolling page: only the blocks on screen (and a few around) are in the DOM. */
export function ReaderPage({
  doc,
  documentId,
  display,
  vertical,
  chinese,
  estimate,
  layoutKey,
  onView,
  overlayRef,
  handle,
  onBlockMenu,
}: ReaderPageProps) {
  const scroller = useRef<HTMLElement>(null)
  const page = useRef<HTMLElement>(null)
  const blocks = doc.blocks
  const total = useMemo(() => documentLength(blocks), [blocks])
  const jumpToken = useRef(0)
  const lastTop = useRef(0)

  // eslint-disable-next-line react-hooks/incompatible-library -- Margin does not use the React Compiler
  const virtualizer = useVirtualizer({
    count: blocks.length,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => estimate(blocks[i]!),
    horizontal: vertical,
    isRtl: vertical,
    // Physical sizes: in vertical writing a ResizeObserver's "inline size" is the height.
    measureElement: (element) =>
      vertical ? (element as HTMLElement).offsetWidth : (element as HTMLElement).offsetHeight,
    overscan: 4,
  })

  // Converted texts (and inline markup) of the blocks shown so far, dropped when the conversion or the document changes.
  type Shown = { block: Block; markup: InlineNode[] | null }
  const converted = useRef({ display, blocks, vertical, byIndex: new Map<number, Shown>() })
  if (
    converted.current.display !== display ||
    converted.current.blocks !== blocks ||
    converted.current.vertical !== vertical
  ) {
    converted.current = { display, blocks, vertical, byIndex: new Map() }
  }
  const displayBlock = (index: number): Shown => {
    const cache = converted.current.byIndex
    let shown = cache.get(index)
    if (!shown) {
      const original = blocks[index]!
      const parsed = parseInlineMarkup(original.html, original.text)
      const text = display(original.text)
      const markup = parsed && convertMarkup(parsed, display)
      shown = {
        block: { ...original, text },
        markup: (vertical && uprightDigits(markup ?? [text])) || markup,
      }
      cache.set(index, shown)
    }
    return shown
  }

  // Right click on a block opens its menu, unless text is selected (the browser's menu copies it).
  const onContextMenu = (event: React.MouseEvent) => {
    const element = (event.target as Element).closest?.<HTMLElement>('.reader__block')
    if (!onBlockMenu || !element || !window.getSelection()?.isCollapsed) return
    const index = Number(element.dataset['index'])
    if (!CORRECTABLE.has(blocks[index]?.type ?? '')) return
    event.preventDefault()
    onBlockMenu(index)
  }
  // One menu button, beside the block under the pointer (no text inside blocks: offsets stay).
  const [hovered, setHovered] = useState<{ index: number; top: number; left: number } | null>(null)
  const onPointerOver = (event: React.PointerEvent) => {
    if (!onBlockMenu || (event.target as Element).closest?.('.reader__block-menu')) return
    const element = (event.target as Element).closest?.<HTMLElement>('.reader__block')
    const index = Number(element?.dataset['index'])
    if (!element || !page.current || !CORRECTABLE.has(blocks[index]?.type ?? '')) return
    if (hovered?.index === index) return
    const box = element.getBoundingClientRect()
    const origin = page.current.getBoundingClientRect()
    // Before the first line: the block's left margin, or its top-right corner in vertical writing.
    const left = vertical ? box.right - origin.left - 22 : box.left - origin.left
    setHovered({ index, top: box.top - origin.top, left })
  }

  // Links inside the text: one to another part of the document jumps there; web links open nothing.
  const onLinkClick = (event: React.MouseEvent) => {
    const link = (event.target as Element).closest?.('a[href]')
    if (!link || !page.current?.contains(link)) return
    event.preventDefault()
    const target = link.getAttribute('data-target-block')
    const block = target ? blocks.find((b) => b.id === target) : undefined
    if (block) void jumpToOffset(block.start)
  }

  const blockElement = useCallback(
    (index: number) =>
      page.current?.querySelector<HTMLElement>(`.reader__block[data-index="${index}"]`) ?? null,
    [],
  )

  // Blocks change size after their first measurement (fonts arriving, a conversion, a narrower
  // window), sometimes while a jump scrolls, when the virtualizer ignores resizes: this observer
  // re-measures each rendered block whenever it resizes, and all of them once fonts are loaded.
  const blockSizes = useRef<ResizeObserver | null>(null)
  const remeasureAll = useCallback(() => {
    page.current?.querySelectorAll('.reader__block').forEach(remeasure)
    function remeasure(element: Element) {
      if (!(element instanceof HTMLElement) || !element.isConnected) return
      const index = Number(element.dataset['index'])
      // Unlike measureElement, resizeItem applies while scrolling; it does nothing for a known size.
      virtualizer.resizeItem(index, vertical ? element.offsetWidth : element.offsetHeight)
    }
  }, [virtualizer, vertical])
  useEffect(() => {
    const remeasure = (element: Element) => {
      if (!(element instanceof HTMLElement) || !element.isConnected) return
      virtualizer.resizeItem(
        Number(element.dataset['index']),
        vertical ? element.offsetWidth : element.offsetHeight,
      )
    }
    const observer = new ResizeObserver((entries) => entries.forEach((e) => remeasure(e.target)))
    blockSizes.current = observer
    remeasureAll()
    const fonts = document.fonts as FontFaceSet | undefined
    void fonts?.ready.then(remeasureAll)
    fonts?.addEventListener('loadingdone', remeasureAll)
    return () => {
      observer.disconnect()
      blockSizes.current = null
      fonts?.removeEventListener('loadingdone', remeasureAll)
    }
  }, [virtualizer, vertical, remeasureAll])
  // After every render: watch the blocks now on the page (observing one twice does nothing).
  useEffect(() => {
    page.current
      ?.querySelectorAll('.reader__block')
      .forEach((element) => blockSizes.current?.observe(element))
  })

  /**
   * The exact first character on screen, and a guess at the last. Which blocks are on screen comes
   * from the virtualizer's positions and sizes (no layout read per rendered block); only the first
   * block's characters are measured.
   */
  const measureView = useCallback((): VisibleRange | null => {
    const element = scroller.current
    if (!element || !page.current) return null
    const offset = Math.max(0, virtualizer.scrollOffset ?? 0)
    const rect = virtualizer.scrollRect
    const size = rect ? (vertical ? rect.width : rect.height) : 0
    const onScreen = virtualizer
      .getVirtualItems()
      .filter((item) => item.end > offset + 1 && item.start < offset + size - 1)
    const first = onScreen[0]
    const last = onScreen[onScreen.length - 1]
    const firstElement = first && blockElement(first.index)
    if (!first || !last || !firstElement) return null
    const view = element.getBoundingClientRect()
    const firstBlock = blocks[first.index]!
    const within = firstCharacterPast(firstElement, vertical ? view.right : view.top, vertical)
    const startOffset = firstBlock.start + Math.min(within, firstBlock.text.length)
    const lastBlock = blocks[last.index]!
    const shown = (offset + size - last.start) / Math.max(1, last.size)
    const endOffset =
      lastBlock.start + Math.round(Math.min(1, Math.max(0, shown)) * lastBlock.text.length)
    const atEnd = offset + size >= virtualizer.getTotalSize() - 2
    lastTop.current = startOffset
    return {
      firstIndex: first.index,
      lastIndex: last.index,
      startOffset,
      endOffset,
      percent:
        atEnd && last.index === blocks.length - 1 ? 100 : percentOfOffset(blocks, startOffset),
    }
  }, [blocks, vertical, virtualizer, blockElement])

  const jumpToOffset = useCallback(
    async (offset: number) => {
      const element = scroller.current
      if (!element || blocks.length === 0) return
      const token = ++jumpToken.current
      const target = Math.min(Math.max(0, offset), total)
      if (target === 0) {
        // The very beginning: the top of the page, with its margin.
        virtualizer.scrollToOffset(0)
        await nextFrames()
        const view = measureView()
        if (view) onView(view)
        return
      }
      const index = blockIndexAtOffset(blocks, target)
      const within = target - blocks[index]!.start
      let settled = 0
      for (let attempt = 0; attempt < 16 && settled < 2; attempt++) {
        if (token !== jumpToken.current) return
        const el = blockElement(index)
        if (!el) {
          virtualizer.scrollToIndex(index, { align: 'start' })
          await nextFrames()
          continue
        }
        const rect = characterRect(el, within)
        if (!rect) break
        const view = element.getBoundingClientRect()
        const lineHeight = parseFloat(getComputedStyle(el.firstElementChild ?? el).lineHeight) || 0
        const leading = Math.max(0, (lineHeight - (vertical ? rect.width : rect.height)) / 2)
        const delta = vertical ? rect.right + leading - view.right : rect.top - leading - view.top
        if (Math.abs(delta) < 1) settled++
        else {
          settled = 0
          const before = vertical ? element.scrollLeft : element.scrollTop
          if (vertical) element.scrollLeft += delta
          else element.scrollTop += delta
          // At either end of the document the view cannot move further: stop there.
          if ((vertical ? element.scrollLeft : element.scrollTop) === before) settled++
        }
        await nextFrames()
      }
      const view = measureView()
      if (view) onView(view)
    },
    [blocks, total, blockElement, virtualizer, vertical, measureView, onView],
  )

  useImperativeHandle(
    handle,
    () => ({
      jumpToOffset,
      rangeForText(start, end) {
        const first = blockIndexAtOffset(blocks, start)
        const last = blockIndexAtOffset(blocks, Math.max(start, end - 1))
        let from: Range | null = null
        let to: Range | null = null
        for (let i = first; i <= last; i++) {
          const el = blockElement(i)
          if (!el) continue
          const block = blocks[i]!
          const range = rangeInBlock(
            el,
            Math.max(0, start - block.start),
            Math.min(block.text.length, end - block.start),
          )
          if (!range) continue
          from ??= range
          to = range
        }
        if (!from || !to) return null
        const range = from.cloneRange()
        range.setEnd(to.endContainer, to.endOffset)
        return range
      },
      textOffsetAt(node, offset) {
        const el = (node instanceof Element ? node : node.parentElement)?.closest<HTMLElement>(
          '.reader__block',
        )
        if (!el || !page.current?.contains(el)) return null
        const within = offsetInBlock(el, node, offset)
        const block = blocks[Number(el.dataset['index'])]
        return within === null || !block ? null : block.start + Math.min(within, block.text.length)
      },
      overlayOrigin: () => page.current?.getBoundingClientRect() ?? null,
      scrollByPage(direction) {
        jumpToken.current++
        const element = scroller.current
        if (!element) return
        // Keep one line of the previous screen in view, as a reader's Page Down does.
        if (vertical) element.scrollBy({ left: -direction * element.clientWidth * 0.9 })
        else element.scrollBy({ top: direction * element.clientHeight * 0.9 })
      },
      scrollByLine(direction) {
        jumpToken.current++
        const element = scroller.current
        if (!element) return
        const line = parseFloat(getComputedStyle(page.current ?? element).lineHeight) || 32
        if (vertical) element.scrollBy({ left: -direction * line })
        else element.scrollBy({ top: direction * line })
      },
      scrollToEdge(edge) {
        if (edge === 'start') void jumpToOffset(0)
        else virtualizer.scrollToIndex(blocks.length - 1, { align: 'end' })
      },
      focus: () => scroller.current?.focus(),
    }),
    [jumpToOffset, blocks, blockElement, vertical, virtualizer],
  )

  // Report what is on screen, once a frame at most while scrolling.
  useEffect(() => {
    const element = scroller.current
    if (!element) return
    let frame = 0
    const onScroll = () => {
      cancelAnimationFrame(frame)
      let tries = 0
      const report = () => {
        const view = measureView()
        if (view) onView(view)
        // After a long scroll the blocks now on screen render a few frames later (more on a busy machine):
        // keep trying for about a second, or the reading position would stay where the scroll began.
        else if (++tries < 60) frame = requestAnimationFrame(report)
      }
      frame = requestAnimationFrame(report)
    }
    // The reader taking over (wheel, touch, scrollbar) ends a jump that is still settling.
    const stopJumping = () => void jumpToken.current++
    const onWheel = (event: WheelEvent) => {
      stopJumping()
      // A mouse wheel scrolls vertically; in vertical writing that means along the lines of columns.
      if (!vertical || Math.abs(event.deltaY) <= Math.abs(event.deltaX)) return
      event.preventDefault()
      element.scrollLeft -= event.deltaY
    }
    element.addEventListener('scroll', onScroll, { passive: true })
    element.addEventListener('wheel', onWheel, { passive: false })
    element.addEventListener('pointerdown', stopJumping)
    element.addEventListener('touchstart', stopJumping, { passive: true })
    onScroll()
    return () => {
      cancelAnimationFrame(frame)
      element.removeEventListener('scroll', onScroll)
      element.removeEventListener('wheel', onWheel)
      element.removeEventListener('pointerdown', stopJumping)
      element.removeEventListener('touchstart', stopJumping)
    }
  }, [measureView, onView, vertical])

  // After a change of font, size, width or direction: re-measure and keep the same text at the top.
  const firstLayout = useRef(true)
  useEffect(() => {
    if (firstLayout.current) {
      firstLayout.current = false
      return
    }
    virtualizer.measure()
    // measure() forgets every size; the blocks on screen will not resize again, so measure them now,
    // after the positions are rebuilt from estimates (else resizeItem compares with the old sizes and skips).
    virtualizer.getTotalSize() // rebuilds the positions
    remeasureAll()
    void jumpToOffset(lastTop.current)
  }, [layoutKey]) // eslint-disable-line react-hooks/exhaustive-deps

  const totalSize = virtualizer.getTotalSize()
  return (
    <main
      ref={scroller}
      className={`reader__scroller${vertical ? ' reader__scroller--vertical' : ''}`}
      aria-label="Document"
      tabIndex={0}
    >
      <article
        ref={page}
        onClick={onLinkClick}
        onAuxClick={onLinkClick}
        onContextMenu={onContextMenu}
        onPointerOver={onPointerOver}
        onPointerLeave={() => setHovered(null)}
        className={`reader__page${chinese ? ' reader__page--cjk' : ''}`}
        lang={doc.language ?? (chinese ? 'zh' : 'en')}
        dir={isRightToLeft(doc.language) ? 'rtl' : undefined}
        style={vertical ? { width: totalSize } : { height: totalSize }}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const { block, markup } = displayBlock(item.index)
          return (
            <BlockRow
              key={item.key}
              index={item.index}
              offset={item.start}
              vertical={vertical}
              block={block}
              after={blocks[item.index - 1]?.type}
              markup={markup}
              documentId={documentId}
              measure={virtualizer.measureElement}
            />
          )
        })}
        <div ref={overlayRef} className="reader__overlay" />
        {onBlockMenu && hovered && hovered.index < blocks.length && (
          <button
            type="button"
            className="reader__block-menu"
            style={{ top: hovered.top, left: hovered.left }}
            tabIndex={-1}
            aria-label="Table of contents options for this block"
            title="Table of contents options (Shift+F10)"
            onClick={() => onBlockMenu(hovered.index)}
          />
        )}
      </article>
    </main>
  )
}
