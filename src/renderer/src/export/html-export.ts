/**
 * A printable HTML page of the notes: one self-contained file (no scripts, no outside
 * resources), every piece of text escaped, typography that suits Chinese as well as English.
 */
import type { HighlightColor } from '../db/schema'
import type { ExportedDocument, ExportedNote, NotesExport } from './collect-notes'
import { formatLocation, formatStamp } from './export-labels'

const SHADES: Record<HighlightColor, string> = {
  yellow: '#f5d76e',
  green: '#8fd19e',
  blue: '#8ec5ff',
  pink: '#f5a3c7',
  purple: '#c4a7f0',
}

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' }[c]!};`,
  )
}

const STYLE = `
:root { color-scheme: light; --ink: #1f1d1a; --muted: #6b655c; --rule: #e4ded3; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 42rem; padding: 3rem 1.5rem; color: var(--ink); background: #fffdf8;
  font: 17px/1.75 "Iowan Old Style", Georgia, "Noto Serif CJK SC", "Source Han Serif SC", "Noto Serif SC", "Songti SC", SimSun, serif;
  line-break: strict; overflow-wrap: break-word; hanging-punctuation: allow-end; text-spacing-trim: normal; }
:lang(zh), :lang(ja) { text-align: justify; text-justify: inter-ideograph; letter-spacing: 0.02em; }
h1 { font-size: 1.9rem; line-height: 1.3; margin: 0 0 0.3rem; }
h2 { font-size: 1.35rem; margin: 2.6rem 0 0.8rem; padding-bottom: 0.3rem; border-bottom: 1px solid var(--rule); }
h3, h4, h5, h6 { font-size: 1.1rem; margin: 2rem 0 0.6rem; }
.byline, .meta { color: var(--muted); font-size: 0.88rem; }
.note { margin: 1.2rem 0 1.6rem; break-inside: avoid; }
blockquote { margin: 0; padding: 0.2rem 0 0.2rem 1rem; border-left: 4px solid var(--shade, #f5d76e); }
blockquote p { margin: 0.2rem 0; }
.comment { margin: 0.5rem 0 0 1.25rem; white-space: pre-wrap; }
.tags { margin: 0.4rem 0 0 1.25rem; }
.tag { display: inline-block; margin-right: 0.4rem; padding: 0 0.45rem; border-radius: 0.7rem; background: #f0ebe1; font-size: 0.8rem; }
.meta { margin: 0.3rem 0 0 1.25rem; }
a { color: #2b5d8c; }
ul.bookmarks { padding-left: 1.2rem; }
footer { margin-top: 3rem; color: var(--muted); font-size: 0.8rem; }
@page { margin: 18mm 16mm; }
@media print { body { max-width: none; padding: 0; background: none; font-size: 11pt; } a { color: inherit; text-decoration: none; } h2 { break-after: avoid; } }
`

const paragraphs = (text: string) =>
  text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('')

function noteHtml(note: ExportedNote): string {
  const { annotation } = note
  const shade = SHADES[annotation.color] ?? SHADES.yellow
  const parts = [
    `<blockquote style="--shade: ${shade}">${paragraphs(note.quote) || '<p>…</p>'}</blockquote>`,
  ]
  if (annotation.note.trim())
    parts.push(`<div class="comment">${escapeHtml(annotation.note.trim())}</div>`)
  if (annotation.tags.length > 0) {
    parts.push(
      `<div class="tags">${annotation.tags.map((t) => `<span class="tag">${escapeHtml(t)}</span>`).join('')}</div>`,
    )
  }
  parts.push(
    `<div class="meta">${escapeHtml(formatLocation(note))} · ${escapeHtml(formatStamp(annotation.createdAt))} · <a href="${escapeHtml(note.link)}">Open in Margin</a></div>`,
  )
  return `<section class="note">${parts.join('')}</section>`
}

/** The document's language, or Chinese when its highlights are mostly Han characters (TXT files carry none). */
function languageOf(doc: ExportedDocument): string | null {
  if (doc.language) return doc.language
  const text = doc.sections.flatMap((s) => s.notes.map((n) => n.quote)).join('')
  const han = text.match(/[\u3400-\u9fff]/g)?.length ?? 0
  return text.length > 0 && han / text.length > 0.3 ? 'zh' : null
}

function documentHtml(doc: ExportedDocument, depth: number): string {
  const h = (level: number, text: string) => {
    const n = Math.min(6, level)
    return `<h${n}>${escapeHtml(text)}</h${n}>`
  }
  const language = languageOf(doc)
  const lang = language ? ` lang="${escapeHtml(language)}"` : ''
  const out = [`<article${lang}>`, h(depth, doc.title)]
  if (doc.author) out.push(`<p class="byline">${escapeHtml(doc.author)}</p>`)
  for (const section of doc.sections) {
    if (section.title !== null) out.push(h(depth + Math.max(1, section.level), section.title))
    out.push(...section.notes.map(noteHtml))
  }
  if (doc.orphans.length > 0)
    out.push(h(depth + 1, 'Notes whose passage has changed'), ...doc.orphans.map(noteHtml))
  if (doc.bookmarks.length > 0) {
    out.push(h(depth + 1, 'Bookmarks'), '<ul class="bookmarks">')
    for (const b of doc.bookmarks) {
      const where = b.section ? ` <span class="meta">(${escapeHtml(b.section)})</span>` : ''
      out.push(
        `<li><a href="${escapeHtml(b.link)}">${escapeHtml(b.title)}</a>${where} · ${b.percent.toFixed(0)}%</li>`,
      )
    }
    out.push('</ul>')
  }
  out.push('</article>')
  return out.join('\n')
}

export function toHtml(data: NotesExport): string {
  const single = !data.wholeLibrary && data.documents.length === 1 ? data.documents[0]! : null
  const title = single ? `${single.title} — notes` : 'Margin notes'
  const languages = data.documents.map(languageOf)
  const pageLang =
    languages.length > 0 && languages.every((l) => l === languages[0])
      ? (languages[0] ?? 'und')
      : 'und'
  const body = single
    ? documentHtml(single, 1)
    : [`<h1>Margin notes</h1>`, ...data.documents.map((d) => documentHtml(d, 2))].join('\n')
  return `<!doctype html>
<html lang="${escapeHtml(pageLang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Margin">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body}
<footer>Exported from Margin on ${escapeHtml(formatStamp(data.exportedAt.getTime()))}</footer>
</body>
</html>
`
}
