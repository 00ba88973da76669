/**
 * Highlights, notes and bookmarks inside the reader: wires the selection toolbar, the popover,
 * the panels, the painter and the shortcuts to the reader's navigation API and the database.
 */
import { useEffect, useMemo, useRef, useState } from 'react'
import { documentText } from '../../../shared/assemble-document'
import type { ParsedDocument } from '../../../shared/document-model'
import { describe, quoteSelector } from '../anchoring/describe'
import { marginDb } from '../db/margin-db'
import type { AnnotationRecord, BookmarkRecord, HighlightColor } from '../db/schema'
import {
  ReaderSlot,
  useReaderNavigation,
  useReaderViewport,
  type ReaderNavigation,
} from '../reader/reader-navigation'
import {
  createAnchorCache,
  inReadingOrder,
  overlapping,
  type PlacedAnnotation,
  type PlacedBookmark,
} from './anchored-annotations'
import {
  createAnnotation,
  deleteAnnotation,
  restoreAnnotation,
  updateAnnotation,
} from './annotation-store'
import { shortcutFor } from './annotation-shortcuts'
import { AnnotationPopover } from './AnnotationPopover'
import { AnnotationsPanel } from './AnnotationsPanel'
import { blockAt, bookmarksAtPosition } from './bookmark-position'
import { createBookmark, deleteBookmark, restoreBookmark, updateBookmark } from './bookmark-store'
import { BookmarksPanel } from './BookmarksPanel'
import { citeQuote, sectionAt } from './citation'
import { copyText } from './copy-text'
import { LoadingHighlights } from './LoadingHighlights'
import { SelectionToolbar } from './SelectionToolbar'
import { useDocumentAnnotations, useDocumentBookmarks } from './use-annotations'
import { useHighlightPainter } from './use-highlight-painter'
import {
  isInPage,
  readPageSelection,
  usePageSelection,
  type PageSelection,
} from './use-page-selection'
import './annotations.css'

/** Characters of text a bookmark keeps after its place, to find it again in a changed document. */
const BOOKMARK_QUOTE = 32

type Undoable =
  { kind: 'annotation'; record: AnnotationRecord } | { kind: 'bookmark'; record: BookmarkRecord }
type Popover = { id: string; x: number; y: number; editing: boolean }

function caretOffset(navigation: ReaderNavigation, x: number, y: number): number | null {
  const position = document.caretPositionFromPoint?.(x, y)
  if (position) return navigation.textOffsetAt(position.offsetNode, position.offset)
  const range = document.caretRangeFromPoint?.(x, y)
  return range ? navigation.textOffsetAt(range.startContainer, range.startOffset) : null
}

export function AnnotationsExtension() {
  const navigation = useReaderNavigation()
  if (navigation.document)
    return <AnnotationsLayer navigation={navigation} doc={navigation.document} />
  return navigation.loaded ? (
    <LoadingHighlights navigation={navigation} loaded={navigation.loaded} />
  ) : null
}

function AnnotationsLayer({
  navigation,
  doc,
}: {
  navigation: ReaderNavigation
  doc: ParsedDocument
}) {
  const db = marginDb()
  const { visible } = useReaderViewport()
  const text = useMemo(() => documentText(doc.blocks), [doc])
  const records = useDocumentAnnotations(navigation.documentId)
  const bookmarkRecords = useDocumentBookmarks(navigation.documentId)
  const placeAnnotations = useMemo(() => createAnchorCache(text), [text])
  const placeBookmarks = useMemo(() => createAnchorCache(text), [text])
  const placed = useMemo(
    () => (records ? placeAnnotations(records) : []),
    [records, placeAnnotations],
  )
  const sorted = useMemo(() => inReadingOrder(placed), [placed])
  const longest = useMemo(
    () => sorted.reduce((max, p) => Math.max(max, p.anchor!.end - p.anchor!.start), 0),
    [sorted],
  )
  const bookmarks = useMemo<PlacedBookmark[]>(() => {
    const all = bookmarkRecords ? placeBookmarks(bookmarkRecords) : []
    return [...inReadingOrder(all), ...all.filter((b) => !b.anchor)]
  }, [bookmarkRecords, placeBookmarks])

  const selection = usePageSelection(navigation)
  const [panel, setPanel] = useState<'annotations' | 'bookmarks' | null>(null)
  const [activeId, setActiveId] = useState<string | null>(null)
  const [popover, setPopover] = useState<Popover | null>(null)
  const [lastColor, setLastColor] = useState<HighlightColor>('yellow')
  const [undo, setUndo] = useState<Undoable | null>(null)
  const [notice, setNotice] = useState<string | null>(null)

  useHighlightPainter(navigation, visible, sorted, activeId)

  // Here = the reading position (top of the view), as Ctrl+D and the ☆ button understand it.
  const bookmarksHere = useMemo(
    () => (visible ? bookmarksAtPosition(bookmarks, doc.blocks, visible.startOffset) : []),
    [bookmarks, doc.blocks, visible],
  )

  // v1 bookmarks knew only their offset: give them a quote now that the text is at hand.
  useEffect(() => {
    for (const { record, anchor } of bookmarks) {
      if (anchor && !quoteSelector(record.selectors)) {
        void updateBookmark(db, record.id, {
          selectors: describe(
            text,
            anchor.start,
            Math.min(text.length, anchor.start + BOOKMARK_QUOTE),
          ),
        })
      }
    }
  }, [bookmarks, db, text])

  const actions = {
    async annotate(
      color: HighlightColor | null,
      style: AnnotationRecord['style'],
      withNote: boolean,
      span?: PageSelection | null,
    ) {
      const chosen = span ?? readPageSelection(navigation)
      if (!chosen) return
      const record = await createAnnotation(db, {
        documentId: navigation.documentId,
        blockId: blockAt(doc.blocks, chosen.start)?.id ?? '',
        selectors: describe(text, chosen.start, chosen.end),
        color: color ?? lastColor,
        style,
      })
      if (color) setLastColor(color)
      document.getSelection()?.removeAllRanges()
      if (withNote) {
        setActiveId(record.id)
        setPopover({
          id: record.id,
          x: chosen.rect.left + chosen.rect.width / 2,
          y: chosen.rect.bottom,
          editing: true,
        })
      }
    },
    async copy(cite: boolean, span?: { start: number; end: number } | null) {
      const chosen = span ?? readPageSelection(navigation)
      if (!chosen) return
      const quote = text.slice(chosen.start, chosen.end)
      const copied = cite
        ? citeQuote(quote, {
            title: doc.title,
            author: doc.author,
            section: sectionAt(doc.blocks, doc.outline, chosen.start),
            percent: text.length ? (chosen.start / text.length) * 100 : 0,
          })
        : quote
      await copyText(copied)
      setNotice(cite ? 'Copied with citation.' : 'Copied.')
    },
    async remove(record: AnnotationRecord) {
      const removed = await deleteAnnotation(db, record.id)
      setPopover(null)
      setActiveId(null)
      if (removed) setUndo({ kind: 'annotation', record: removed })
    },
    async toggleBookmark() {
      if (!visible) return
      const here = bookmarksHere[0]
      if (here) {
        const removed = await deleteBookmark(db, here.record.id)
        if (removed) setUndo({ kind: 'bookmark', record: removed })
        return
      }
      const offset = Math.min(visible.startOffset, text.length)
      await createBookmark(db, {
        documentId: navigation.documentId,
        blockId: blockAt(doc.blocks, offset)?.id ?? '',
        textOffset: offset,
        selectors: describe(text, offset, Math.min(text.length, offset + BOOKMARK_QUOTE)),
      })
      setNotice('Bookmarked.')
    },
    async undo() {
      if (!undo) return
      setUndo(null)
      if (undo.kind === 'annotation') await restoreAnnotation(db, undo.record)
      else await restoreBookmark(db, undo.record)
    },
    async reattach(record: AnnotationRecord) {
      const chosen = readPageSelection(navigation)
      if (!chosen) return
      await updateAnnotation(db, record.id, {
        selectors: describe(text, chosen.start, chosen.end),
        blockId: blockAt(doc.blocks, chosen.start)?.id ?? '',
      })
      document.getSelection()?.removeAllRanges()
    },
  }

  // The handlers below read the newest state through this ref, so they are bound once.
  const latest = useRef({ actions, visible, sorted, longest, undo })
  useEffect(() => {
    latest.current = { actions, visible, sorted, longest, undo }
  })

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return
      const target = event.target instanceof Element ? event.target : null
      if (target?.closest('input, textarea, select, [contenteditable="true"], [role="dialog"]'))
        return
      const current = readPageSelection(navigation)
      const action = shortcutFor(event, current !== null)
      if (!action) return
      const { actions: act, visible: view } = latest.current
      switch (action.kind) {
        case 'highlight':
          void act.annotate(action.color, 'highlight', false, current)
          break
        case 'underline':
          void act.annotate(null, 'underline', false, current)
          break
        case 'note':
          void act.annotate(null, 'highlight', true, current)
          break
        case 'copy':
        case 'cite':
          void act.copy(action.kind === 'cite', current)
          break
        case 'bookmark':
          void act.toggleBookmark()
          break
        case 'undo':
          if (!latest.current.undo) return
          void act.undo()
          break
        case 'dismiss':
          document.getSelection()?.removeAllRanges()
          break
        case 'extend': {
          const selection = document.getSelection()
          const inPage =
            isInPage(document.activeElement) || (selection && isInPage(selection.focusNode))
          if (!selection || !inPage) return
          if (!selection.rangeCount || !isInPage(selection.focusNode)) {
            const start = view ? navigation.rangeForText(view.startOffset, view.startOffset) : null
            if (!start) return
            selection.collapse(start.startContainer, start.startOffset)
          }
          selection.modify('extend', action.direction, action.granularity)
          break
        }
      }
      event.preventDefault()
      event.stopPropagation()
    }
    window.addEventListener('keydown', onKeyDown, true)
    return () => window.removeEventListener('keydown', onKeyDown, true)
  }, [navigation])

  // A click on highlighted text opens its popover (highlights are painted, so they get no events of their own).
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const target = event.target instanceof Node ? event.target : null
      if (!isInPage(target)) return
      const selection = document.getSelection()
      if (selection && !selection.isCollapsed) return
      const offset = caretOffset(navigation, event.clientX, event.clientY)
      const { sorted: items, longest: span } = latest.current
      const hits =
        offset === null
          ? []
          : overlapping(items, offset, offset + 1, span).filter(
              (p) => p.anchor!.start <= offset! && offset! < p.anchor!.end,
            )
      hits.sort((a, b) => a.anchor!.end - a.anchor!.start - (b.anchor!.end - b.anchor!.start))
      const hit = hits[0]
      setPopover(
        hit ? { id: hit.record.id, x: event.clientX, y: event.clientY, editing: false } : null,
      )
      setActiveId(hit?.record.id ?? null)
    }
    document.addEventListener('click', onClick)
    return () => document.removeEventListener('click', onClick)
  }, [navigation])

  useEffect(() => {
    if (!notice) return
    const timer = setTimeout(() => setNotice(null), 2500)
    return () => clearTimeout(timer)
  }, [notice])

  const popoverRecord = popover ? records?.find((r) => r.id === popover.id) : undefined
  const jump = (item: PlacedAnnotation) => {
    setActiveId(item.record.id)
    navigation.jumpToOffset(item.anchor!.start)
  }

  return (
    <>
      <ReaderSlot name="toolbar">
        <button
          type="button"
          className="button"
          aria-pressed={panel === 'annotations'}
          onClick={() => setPanel(panel === 'annotations' ? null : 'annotations')}
        >
          Annotations{records && records.length > 0 ? ` (${records.length})` : ''}
        </button>
        <button
          type="button"
          className="button"
          aria-pressed={panel === 'bookmarks'}
          onClick={() => setPanel(panel === 'bookmarks' ? null : 'bookmarks')}
        >
          Bookmarks
        </button>
        <button
          type="button"
          className="button bookmark-toggle"
          aria-pressed={bookmarksHere.length > 0}
          aria-label={bookmarksHere.length > 0 ? 'Remove bookmark here' : 'Bookmark this place'}
          title="Ctrl+D / ⌘D"
          onClick={() => void actions.toggleBookmark()}
        >
          {bookmarksHere.length > 0 ? '★' : '☆'}
        </button>
      </ReaderSlot>
      {panel === 'annotations' && (
        <ReaderSlot name="side-panel">
          <AnnotationsPanel
            placed={placed}
            activeId={activeId}
            canReattach={selection !== null}
            onJump={jump}
            onReattach={(record) => void actions.reattach(record)}
            onClose={() => setPanel(null)}
          />
        </ReaderSlot>
      )}
      {panel === 'bookmarks' && (
        <ReaderSlot name="side-panel">
          <BookmarksPanel
            placed={bookmarks}
            excerpt={(item) =>
              item.anchor
                ? text.slice(item.anchor.start, item.anchor.start + 60).replaceAll('\n', ' ')
                : ''
            }
            onJump={(item) => item.anchor && navigation.jumpToOffset(item.anchor.start)}
            onDelete={(record) =>
              void deleteBookmark(db, record.id).then(
                (removed) => removed && setUndo({ kind: 'bookmark', record: removed }),
              )
            }
            onClose={() => setPanel(null)}
          />
        </ReaderSlot>
      )}
      {selection && !popover && (
        <SelectionToolbar
          selection={selection}
          actions={{
            highlight: (color) => void actions.annotate(color, 'highlight', false),
            underline: () => void actions.annotate(null, 'underline', false),
            note: () => void actions.annotate(null, 'highlight', true),
            copy: () => void actions.copy(false),
            cite: () => void actions.copy(true),
          }}
        />
      )}
      {popover && popoverRecord && (
        <AnnotationPopover
          key={popover.id}
          record={popoverRecord}
          at={popover}
          startEditing={popover.editing}
          onDelete={(record) => void actions.remove(record)}
          onCopy={(record) => {
            const found = placed.find((p) => p.record.id === record.id)?.anchor
            void actions.copy(false, found ?? null)
          }}
          onClose={() => {
            setPopover(null)
            navigation.focusText()
          }}
        />
      )}
      {(undo || notice) && (
        <div className="annotation-toast" role="status">
          {undo ? (
            <>
              <span>{undo.kind === 'annotation' ? 'Highlight deleted.' : 'Bookmark removed.'}</span>
              <button
                type="button"
                className="button button--small"
                onClick={() => void actions.undo()}
              >
                Undo
              </button>
              <button
                type="button"
                className="button button--small"
                aria-label="Dismiss"
                onClick={() => setUndo(null)}
              >
                ×
              </button>
            </>
          ) : (
            <span>{notice}</span>
          )}
        </div>
      )}
    </>
  )
}
