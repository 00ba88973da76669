import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react'
import type { OutlineEntry } from '../../../shared/document-model'
import { ancestorsOf, nestOutline, treeKeyMove, visibleRows } from './outline-tree'

interface OutlineSidebarProps {
  outline: readonly OutlineEntry[]
  /** Flat index of the section being read, -1 for none. */
  currentIndex: number
  onGo: (entry: OutlineEntry) => void
  /** Opens the corrections of an entry (right click, Shift+F10 or the context-menu key). */
  onCorrect?: (entry: OutlineEntry, at: { x: number; y: number }) => void
}

/**
 * The table of contents as a tree (WAI-ARIA tree pattern: one tab stop, arrows move, Right and
 * Left open and close, Enter goes), nested where the document nests, following the reading position.
 */
export function OutlineSidebar({ outline, currentIndex, onGo, onCorrect }: OutlineSidebarProps) {
  const tree = useMemo(() => nestOutline(outline), [outline])
  const [closed, setClosed] = useState<ReadonlySet<number>>(() => new Set())
  const [focusIndex, setFocusIndex] = useState<number | null>(null)
  const list = useRef<HTMLDivElement>(null)
  const moved = useRef(false)

  // The section being read shows: its ancestors open as reading reaches it (state adjusted while
  // rendering, as React advises for state that follows a prop).
  const [openedFor, setOpenedFor] = useState<number | null>(null)
  if (openedFor !== currentIndex) {
    setOpenedFor(currentIndex)
    const ancestors = ancestorsOf(outline, currentIndex)
    if (ancestors.some((i) => closed.has(i))) {
      setClosed(new Set([...closed].filter((i) => !ancestors.includes(i))))
    }
  }

  const rows = useMemo(() => visibleRows(tree, (index) => !closed.has(index)), [tree, closed])
  const rowOf = (index: number | null) => rows.findIndex((row) => row.node.index === index)
  // The one tab stop: the focused entry, else the current one, else the first.
  const tabRow = Math.max(0, rowOf(focusIndex) >= 0 ? rowOf(focusIndex) : rowOf(currentIndex))

  useEffect(() => {
    list.current?.querySelector('[aria-current="location"]')?.scrollIntoView({ block: 'nearest' })
  }, [currentIndex])

  useEffect(() => {
    if (!moved.current) return
    moved.current = false
    list.current?.querySelector<HTMLElement>('[role="treeitem"][tabindex="0"]')?.focus()
  }, [tabRow])

  const setOpen = (index: number, open: boolean) =>
    setClosed((before) => {
      const next = new Set(before)
      if (open) next.delete(index)
      else next.add(index)
      return next
    })

  function onKeyDown(event: KeyboardEvent, at: number) {
    const row = rows[at]!
    if (onCorrect && (event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey))) {
      event.preventDefault()
      const box = (event.currentTarget as HTMLElement).getBoundingClientRect()
      onCorrect(row.node.entry, { x: box.left + 24, y: box.bottom })
      return
    }
    const move = treeKeyMove(rows, at, event.key)
    if (!move) return
    event.preventDefault()
    if (move.kind === 'focus') {
      moved.current = true
      setFocusIndex(rows[move.row]!.node.index)
    } else if (move.kind === 'expand' || move.kind === 'collapse') {
      setOpen(move.index, move.kind === 'expand')
    } else onGo(outline[move.index]!)
  }

  function onContextMenu(event: MouseEvent, entry: OutlineEntry) {
    if (!onCorrect) return
    event.preventDefault()
    onCorrect(entry, { x: event.clientX, y: event.clientY })
  }

  return (
    <nav className="outline" aria-label="Outline">
      <h2 className="outline__heading" id="outline-heading">
        Contents
      </h2>
      {outline.length === 0 ? (
        <p className="outline__empty">This document has no chapters or headings.</p>
      ) : (
        <div ref={list} role="tree" aria-labelledby="outline-heading" className="outline__tree">
          {rows.map((row, at) => {
            const { entry, index } = row.node
            const current = index === currentIndex
            return (
              <div
                key={index}
                role="treeitem"
                aria-level={row.depth}
                aria-expanded={row.expanded ?? undefined}
                aria-selected={current}
                aria-current={current ? 'location' : undefined}
                tabIndex={at === tabRow ? 0 : -1}
                className={`outline__entry outline__row--level-${Math.min(entry.level, 4)}${current ? ' outline__entry--current' : ''}`}
                style={{ paddingInlineStart: `${0.3 + (row.depth - 1) * 0.9}rem` }}
                onClick={() => {
                  setFocusIndex(index)
                  onGo(entry)
                }}
                onKeyDown={(event) => onKeyDown(event, at)}
                onContextMenu={(event) => onContextMenu(event, entry)}
              >
                {/* The arrow is drawn by CSS: the entry's text stays its title alone. */}
                <span
                  className={`outline__toggle${row.expanded === null ? '' : row.expanded ? ' outline__toggle--open' : ' outline__toggle--closed'}`}
                  aria-hidden="true"
                  onClick={(event) => {
                    if (row.expanded === null) return
                    event.stopPropagation()
                    setOpen(index, !row.expanded)
                  }}
                />
                <span className="outline__title">{entry.title}</span>
              </div>
            )
          })}
        </div>
      )}
    </nav>
  )
}
