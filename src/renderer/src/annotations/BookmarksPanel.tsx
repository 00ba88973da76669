import { useState } from 'react'
import { marginDb } from '../db/margin-db'
import type { BookmarkRecord } from '../db/schema'
import type { PlacedBookmark } from './anchored-annotations'
import { updateBookmark } from './bookmark-store'
import { SidePanelHeader } from './SidePanelHeader'

interface Props {
  placed: readonly PlacedBookmark[]
  /** The passage a bookmark points at, for its preview. */
  excerpt(item: PlacedBookmark): string
  onJump(item: PlacedBookmark): void
  onDelete(record: BookmarkRecord): void
  onClose(): void
}

function BookmarkName({ record }: { record: BookmarkRecord }) {
  const [label, setLabel] = useState(record.label)
  const save = () => {
    if (label.trim() !== record.label)
      void updateBookmark(marginDb(), record.id, { label: label.trim() })
  }
  return (
    <input
      className="bookmark__name"
      aria-label="Bookmark name"
      placeholder="Name (optional)"
      value={label}
      onChange={(event) => setLabel(event.target.value)}
      onBlur={save}
      onKeyDown={(event) => event.key === 'Enter' && save()}
    />
  )
}

/** The document's bookmarks in reading order; each jumps to its place. */
export function BookmarksPanel({ placed, excerpt, onJump, onDelete, onClose }: Props) {
  return (
    <aside className="side-panel" aria-label="Bookmarks">
      <SidePanelHeader
        title="Bookmarks"
        count={placed.length}
        closeLabel="Close bookmarks"
        onClose={onClose}
      />
      {placed.length === 0 && (
        <p className="side-panel__empty">
          Press Ctrl+D (⌘D) to bookmark the place you are reading.
        </p>
      )}
      <ol className="bookmark-list" aria-label="Bookmarks in this document">
        {placed.map((item) => (
          <li key={item.record.id} className="bookmark">
            <BookmarkName record={item.record} />
            <button
              type="button"
              className="bookmark__go"
              onClick={() => onJump(item)}
              disabled={!item.anchor}
            >
              {item.anchor ? excerpt(item) || '(end of the document)' : 'Not found in this version'}
            </button>
            <button
              type="button"
              className="button button--small"
              aria-label={`Delete bookmark ${item.record.label || excerpt(item).slice(0, 20)}`}
              onClick={() => onDelete(item.record)}
            >
              Delete
            </button>
          </li>
        ))}
      </ol>
    </aside>
  )
}
