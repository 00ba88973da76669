import { useState, type FormEvent } from 'react'
import type { Block, OutlineEntry, ParsedDocument } from '../../../shared/document-model'
import type { OutlineChange } from '../../../shared/outline-corrections'
import { unwrap } from '../bridge/call-margin'

interface OutlineCorrectionActionsProps {
  documentId: string
  block: Block
  /** The block's entry in the table of contents, if it has one. */
  entry: OutlineEntry | undefined
  /** The document as it reads after the correction (same block ids and offsets). */
  onCorrected: (doc: ParsedDocument) => void
}

/**
 * Corrections of the table of contents for one block, for the reader to place in a block's
 * context menu or the outline panel: make it a heading, say it is not one, rename its entry.
 */
export function OutlineCorrectionActions({ documentId, block, entry, onCorrected }: OutlineCorrectionActionsProps) {
  const [renaming, setRenaming] = useState(false)
  const [title, setTitle] = useState(entry?.title ?? '')
  const [error, setError] = useState<string | null>(null)

  async function apply(change: OutlineChange) {
    setError(null)
    try {
      onCorrected(await unwrap(window.margin.correctOutline(documentId, change)))
      setRenaming(false)
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e))
    }
  }

  function rename(event: FormEvent) {
    event.preventDefault()
    void apply({ kind: 'rename', blockId: block.id, title })
  }

  const isHeading = entry !== undefined || block.type === 'heading' || block.type === 'subheading'
  return (
    <div className="outline-actions" role="group" aria-label="Table of contents">
      {!isHeading &&
        [1, 2, 3].map((level) => (
          <button key={level} type="button" className="button" onClick={() => void apply({ kind: 'promote', blockId: block.id, level })}>
            Make heading (level {level})
          </button>
        ))}
      {isHeading && (
        <>
          <button type="button" className="button" onClick={() => void apply({ kind: 'demote', blockId: block.id })}>
            Not a heading
          </button>
          {entry && !renaming && (
            <button type="button" className="button" onClick={() => setRenaming(true)}>
              Rename in contents
            </button>
          )}
          {entry && entry.level > 1 && (
            <button type="button" className="button" onClick={() => void apply({ kind: 'promote', blockId: block.id, level: entry.level - 1 })}>
              Raise level
            </button>
          )}
          {entry && entry.level < 6 && (
            <button type="button" className="button" onClick={() => void apply({ kind: 'promote', blockId: block.id, level: entry.level + 1 })}>
              Lower level
            </button>
          )}
        </>
      )}
      {renaming && (
        <form onSubmit={rename} className="outline-actions__rename">
          <input aria-label="Title in the table of contents" value={title} onChange={(e) => setTitle(e.target.value)} autoFocus />
          <button type="submit" className="button button--primary">
            Rename
          </button>
        </form>
      )}
      <button type="button" className="button button--quiet" onClick={() => void apply({ kind: 'reset', blockId: block.id })}>
        Undo my corrections here
      </button>
      {error && <p role="alert">{error}</p>}
    </div>
  )
}
