import {
  memo,
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
} from 'react'
import type { Block, OutlineEntry, ParsedDocument } from '../../../shared/document-model'
import { marginDb } from '../db/margin-db'
import { loadProgress, saveProgress } from '../db/reading-progress'
import { canWriteVertically, settingsStyle, type ReaderSettings } from '../settings/reader-settings'
import { SettingsDialog } from '../settings/SettingsDialog'
import { loadOutlineOpen, saveOutlineOpen } from '../settings/settings-store'
import { writingModeNote, type WritingMode } from '../settings/writing-mode-choice'
import { saveWritingModeChoice, useDocumentReaderSettings } from '../settings/writing-mode-store'
import { loadScriptConverter, type Convert } from './display-script'
import { isMostlyChinese } from './document-language'
import { GoToDialog } from './GoToDialog'
import { HelpDialog } from './HelpDialog'
import { OutlineCorrectionDialog } from './OutlineCorrectionDialog'
import { OutlineSidebar } from './OutlineSidebar'
import { outlineLocator } from './outline-position'
import { ReaderPage, type ReaderPageHandle } from './ReaderPage'
import { READER_EXTENSIONS } from './reader-extensions'
import { isOwnedByTarget, READER_SHORTCUTS, readerAction } from './reader-keys'
import {
  createSlotRegistry,
  ReaderNavigationContext,
  ReaderSlotsContext,
  ReaderViewportContext,
  type ReaderNavigation,
  type VisibleRange,
} from './reader-navigation'
import { charsPerMinute, formatTimeLeft, recordPosition, startPace } from './reading-pace'
import {
  blockIndexAtOffset,
  documentLength,
  offsetOfPercent,
  restoredOffset,
} from './reading-position'
import { useOpenDocument } from './use-open-document'

const SAVE_DELAY_MS = 400
const keepText: Convert = (text) => text

type Dialog = 'settings' | 'go-to' | 'help' | null
const NO_OUTLINE: OutlineEntry[] = []

// The reader re-renders on every scroll frame (status line); these re-render only when their props change.
const MemoReaderPage = memo(ReaderPage)
const MemoOutlineSidebar = memo(OutlineSidebar)

/** A size guess for a block before it is measured: lines of text at the current settings. */
function blockEstimator(
  settings: ReaderSettings,
  cjk: boolean,
  vertical: boolean,
  viewportHeight: number,
) {
  const line = settings.fontSize * settings.lineHeight
  const charsPerLine = vertical
    ? Math.max(8, Math.floor((viewportHeight - 96) / settings.fontSize))
    : Math.max(8, Math.floor(settings.textWidth * (cjk ? 1 : 2.1)))
  return (block: Block) => {
    const lines =
      Math.max(1, Math.ceil(block.text.length / charsPerLine)) + (block.type === 'heading' ? 2 : 0)
    return lines * line + settings.paragraphSpacing * settings.fontSize
  }
}

export function ReaderView({ documentId, onClose }: { documentId: string; onClose: () => void }) {
  const { doc, complete, error, replace } = useOpenDocument(documentId)
  const settings = useDocumentReaderSettings(documentId, doc?.writingMode)
  const [visible, setVisible] = useState<VisibleRange | null>(null)
  /** null until the last state is read back. */
  const [outlineOpen, setOutlineOpen] = useState<boolean | null>(null)
  /** The block whose table-of-contents corrections are open. */
  const [correcting, setCorrecting] = useState<string | null>(null)
  const [dialog, setDialog] = useState<Dialog>(null)
  const [convert, setConvert] = useState<{ script: string; run: Convert }>({
    script: 'original',
    run: keepText,
  })
  const pageHandle = useRef<ReaderPageHandle>(null)
  const restored = useRef(false)
  const [pace, setPace] = useState(startPace)
  const slots = useMemo(() => createSlotRegistry(), [])

  const blocks = useMemo(() => doc?.blocks ?? [], [doc])
  const outline = useMemo(() => doc?.outline ?? [], [doc])
  const chinese = useMemo(() => isMostlyChinese(blocks.slice(0, 200)), [blocks])
  const vertical = Boolean(
    settings &&
    settings.writingMode === 'vertical' &&
    canWriteVertically(doc?.language ?? null, chinese),
  )
  const script = settings?.script ?? 'original'

  useEffect(() => {
    let live = true
    void loadScriptConverter(script).then((run) => live && setConvert({ script, run }))
    return () => {
      live = false
    }
  }, [script])

  const blockIndexOf = useMemo(
    () => new Map(blocks.map((block, index) => [block.id, index])),
    [blocks],
  )

  // Put the saved position back once the block it names has arrived.
  useEffect(() => {
    if (!doc || !settings || restored.current) return
    let cancelled = false
    void loadProgress(marginDb(), documentId).then(async (saved) => {
      if (cancelled || restored.current) return
      if (saved && doc.blocks.length > 0) {
        if (
          !complete &&
          !blockIndexOf.has(saved.blockId) &&
          saved.textOffset > documentLength(doc.blocks)
        )
          return
        await pageHandle.current?.jumpToOffset(restoredOffset(doc.blocks, saved))
      }
      restored.current = true
    })
    return () => {
      cancelled = true
    }
  }, [doc, settings, complete, documentId, blockIndexOf])

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
      if (restored.current) {
        const sample = { at: Date.now(), offset: view.startOffset }
        setPace((before) => recordPosition(before, sample))
      }
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
      document: complete ? doc : null,
      loaded: doc,
      chars: documentLength(blocks),
      jumpToOffset,
      jumpToBlock(blockId, offsetInBlock = 0) {
        const block = blocks[blockIndexOf.get(blockId) ?? -1]
        if (block) jumpToOffset(block.start + Math.min(offsetInBlock, block.text.length))
      },
      jumpToPercent: (percent) => jumpToOffset(offsetOfPercent(blocks, percent)),
      rangeForText: (start, end) => pageHandle.current?.rangeForText(start, end) ?? null,
      textOffsetAt: (node, offset) => pageHandle.current?.textOffsetAt(node, offset) ?? null,
      overlayOrigin: () => pageHandle.current?.overlayOrigin() ?? null,
      focusText: () => pageHandle.current?.focus(),
    }
  }, [documentId, doc, complete, blocks, blockIndexOf])
  const viewport = useMemo(() => ({ visible }), [visible])

  const goToEntry = useCallback(
    (entry: OutlineEntry) => {
      navigation.jumpToBlock(entry.blockId)
      setDialog(null)
    },
    [navigation],
  )

  // The contents sidebar opens as it was left.
  useEffect(() => {
    let live = true
    void loadOutlineOpen(marginDb()).then((open) => live && setOutlineOpen(open))
    return () => {
      live = false
    }
  }, [])
  useEffect(() => {
    if (outlineOpen !== null) void saveOutlineOpen(marginDb(), outlineOpen)
  }, [outlineOpen])
  const toggleOutline = useCallback(() => setOutlineOpen((open) => !open), [])
  // A long outline renders after the first page of text.
  const shownOutline = useDeferredValue(outline, NO_OUTLINE)

  // Table-of-contents corrections: from a block's menu or an outline entry.
  const openBlockMenu = useCallback(
    (index: number) => setCorrecting(blocks[index]?.id ?? null),
    [blocks],
  )
  const correctEntry = useCallback((entry: OutlineEntry) => setCorrecting(entry.blockId), [])
  const onCorrected = useCallback(
    (corrected: ParsedDocument) => {
      replace(corrected) // same blocks and offsets: the reading position stays
      setCorrecting(null)
    },
    [replace],
  )
  const correctingBlock = correcting ? blocks[blockIndexOf.get(correcting) ?? -1] : undefined
  const newspaper = useMemo(
    () => blocks.slice(0, 400).some((b) => b.type === 'byline' || b.type === 'credit'),
    [blocks],
  )

  // The reader's keys, unless a field, a button or a dialog has them.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || dialog || correcting) return
      if (isOwnedByTarget(event.target, event.key)) return
      if ((event.key === 'F10' && event.shiftKey) || event.key === 'ContextMenu') {
        // The block menu of the block holding the selection, else of the text at the top.
        const selection = window.getSelection()
        const at = selection?.focusNode
          ? pageHandle.current?.textOffsetAt(selection.focusNode, selection.focusOffset)
          : null
        const offset = at ?? latest.current?.startOffset
        if (offset === undefined || blocks.length === 0) return
        event.preventDefault()
        openBlockMenu(blockIndexAtOffset(blocks, offset))
        return
      }
      const action = readerAction(event, vertical)
      const page = pageHandle.current
      if (!action || !page) return
      event.preventDefault()
      if (action.kind === 'page') page.scrollByPage(action.direction)
      else if (action.kind === 'line') page.scrollByLine(action.direction)
      else if (action.kind === 'edge') page.scrollToEdge(action.edge)
      else if (action.kind === 'toggle-outline') toggleOutline()
      else if (action.kind === 'open-settings') setDialog('settings')
      else if (action.kind === 'open-go-to') setDialog('go-to')
      else setDialog('help')
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [dialog, vertical, correcting, blocks, openBlockMenu, toggleOutline])

  const ownWritingMode = doc?.writingMode
  const chooseWritingMode = useCallback(
    (mode: WritingMode) => void saveWritingModeChoice(marginDb(), documentId, ownWritingMode, mode),
    [documentId, ownWritingMode],
  )

  const closeDialog = useCallback(() => {
    setDialog(null)
    pageHandle.current?.focus()
  }, [])

  const [viewportHeight] = useState(() => window.innerHeight)
  const estimate = useMemo(
    () => (settings ? blockEstimator(settings, chinese, vertical, viewportHeight) : () => 40),
    [settings, chinese, vertical, viewportHeight],
  )
  const layoutKey = settings
    ? [
        settings.font,
        settings.customFont,
        settings.fontSize,
        settings.lineHeight,
        settings.paragraphSpacing,
        settings.textWidth,
        settings.indent,
        vertical,
        convert.script,
      ].join('|')
    : ''
  const style = useMemo(
    () =>
      settings
        ? (settingsStyle(settings, { cjk: chinese, language: doc?.language }) as CSSProperties)
        : undefined,
    [settings, chinese, doc?.language],
  )

  const topIndex = visible ? blockIndexAtOffset(blocks, visible.startOffset) : 0
  const locateSection = useMemo(
    () => outlineLocator(outline, blockIndexOf),
    [outline, blockIndexOf],
  )
  const sectionIndex = locateSection(topIndex)
  const section = outline[sectionIndex]?.title
  const remaining = visible ? Math.max(0, documentLength(blocks) - visible.startOffset) : 0
  const speed = charsPerMinute(pace, chinese)
  const shortcuts = useMemo(
    () => [...READER_SHORTCUTS, ...READER_EXTENSIONS.flatMap((e) => e.shortcuts ?? [])],
    [],
  )

  return (
    <ReaderNavigationContext.Provider value={navigation}>
      <ReaderViewportContext.Provider value={viewport}>
        <ReaderSlotsContext.Provider value={slots}>
          <div
            className={`reader${vertical ? ' reader--vertical' : ''}${newspaper ? ' reader--newspaper' : ''}`}
            style={style}
          >
            <header className="app-bar">
              <button type="button" className="button" onClick={onClose}>
                ← Library
              </button>
              <h1 className="app-bar__title app-bar__title--document">
                {doc?.title ?? 'Opening…'}
              </h1>
              <div className="reader__toolbar" ref={slots.ref('toolbar')} />
              <div className="reader__toolbar" role="toolbar" aria-label="Reader">
                <button
                  type="button"
                  className="button"
                  aria-expanded={outlineOpen === true}
                  aria-controls="reader-outline"
                  aria-keyshortcuts="O"
                  title="Contents (O)"
                  onClick={toggleOutline}
                >
                  Contents
                </button>
                <button
                  type="button"
                  className="button"
                  aria-keyshortcuts="G"
                  title="Go to a percentage or a chapter (G)"
                  onClick={() => setDialog('go-to')}
                >
                  Go to
                </button>
                <button
                  type="button"
                  className="button"
                  aria-keyshortcuts="S"
                  title="Reading settings (S)"
                  onClick={() => setDialog('settings')}
                >
                  Aa Settings
                </button>
                <button
                  type="button"
                  className="button"
                  aria-keyshortcuts="?"
                  title="Keyboard shortcuts (?)"
                  onClick={() => setDialog('help')}
                >
                  Shortcuts
                </button>
              </div>
            </header>
            {error && (
              <p className="notice notice--error" role="alert">
                {error}
              </p>
            )}
            <div className="reader__body">
              {outlineOpen && (
                <div id="reader-outline" className="reader__outline">
                  <MemoOutlineSidebar
                    outline={shownOutline}
                    currentIndex={shownOutline === outline ? sectionIndex : -1}
                    onGo={goToEntry}
                    onCorrect={correctEntry}
                  />
                </div>
              )}
              {doc && settings ? (
                <MemoReaderPage
                  doc={doc}
                  documentId={documentId}
                  display={convert.run}
                  vertical={vertical}
                  chinese={chinese}
                  estimate={estimate}
                  layoutKey={layoutKey}
                  onView={onView}
                  overlayRef={slots.ref('overlay')}
                  handle={pageHandle}
                  onBlockMenu={openBlockMenu}
                />
              ) : (
                <main className="reader__scroller" aria-label="Document" aria-busy="true" />
              )}
              <div className="reader__side-panel" ref={slots.ref('side-panel')} />
            </div>
            <footer className="status-line" aria-label="Reading status">
              <span className="status-line__percent">
                {visible ? `${Math.round(visible.percent)}% read` : ''}
              </span>
              {section && <span className="status-line__section">{section}</span>}
              {visible && (
                <span
                  className="status-line__time"
                  title={
                    speed.measured
                      ? 'At your pace this session'
                      : 'At a typical pace, until Margin has measured yours'
                  }
                >
                  {formatTimeLeft(remaining / speed.cpm)} left{speed.measured ? '' : ' (est.)'}
                </span>
              )}
              {!complete && doc && <span className="status-line__loading">Loading the rest…</span>}
              <span ref={slots.ref('status')} />
            </footer>
            {dialog === 'settings' && settings && (
              <SettingsDialog
                settings={settings}
                cjk={canWriteVertically(doc?.language ?? null, chinese)}
                onClose={closeDialog}
                onWritingMode={chooseWritingMode}
                writingModeNote={writingModeNote(ownWritingMode)}
              />
            )}
            {dialog === 'go-to' && (
              <GoToDialog
                outline={outline}
                percent={visible?.percent ?? 0}
                onPercent={(p) => {
                  navigation.jumpToPercent(p)
                  closeDialog()
                }}
                onEntry={(entry) => {
                  goToEntry(entry)
                  pageHandle.current?.focus()
                }}
                onClose={closeDialog}
              />
            )}
            {dialog === 'help' && <HelpDialog shortcuts={shortcuts} onClose={closeDialog} />}
            {correctingBlock && (
              <OutlineCorrectionDialog
                documentId={documentId}
                block={correctingBlock}
                entry={outline.find((entry) => entry.blockId === correctingBlock.id)}
                onCorrected={onCorrected}
                onClose={() => setCorrecting(null)}
              />
            )}
            {READER_EXTENSIONS.map(({ id, Component }) => (
              <Component key={id} />
            ))}
          </div>
        </ReaderSlotsContext.Provider>
      </ReaderViewportContext.Provider>
    </ReaderNavigationContext.Provider>
  )
}
