import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useMemo, useRef, useState } from 'react'
import type { ParsedDocument } from '../../../shared/document-model'
import { unwrap } from '../bridge/call-margin'
import { marginDb } from '../db/margin-db'
import { loadProgress, saveProgress } from '../db/reading-progress'
import { BlockView } from './BlockView'
import { isMostlyChinese } from './document-language'
import { findBlockIndex, percentAt, textOffsetAt, topOfView } from './reading-position'

const SAVE_DELAY_MS = 400

function estimateBlockHeight(text: string): number {
  // About 36 CJK characters a line at the default measure, 1.9em line height.
  return 24 + Math.ceil(Math.max(1, text.length) / 36) * 34
}

export function ReaderView({ documentId, onClose }: { documentId: string; onClose: () => void }) {
  const [doc, setDoc] = useState<ParsedDocument | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [percent, setPercent] = useState(0)
  const scroller = useRef<HTMLDivElement>(null)
  const restored = useRef(false)

  useEffect(() => {
    let live = true
    unwrap(window.margin.openDocument(documentId)).then(
      (d) => live && setDoc(d),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    )
    return () => {
      live = false
    }
  }, [documentId])

  const blocks = useMemo(() => doc?.blocks ?? [], [doc])
  const chinese = useMemo(() => isMostlyChinese(blocks), [blocks])
  // eslint-disable-next-line react-hooks/incompatible-library -- Margin does not use the React Compiler
  const virtualizer = useVirtualizer({
    count: blocks.length,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => estimateBlockHeight(blocks[i]?.text ?? ''),
    getItemKey: (i) => blocks[i]?.id ?? i,
    overscan: 6,
  })

  // Restore the saved position once the document is in.
  useEffect(() => {
    if (!doc) return
    let cancelled = false
    void loadProgress(marginDb(), documentId).then(async (saved) => {
      if (cancelled) return
      if (saved && doc.blocks.length > 0) {
        const index = findBlockIndex(doc.blocks, saved.blockId, saved.blockIndex)
        // Measured heights settle over a few frames; re-aim until the block sits at the top.
        for (let attempt = 0; attempt < 6 && !cancelled; attempt++) {
          virtualizer.scrollToIndex(index, { align: 'start' })
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
          const item = virtualizer.measurementsCache[index]
          const element = scroller.current
          if (item && element) element.scrollTop = item.start + saved.withinBlock * item.size
        }
        setPercent(saved.percent)
      }
      restored.current = true
    })
    return () => {
      cancelled = true
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- restore once per document
  }, [doc, documentId])

  // Save the position while reading, a moment after scrolling stops, and when leaving.
  useEffect(() => {
    const element = scroller.current
    if (!doc || !element) return
    let timer: ReturnType<typeof setTimeout> | undefined
    const save = () => {
      if (!restored.current) return
      const items = virtualizer.getVirtualItems().map(({ index, start, size }) => ({ index, start, size }))
      const top = topOfView(items, element.scrollTop)
      if (!top) return
      const block = doc.blocks[top.index]!
      const atEnd = element.scrollTop + element.clientHeight >= element.scrollHeight - 2
      const percentRead = atEnd ? 100 : percentAt(doc.blocks, top.index, top.within)
      setPercent(percentRead)
      void saveProgress(marginDb(), {
        documentId,
        blockId: block.id,
        blockIndex: top.index,
        withinBlock: top.within,
        textOffset: textOffsetAt(doc.blocks, top.index, top.within),
        percent: percentRead,
        updatedAt: Date.now(),
      })
    }
    const onScroll = () => {
      clearTimeout(timer)
      timer = setTimeout(save, SAVE_DELAY_MS)
    }
    element.addEventListener('scroll', onScroll, { passive: true })
    window.addEventListener('pagehide', save)
    return () => {
      clearTimeout(timer)
      element.removeEventListener('scroll', onScroll)
      window.removeEventListener('pagehide', save)
    }
  }, [doc, documentId, virtualizer])

  return (
    <div className="reader">
      <header className="app-bar">
        <button type="button" className="button" onClick={onClose}>
          ← Library
        </button>
        <h1 className="app-bar__title app-bar__title--document">{doc?.title ?? 'Opening…'}</h1>
      </header>
      {error && (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      )}
      <main
        ref={scroller}
        className="reader__scroller"
        aria-label="Document"
        tabIndex={0}
      >
        <article
          className={`reader__page${chinese ? ' reader__page--cjk' : ''}`}
          lang={doc?.language ?? (chinese ? 'zh' : 'en')}
          style={{ height: virtualizer.getTotalSize() }}
        >
          {virtualizer.getVirtualItems().map((item) => (
            <div
              key={item.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              className="reader__block"
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <BlockView block={blocks[item.index]!} />
            </div>
          ))}
        </article>
      </main>
      <footer className="status-line" aria-label="Reading status">
        <span>{doc ? `${Math.floor(percent)}% read` : ''}</span>
      </footer>
    </div>
  )
}
