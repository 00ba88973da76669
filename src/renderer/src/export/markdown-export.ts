/**
 * Markdown for note apps (Obsidian, Logseq): YAML front matter, a heading per document and per
 * chapter or article, each highlight as a block quote followed by its note, tags, location and
 * a link back into Margin, then the bookmarks.
 */
import type { ExportedDocument, ExportedNote, NotesExport } from './collect-notes'
import { formatLocation, formatStamp } from './export-labels'

/** A YAML double-quoted scalar: JSON's string escapes are valid YAML. */
const yamlString = (value: string) => JSON.stringify(value)

/** Escapes what Markdown (and Obsidian's extras) would read as syntax, so the quote reads back as written. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~$=&{}]/g, '\\$&')
    .replace(/^(\s*)([#+-])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2')
}

/** A tag Obsidian and Logseq both read: no spaces, no leading '#'. */
export function markdownTag(tag: string): string {
  return `#${tag
    .trim()
    .replace(/^#+/, '')
    .replace(/[\s,;]+/g, '-')}`
}

function blockQuote(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => `> ${escapeMarkdown(line)}`)
    .join('\n>\n')
}

function noteBlock(note: ExportedNote): string {
  const parts = [blockQuote(note.quote) || '> …']
  const { annotation } = note
  if (annotation.note.trim()) parts.push(annotation.note.trim())
  if (annotation.tags.length > 0) parts.push(`Tags: ${annotation.tags.map(markdownTag).join(' ')}`)
  parts.push(
    `${formatLocation(note)} · ${formatStamp(annotation.createdAt)} · [Open in Margin](<${note.link}>)`,
  )
  return parts.join('\n\n')
}

function documentBody(doc: ExportedDocument, depth: number): string {
  const heading = (level: number, title: string) =>
    `${'#'.repeat(Math.min(6, level))} ${escapeMarkdown(title)}`
  const out: string[] = [heading(depth, doc.title)]
  if (doc.author) out.push(`*${escapeMarkdown(doc.author)}*`)
  for (const section of doc.sections) {
    if (section.title !== null) out.push(heading(depth + Math.max(1, section.level), section.title))
    for (const note of section.notes) out.push(noteBlock(note))
  }
  if (doc.orphans.length > 0) {
    out.push(heading(depth + 1, 'Notes whose passage has changed'))
    for (const note of doc.orphans) out.push(noteBlock(note))
  }
  if (doc.bookmarks.length > 0) {
    out.push(heading(depth + 1, 'Bookmarks'))
    out.push(
      doc.bookmarks
        .map((b) => {
          const where = b.section ? ` (${escapeMarkdown(b.section)})` : ''
          return `- [${escapeMarkdown(b.title)}](<${b.link}>)${where} · ${b.percent.toFixed(0)}%`
        })
        .join('\n'),
    )
  }
  return out.join('\n\n')
}

export function toMarkdown(data: NotesExport): string {
  const single = !data.wholeLibrary && data.documents.length === 1 ? data.documents[0]! : null
  const front = single
    ? [
        `title: ${yamlString(single.title)}`,
        ...(single.author ? [`author: ${yamlString(single.author)}`] : []),
        `source: ${yamlString(single.link)}`,
        `file: ${yamlString(single.sourceName)}`,
      ]
    : [`title: ${yamlString('Margin notes')}`, `source: ${yamlString('Margin library')}`]
  front.push(`exported: ${yamlString(data.exportedAt.toISOString())}`, 'tags: [margin]')
  const body = single
    ? documentBody(single, 1)
    : [`# Margin notes`, ...data.documents.map((doc) => documentBody(doc, 2))].join('\n\n')
  return `---\n${front.join('\n')}\n---\n\n${body}\n`
}
