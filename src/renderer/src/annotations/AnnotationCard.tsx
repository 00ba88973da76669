import type { ReactNode } from 'react'
import type { AnnotationRecord } from '../db/schema'
import { storedQuote } from './anchored-annotations'
import { NoteView } from './NoteView'

const QUOTE_PREVIEW = 220

/** One annotation in a list: its passage, note and tags; the whole card jumps to it. */
export function AnnotationCard({
  record,
  quote = storedQuote(record),
  onOpen,
  active = false,
  children,
}: {
  record: AnnotationRecord
  quote?: string
  onOpen?: () => void
  active?: boolean
  children?: ReactNode
}) {
  const shown = quote.length > QUOTE_PREVIEW ? `${quote.slice(0, QUOTE_PREVIEW)}…` : quote
  return (
    <li
      className={`annotation-card annotation-card--${record.color}${active ? ' annotation-card--active' : ''}`}
    >
      {onOpen ? (
        <button
          type="button"
          className="annotation-card__quote"
          onClick={onOpen}
          aria-label={`Go to “${shown.slice(0, 60)}”`}
        >
          <span className={record.style === 'underline' ? 'annotation-card__underline' : undefined}>
            {shown}
          </span>
        </button>
      ) : (
        <p className="annotation-card__quote">{shown}</p>
      )}
      {record.note && <NoteView note={record.note} className="note annotation-card__note" />}
      <p className="annotation-card__meta">
        {record.tags.map((tag) => (
          <span key={tag} className="tag">
            #{tag}
          </span>
        ))}
        <time dateTime={new Date(record.createdAt).toISOString()}>
          {new Date(record.createdAt).toLocaleString()}
        </time>
      </p>
      {children}
    </li>
  )
}
