import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { Block, ParsedDocument } from '../../../shared/document-model'
import { unwrap } from '../bridge/call-margin'
import { marginDb } from '../db/margin-db'
import { loadProgress, saveProgress } from '../db/reading-progress'
import { isMostlyChinese } from './document-language'
import { ReaderPage, type ReaderPageHandle } from './ReaderPage'
import { READER_EXTENSIONS } from './reader-extensions'
import {
  createSlotRegistry,
  ReaderNavigationContext,
  ReaderSlotsContext,
  ReaderViewportContext,
  type ReaderNavigation,
  type VisibleRange,
} from './reader-navigation'
import {
  blockIndexAtOffset,
  documentLength,
  offsetOfPercent,
  restoredOffset,
} from './reading-position'

const SAVE_DELAY_MS = 400

function estimateBlockHeight(block: Block): number {
  // About 36 CJK characters a line at the default measure, 1.9em line height.
  return 24 + Math.ceil(Math.max(1, block.text.length) / 36) * 34
}

const keepText = (text: string) => text

export function ReaderView({ documentId, onClose }: { documentId: string; onClose: () => void }) {
  const [doc, setDoc] = useState<ParsedDocument | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [visible, setVisible] = useState<VisibleRange | null>(null)
  const pageHandle = useRef<ReaderPageHandle>(null)
  const restored = useRef(false)
  const slots = useMemo(() => createSlotRegistry(), [])

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

  // Put the saved position back once the document is in.
  useEffect(() => {
    if (!doc) return
    let cancelled = false
    void loadProgress(marginDb(), documentId).then(async (saved) => {
      if (cancelled) return
      if (saved && doc.blocks.length > 0)
        await pageHandle.current?.jumpToOffset(restoredOffset(doc.blocks, saved))
      restored.current = true
    })
    return () => {
      cancelled = true
    }
  }, [doc, documentId])

  // Save the position a moment after scrolling stops, and when leaving.
  const latest = useRef<VisibleRange | null>(null)
  const saveTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const save = useCallback(() => {
    const view = latest.current
    if (!doc || !view || !restored.current) return
    const index = blockIndexAtOffset(doc.blocks, view.startOffset)
    const block = doc.blocks[index]!
    void saveProgress(marginDb(), {
      documentId,
      blockId: block.id,
      blockIndex: index,
      withinBlock: block.text.length > 0 ? (view.startOffset - block.start) / block.text.length : 0,
      textOffset: view.startOffset,
      percent: view.percent,
      updatedAt: Date.now(),
    })
  }, [doc, documentId])
  const onView = useCallback(
    (view: VisibleRange) => {
      latest.current = view
      setVisible(view)
      clearTimeout(saveTimer.current)
      saveTimer.current = setTimeout(save, SAVE_DELAY_MS)
    },
    [save],
  )
  useEffect(() => {
    window.addEventListener('pagehide', save)
    return () => {
      clearTimeout(saveTimer.current)
      window.removeEventListener('pagehide', save)
    }
  }, [save])

  const navigation = useMemo<ReaderNavigation>(() => {
    const jumpToOffset = (offset: number) => void pageHandle.current?.jumpToOffset(offset)
    return {
      documentId,
      document: doc,
      chars: documentLength(blocks),
      jumpToOffset,
      jumpToBlock(blockId, offsetInBlock = 0) {
        const block = blocks.find((b) => b.id === blockId)
        if (block) jumpToOffset(block.start + Math.min(offsetInBlock, block.text.length))
      },
      jumpToPercent: (percent) => jumpToOffset(offsetOfPercent(blocks, percent)),
      rangeForText: (start, end) => pageHandle.current?.rangeForText(start, end) ?? null,
      textOffsetAt: (node, offset) => pageHandle.current?.textOffsetAt(node, offset) ?? null,
      overlayOrigin: () => pageHandle.current?.overlayOrigin() ?? null,
      focusText: () => pageHandle.current?.focus(),
    }
  }, [documentId, doc, blocks])
  const viewport = useMemo(() => ({ visible }), [visible])

  return (
    <ReaderNavigationContext.Provider value={navigation}>
      <ReaderViewportContext.Provider value={viewport}>
        <ReaderSlotsContext.Provider value={slots}>
          <div className="reader">
            <header className="app-bar">
              <button type="button" className="button" onClick={onClose}>
                ← Library
              </button>
              <h1 className="app-bar__title app-bar__title--document">
                {doc?.title ?? 'Opening…'}
              </h1>
              <div className="reader__toolbar" ref={slots.ref('toolbar')} />
            </header>
            {error && (
              <p className="notice notice--error" role="alert">
                {error}
              </p>
            )}
            <div className="reader__body">
              {doc ? (
                <ReaderPage
                  doc={doc}
                  display={keepText}
                  vertical={false}
                  chinese={chinese}
                  estimate={estimateBlockHeight}
                  layoutKey=""
                  onView={onView}
                  overlayRef={slots.ref('overlay')}
                  handle={pageHandle}
                />
              ) : (
                <main className="reader__scroller" aria-label="Document" aria-busy="true" />
              )}
              <div className="reader__side-panel" ref={slots.ref('side-panel')} />
            </div>
            <footer className="status-line" aria-label="Reading status">
              <span>{visible ? `${Math.floor(visible.percent)}% read` : ''}</span>
              <span ref={slots.ref('status')} />
            </footer>
            {READER_EXTENSIONS.map(({ id, Component }) => (
              <Component key={id} />
            ))}
          </div>
        </ReaderSlotsContext.Provider>
      </ReaderViewportContext.Provider>
    </ReaderNavigationContext.Provider>
  )
}
