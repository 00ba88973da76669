import type { ExportedNote } from './collect-notes'

/** Where a note is, for people: how far into the document, and its exact offset. */
export function formatLocation(note: Pick<ExportedNote, 'percent' | 'start'>): string {
  if (note.percent === null || note.start === null) return 'Location unknown (the text changed)'
  return `${note.percent.toFixed(1)}% · offset ${note.start}`
}

/** `2024-05-01 09:30` in UTC, the same wherever the file is opened. */
export function formatStamp(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`
}

/** A file name from a title: keeps letters of any script, drops what file systems refuse. */
export function fileNameFor(title: string, extension: string): string {
  const base =
    title
      .replace(/[/\\:*?"<>|\u0000-\u001f]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 120) || 'Margin notes'
  return `${base}.${extension}`
}
