import { useVirtualizer } from '@tanstack/react-virtual'
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { ReaderSlot, useReaderNavigation, useReaderViewport } from '../reader/reader-navigation'
import { firstMatchFrom } from './find-matches'
import { groupBySection, sectionsOf } from './group-by-section'
import { matchContext } from './match-context'
import { MATCH_LIMIT, useDocumentSearch, type SearchResult } from './use-document-search'
import { useSearchHighlights } from './use-search-highlights'
import './search.css'

const numbers = new Intl.NumberFormat()

function isFindShortcut(event: globalThis.KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'f'
}

/** In-document search: Ctrl/Cmd+F, a results list by section, next/previous, hits highlighted in the text. */
export function SearchPanel() {
  const navigation = useReaderNavigation()
  const { visible } = useReaderViewport()
  const doc = navigation.document
  const [open, setOpen] = useState(false)
  const [current, setCurrent] = useState(-1)
  const input = useRef<HTMLInputElement>(null)
  // Where the view was when the search began: the first match from there is the first one shown.
  const origin = useRef(0)
  const visibleRef = useRef(visible)
  useEffect(() => {
    visibleRef.current = visible
  }, [visible])

  const onResult = useCallback(
    (found: SearchResult | null) => {
      if (!found || found.starts.length === 0) return setCurrent(-1)
      const first = firstMatchFrom(found.starts, origin.current)
      const match = first < found.starts.length ? first : 0
      setCurrent(match)
      navigation.jumpToOffset(found.starts[match]!)
    },
    [navigation],
  )
  const { query, setQuery, result } = useDocumentSearch(doc, open, onResult)

  const goTo = useCallback(
    (match: number) => {
      const start = result?.starts[match]
      if (start === undefined) return
      setCurrent(match)
      navigation.jumpToOffset(start)
    },
    [navigation, result],
  )

  const step = useCallback(
    (direction: 1 | -1) => {
      const count = result?.starts.length ?? 0
      if (count === 0) return
      goTo(current < 0 ? 0 : (current + direction + count) % count)
    },
    [current, goTo, result],
  )

  const openSearch = useCallback(() => {
    origin.current = visibleRef.current?.startOffset ?? 0
    setOpen(true)
    requestAnimationFrame(() => {
      input.current?.focus()
      input.current?.select()
    })
  }, [])
  const close = useCallback(() => {
    setOpen(false)
    navigation.focusText()
  }, [navigation])

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.defaultPrevented) return
      if (isFindShortcut(event)) {
        event.preventDefault()
        openSearch()
      } else if (event.key === 'F3' && open) {
        event.preventDefault()
        step(event.shiftKey ? -1 : 1)
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [open, openSearch, step])

  const onInputKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault()
      step(event.shiftKey ? -1 : 1)
    } else if (event.key === 'Escape') {
      event.preventDefault()
      close()
    }
  }

  useSearchHighlights(navigation, doc, open ? visible : null, result, current)

  const count = result?.starts.length ?? 0
  const summary = !result
    ? ''
    : result.total === 0
      ? 'No matches'
      : `${current >= 0 ? `${numbers.format(current + 1)} of ` : ''}${numbers.format(result.total)} match${result.total === 1 ? '' : 'es'}` +
        (result.total > MATCH_LIMIT ? ` (first ${numbers.format(MATCH_LIMIT)} listed)` : '')

  return (
    <>
      <ReaderSlot name="toolbar">
        <button
          type="button"
          className="button"
          aria-expanded={open}
          aria-keyshortcuts="Control+F Meta+F"
          title="Search in this document (Ctrl+F)"
          onClick={() => (open ? close() : openSearch())}
        >
          Search
        </button>
      </ReaderSlot>
      {open && doc && (
        <ReaderSlot name="side-panel">
          <section
            className="search-panel"
            aria-label="Search in document"
            onKeyDown={(e) => e.key === 'Escape' && close()}
          >
            <div className="search-panel__bar">
              <input
                ref={input}
                type="search"
                className="search-panel__input"
                aria-label="Find in document"
                placeholder="Find in document"
                value={query}
                onChange={(e) => setQuery(e.target.value)}
                onKeyDown={onInputKey}
                spellCheck={false}
              />
              <button
                type="button"
                className="button search-panel__step"
                aria-label="Previous match"
                title="Previous match (Shift+Enter, Shift+F3)"
                disabled={count === 0}
                onClick={() => step(-1)}
              >
                ↑
              </button>
              <button
                type="button"
                className="button search-panel__step"
                aria-label="Next match"
                title="Next match (Enter, F3)"
                disabled={count === 0}
                onClick={() => step(1)}
              >
                ↓
              </button>
              <button
                type="button"
                className="button search-panel__step"
                aria-label="Close search"
                title="Close (Escape)"
                onClick={close}
              >
                ✕
              </button>
            </div>
            <p
              className="search-panel__summary"
              role="status"
              data-search-milliseconds={result ? result.milliseconds.toFixed(2) : undefined}
            >
              {summary}
            </p>
            {result && count > 0 && (
              <ResultList result={result} current={current} onChoose={goTo} />
            )}
          </section>
        </ReaderSlot>
      )}
    </>
  )
}

function ResultList({
  result,
  current,
  onChoose,
}: {
  result: SearchResult
  current: number
  onChoose: (match: number) => void
}) {
  const { document: doc } = useReaderNavigation()
  const blocks = useMemo(() => doc?.blocks ?? [], [doc])
  const sections = useMemo(() => sectionsOf(blocks, doc?.outline ?? []), [blocks, doc])
  const rows = useMemo(
    () => groupBySection(blocks, sections, result.starts, 'Before the first section'),
    [blocks, sections, result],
  )
  const rowOfMatch = useMemo(() => {
    const positions = new Int32Array(result.starts.length)
    rows.forEach((row, index) => {
      if (row.kind === 'match') positions[row.match] = index
    })
    return positions
  }, [rows, result])
  const scroller = useRef<HTMLDivElement>(null)
  // eslint-disable-next-line react-hooks/incompatible-library -- Margin does not use the React Compiler
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => (rows[i]?.kind === 'section' ? 34 : 52),
    overscan: 8,
  })

  useEffect(() => {
    if (current >= 0 && current < rowOfMatch.length)
      virtualizer.scrollToIndex(rowOfMatch[current]!, { align: 'auto' })
  }, [current, rowOfMatch, virtualizer])

  return (
    <div ref={scroller} className="search-results" role="list" aria-label="Search results">
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index]!
          return (
            <div
              key={item.key}
              role="listitem"
              data-index={item.index}
              ref={virtualizer.measureElement}
              className="search-results__row"
              style={{ transform: `translateY(${item.start}px)` }}
            >
              {row.kind === 'section' ? (
                <p className="search-results__section">
                  {row.title}{' '}
                  <span className="search-results__count">{numbers.format(row.count)}</span>
                </p>
              ) : (
                <MatchRow
                  match={row.match}
                  blockIndex={row.blockIndex}
                  result={result}
                  current={row.match === current}
                  onChoose={onChoose}
                />
              )}
            </div>
          )
        })}
      </div>
    </div>
  )
}

function MatchRow({
  match,
  blockIndex,
  result,
  current,
  onChoose,
}: {
  match: number
  blockIndex: number
  result: { starts: Int32Array; length: number }
  current: boolean
  onChoose: (match: number) => void
}) {
  const { document: doc } = useReaderNavigation()
  const context = matchContext(
    doc?.blocks ?? [],
    result.starts[match]!,
    result.length,
    18,
    blockIndex,
  )
  return (
    <button
      type="button"
      className="search-result"
      aria-current={current ? 'true' : undefined}
      onClick={() => onChoose(match)}
    >
      {context.clippedBefore && '…'}
      {context.before}
      <mark className="search-result__hit">{context.hit}</mark>
      {context.after}
      {context.clippedAfter && '…'}
    </button>
  )
}
