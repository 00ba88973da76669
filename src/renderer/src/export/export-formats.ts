import type { NotesExport } from './collect-notes'
import { toReadwiseCsv } from './csv-export'
import { toHtml } from './html-export'
import { toMarkdown } from './markdown-export'
import { toPlainText } from './plain-text-export'
import { toWebAnnotationJson } from './web-annotation'

export interface ExportFormat {
  id: 'markdown' | 'json' | 'csv' | 'html' | 'text'
  label: string
  description: string
  extension: string
  mimeType: string
  render: (data: NotesExport) => string
}

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  {
    id: 'markdown',
    label: 'Markdown',
    description: 'For Obsidian, Logseq and other note apps',
    extension: 'md',
    mimeType: 'text/markdown',
    render: toMarkdown,
  },
  {
    id: 'json',
    label: 'Web Annotation JSON',
    description: 'W3C standard; Margin can import it back',
    extension: 'json',
    mimeType: 'application/ld+json',
    render: toWebAnnotationJson,
  },
  {
    id: 'csv',
    label: 'CSV for Readwise',
    description: 'Highlight, Title, Author, URL, Note, Location, Date',
    extension: 'csv',
    mimeType: 'text/csv',
    render: toReadwiseCsv,
  },
  {
    id: 'html',
    label: 'Printable page (HTML)',
    description: 'Styled, self-contained, ready to print',
    extension: 'html',
    mimeType: 'text/html',
    render: toHtml,
  },
  {
    id: 'text',
    label: 'Plain text',
    description: 'Readable anywhere',
    extension: 'txt',
    mimeType: 'text/plain',
    render: toPlainText,
  },
]

export type ExportFormatId = ExportFormat['id']

export function exportFormat(id: ExportFormatId): ExportFormat {
  return EXPORT_FORMATS.find((f) => f.id === id)!
}
