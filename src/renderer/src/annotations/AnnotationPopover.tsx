import { useEffect, useRef, useState } from 'react'
import { marginDb } from '../db/margin-db'
import { HIGHLIGHT_COLORS, type AnnotationRecord } from '../db/schema'
import { updateAnnotation } from './annotation-store'
import { parseTags } from './annotation-filters'
import { COLOR_LABELS } from './color-labels'
import { NoteView } from './NoteView'
import { createNoteSaver } from './note-saver'

interface Props {
  record: AnnotationRecord
  /** Viewport point to show it near. */
  at: { x: number; y: number }
  startEditing: boolean
  onDelete(record: AnnotationRecord): void
  onCopy(record: AnnotationRecord): void
  onClose(): void
}

const WIDTH = 340
/** A pause in typing this long saves the note. */
export const NOTE_AUTOSAVE_MS = 600

/** What a click on a highlight opens: colour, style, note (Markdown), tags, copy, delete. */
export function AnnotationPopover({ record, at, startEditing, onDelete, onCopy, onClose }: Props) {
  const [editing, setEditing] = useState(startEditing || false)
  const [draft, setDraft] = useState(record.note)
  const [tags, setTags] = useState(record.tags.join(', '))
  const [saveError, setSaveError] = useState<string | null>(null)
  const noteInput = useRef<HTMLTextAreaElement>(null)
  const db = marginDb()
  // Compared with what was written, not with `record.note`: live queries show a write before it commits.
  const [noteSaver] = useState(() =>
    createNoteSaver((note) => updateAnnotation(db, record.id, { note }), record.note),
  )

  useEffect(() => {
    if (editing) noteInput.current?.focus()
  }, [editing])

  // Kept as it is typed: a window closed mid-note loses at most the last moment of typing.
  useEffect(() => {
    if (!editing) return
    const timer = setTimeout(() => void noteSaver.save(draft).catch(() => {}), NOTE_AUTOSAVE_MS)
    return () => clearTimeout(timer)
  }, [draft, editing, noteSaver])

  const startEdit = () => {
    setDraft(record.note)
    setEditing(true)
  }
  /** True once the note is on disk; on a failed write the draft stays in the box, so nothing typed is lost. */
  const saveNote = async (): Promise<boolean> => {
    try {
      await noteSaver.save(draft)
    } catch (error) {
      // Dexie appends the inner error's name and message again on a second line.
      const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0]
      setSaveError(`The note could not be saved: ${reason}`)
      return false
    }
    setSaveError(null)
    setEditing(false)
    return true
  }
  const saveAndClose = () => void saveNote().then((saved) => saved && onClose())
  const saveTags = async () => {
    const next = parseTags(tags)
    if (next.join('\n') !== record.tags.join('\n'))
      await updateAnnotation(db, record.id, { tags: next })
    setTags(next.join(', '))
  }

  const top = Math.max(8, Math.min(window.innerHeight - 360, at.y + 14))
  const left = Math.max(8, Math.min(window.innerWidth - WIDTH - 8, at.x - WIDTH / 2))
  return (
    <div
      role="dialog"
      aria-label="Annotation"
      className="annotation-popover"
      style={{ top, left, width: WIDTH }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault()
          saveAndClose()
        }
      }}
    >
      <div className="annotation-popover__row" role="group" aria-label="Colour">
        {HIGHLIGHT_COLORS.map((color) => (
          <button
            key={color}
            type="button"
            className={`swatch swatch--${color}`}
            aria-label={COLOR_LABELS[color]}
            aria-pressed={record.color === color}
            onClick={() => void updateAnnotation(db, record.id, { color })}
          />
        ))}
        <button
          type="button"
          className="button button--small"
          aria-pressed={record.style === 'underline'}
          onClick={() =>
            void updateAnnotation(db, record.id, {
              style: record.style === 'underline' ? 'highlight' : 'underline',
            })
          }
        >
          <u>Underline</u>
        </button>
      </div>
      {editing ? (
        <div className="annotation-popover__note">
          <textarea
            ref={noteInput}
            aria-label="Note (Markdown)"
            value={draft}
            rows={5}
            onChange={(event) => setDraft(event.target.value)}
            onBlur={() => void noteSaver.save(draft).catch(() => {})}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
                event.preventDefault()
                void saveNote()
              }
            }}
          />
          <button
            type="button"
            className="button button--primary button--small"
            onClick={() => void saveNote()}
          >
            Save note
          </button>
          {saveError && (
            <p role="alert" className="annotation-popover__error">
              {saveError}
            </p>
          )}
        </div>
      ) : record.note ? (
        <div className="annotation-popover__note">
          <NoteView note={record.note} />
          <button type="button" className="button button--small" onClick={startEdit}>
            Edit note
          </button>
        </div>
      ) : (
        <button type="button" className="button button--small" onClick={startEdit}>
          Add note
        </button>
      )}
      <label className="annotation-popover__tags">
        Tags
        <input
          value={tags}
          placeholder="comma, separated"
          onChange={(event) => setTags(event.target.value)}
          onBlur={() => void saveTags()}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault()
              void saveTags()
            }
          }}
        />
      </label>
      <div className="annotation-popover__row">
        <button type="button" className="button button--small" onClick={() => onCopy(record)}>
          Copy
        </button>
        <button
          type="button"
          className="button button--small button--danger"
          onClick={() => onDelete(record)}
        >
          Delete
        </button>
        <button type="button" className="button button--small" onClick={saveAndClose}>
          Close
        </button>
      </div>
    </div>
  )
}
