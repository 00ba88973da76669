import { useMemo } from 'react'
import { renderNote } from './note-markdown'

/** A note's Markdown, rendered (raw HTML in it is shown as text). */
export function NoteView({ note, className = 'note' }: { note: string; className?: string }) {
  const html = useMemo(() => renderNote(note), [note])
  // Safe: markdown-it with html off escapes every tag (see note-markdown.ts).
  return <div className={className} dangerouslySetInnerHTML={{ __html: html }} />
}
