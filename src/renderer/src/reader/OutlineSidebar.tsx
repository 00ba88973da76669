import { useEffect, useMemo, useRef, useState } from 'react'
import type { OutlineEntry } from '../../../shared/document-model'
import { ancestorsOf, nestOutline, type OutlineNode } from './outline-tree'

interface OutlineSidebarProps {
  outline: readonly OutlineEntry[]
  /** Flat index of the section being read, -1 for none. */
  currentIndex: number
  onGo: (entry: OutlineEntry) => void
}

/** The table of contents, nested where the document nests, following the reading position. */
export function OutlineSidebar({ outline, currentIndex, onGo }: OutlineSidebarProps) {
  const tree = useMemo(() => nestOutline(outline), [outline])
  const [collapsed, setCollapsed] = useState<ReadonlySet<number>>(() => new Set())
  const open = useMemo(() => new Set(ancestorsOf(outline, currentIndex)), [outline, currentIndex])
  const list = useRef<HTMLElement>(null)

  useEffect(() => {
    list.current?.querySelector('[aria-current="location"]')?.scrollIntoView({ block: 'nearest' })
  }, [currentIndex])

  const toggle = (index: number) =>
    setCollapsed((before) => {
      const next = new Set(before)
      if (!next.delete(index)) next.add(index)
      return next
    })

  const renderNodes = (nodes: OutlineNode[]) => (
    <ul className="outline__list">
      {nodes.map((node) => {
        const expanded = !collapsed.has(node.index) || open.has(node.index)
        const current = node.index === currentIndex
        return (
          <li key={node.index} className="outline__item">
            <div className={`outline__row outline__row--level-${Math.min(node.entry.level, 4)}`}>
              {node.children.length > 0 ? (
                <button
                  type="button"
                  className="outline__toggle"
                  aria-expanded={expanded}
                  aria-label={`${expanded ? 'Collapse' : 'Expand'} ${node.entry.title}`}
                  onClick={() => toggle(node.index)}
                >
                  {expanded ? '▾' : '▸'}
                </button>
              ) : (
                <span className="outline__toggle" aria-hidden="true" />
              )}
              <button
                type="button"
                className={`outline__entry${current ? ' outline__entry--current' : ''}`}
                aria-current={current ? 'location' : undefined}
                onClick={() => onGo(node.entry)}
              >
                {node.entry.title}
              </button>
            </div>
            {expanded && node.children.length > 0 && renderNodes(node.children)}
          </li>
        )
      })}
    </ul>
  )

  return (
    <nav ref={list} className="outline" aria-label="Outline">
      <h2 className="outline__heading">Contents</h2>
      {outline.length === 0 ? (
        <p className="outline__empty">This document has no chapters or headings.</p>
      ) : (
        renderNodes(tree)
      )}
    </nav>
  )
}
