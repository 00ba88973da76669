/** Plain text: for pasting anywhere, readable without any markup. */
import type { ExportedNote, NotesExport } from './collect-notes'
import { formatLocation, formatStamp } from './export-labels'

const indent = (text: string, prefix: string) =>
  text
    .split('\n')
    .map((line) => `${prefix}${line}`)
    .join('\n')

function noteText(note: ExportedNote): string {
  const lines = [indent(`“${note.quote.trim()}”`, '    ')]
  if (note.annotation.note.trim())
    lines.push(indent(`Note: ${note.annotation.note.trim()}`, '    '))
  if (note.annotation.tags.length > 0) lines.push(`    Tags: ${note.annotation.tags.join(', ')}`)
  lines.push(`    ${formatLocation(note)} · ${formatStamp(note.annotation.createdAt)}`)
  return lines.join('\n')
}

export function toPlainText(data: NotesExport): string {
  const out: string[] = []
  for (const doc of data.documents) {
    const title = doc.author ? `${doc.title} — ${doc.author}` : doc.title
    out.push(`${title}\n${'='.repeat(Math.min(60, Math.max(8, title.length * 2)))}`)
    for (const section of doc.sections) {
      if (section.title !== null)
        out.push(
          `${section.title}\n${'-'.repeat(Math.min(60, Math.max(8, section.title.length * 2)))}`,
        )
      for (const note of section.notes) out.push(noteText(note))
    }
    if (doc.orphans.length > 0)
      out.push(`Notes whose passage has changed\n${'-'.repeat(30)}`, ...doc.orphans.map(noteText))
    if (doc.bookmarks.length > 0) {
      out.push(`Bookmarks\n${'-'.repeat(9)}`)
      out.push(
        doc.bookmarks
          .map(
            (b) =>
              `    • ${b.title}${b.section ? ` (${b.section})` : ''} · ${b.percent.toFixed(0)}%`,
          )
          .join('\n'),
      )
    }
  }
  out.push(`Exported from Margin on ${formatStamp(data.exportedAt.getTime())}`)
  return `${out.join('\n\n')}\n`
}
