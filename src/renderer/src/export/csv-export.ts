/**
 * CSV for Readwise's bulk importer (readwise.io/import_bulk): Highlight (the only required column),
 * Title, Author, URL, Note, Location, Date. RFC 4180: every field quoted, quotes doubled, CRLF
 * between records. URL is the document's link, the same on every row, since a URL per highlight
 * makes Readwise file each highlight as a source of its own. Location is the numeric offset (it
 * orders highlights), Date is `YYYY-MM-DD HH:MM:SS` in UTC. Tags lead the note as Readwise's
 * inline tags (a note that starts with ".tag").
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
        doc.link,
        [tags, annotation.note.trim()].filter(Boolean).join('\n'),
        note.start === null ? '' : String(note.start),
        readwiseDate(annotation.createdAt),
      ])
    }
  }
  return rows.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n'
}
