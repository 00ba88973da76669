/**
 * CSV with the columns Readwise's importer reads: Highlight, Title, Author, URL, Note, Location, Date.
 * RFC 4180: every field quoted, quotes doubled, CRLF between records. Tags go into the note the
 * way Readwise reads them (".tag").
 */
import type { NotesExport } from './collect-notes'

export const READWISE_COLUMNS = [
  'Highlight',
  'Title',
  'Author',
  'URL',
  'Note',
  'Location',
  'Date',
] as const

const field = (value: string) => `"${value.replace(/"/g, '""')}"`

function readwiseDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ')
}

export function toReadwiseCsv(data: NotesExport): string {
  const rows: string[][] = [[...READWISE_COLUMNS]]
  for (const doc of data.documents) {
    for (const note of [...doc.sections.flatMap((s) => s.notes), ...doc.orphans]) {
      const { annotation } = note
      const tags = annotation.tags.map((t) => `.${t.trim().replace(/\s+/g, '_')}`).join(' ')
      rows.push([
        note.quote,
        doc.title,
        doc.author ?? '',
        note.link,
        [annotation.note.trim(), tags].filter(Boolean).join('\n'),
        note.start === null ? '' : String(note.start),
        readwiseDate(annotation.createdAt),
      ])
    }
  }
  return rows.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n'
}
