import MarkdownIt, { type PluginSimple } from 'markdown-it'
import footnote from 'markdown-it-footnote'
import mark from 'markdown-it-mark'
import { assembleDocument, documentText } from '../../../shared/assemble-document'
import type { ParsedDocument } from '../../../shared/document-model'
import { decodeText } from './decode-text'
import { reconcileLanguage } from './detect-language'
import { EmptyFileError, NO_TEXT } from './import-errors'
import { htmlToBlocks, nestHeadingLevels } from './html-to-blocks'
import { createAssetCollector } from './image-assets'
import type { ImportOptions } from './import-options'
import { createHeadingSlugger, createPageLinkTarget, resolveInternalLinks } from './internal-links'
import { headingIds } from './markdown-heading-ids'
import { noteSyntax } from './markdown-note-syntax'
import { replaceSiteTags } from './markdown-site-tags'
import { loadPageImages } from './page-images'
import { bodyOf, imageSources, parseHtml } from './parse-html'
import { promoteChapterLines } from './promote-chapter-lines'

export const markdownExtensions = ['md', 'markdown', 'mdown', 'mkd', 'mkdn']

/**
 * Markdown (CommonMark + GFM tables and strikethrough, footnotes, with markdown-it) rendered to HTML and read
 * by the same sanitizing HTML reader as web pages, so raw HTML inside Markdown is just as safe.
 */
// @types/markdown-it-footnote is typed against markdown-it's older type package: same function.
const markdown = new MarkdownIt({ html: true, linkify: true, typographer: false })
  .use(footnote as unknown as PluginSimple)
  .use(mark)
  .use(noteSyntax)
  .use(headingIds)
// Footnotes read as a numbered list after a rule; the ↩ link back to the text means nothing there.
markdown.renderer.rules['footnote_anchor'] = () => ''

interface FrontMatter {
  title: string | null
  author: string | null
  language: string | null
  body: string
}

function readFrontMatter(text: string): FrontMatter {
  const match = /^(---|\+\+\+)[ \t]*\r?\n([\s\S]*?)\r?\n\1[ \t]*(\r?\n|$)/.exec(text)
  // A document opening with a rule and prose is not front matter: YAML and TOML start with a key.
  if (!match || !/^\s*[\w.-]+[ \t]*[:=]/.test(match[2]!))
    return { title: null, author: null, language: null, body: text }
  const fields = match[2]!
  const field = (...names: string[]) => {
    for (const name of names) {
      const value = fieldValue(fields, name)
      if (value) return value
    }
    return null
  }
  return {
    title: field('title'),
    author: field('author', 'authors', 'creator'),
    language: field('lang', 'language', 'locale'),
    body: text.slice(match[0].length),
  }
}

const unquote = (value: string) =>
  value
    .trim()
    .replace(/^(["'])(.*)\1$/, '$2')
    .trim()

/** A YAML or TOML field's value: a scalar, an inline list `[a, b]`, or a block list of `- a` lines. */
function fieldValue(fields: string, name: string): string | null {
  const line = new RegExp(`^${name}[ \\t]*[:=][ \\t]*(.*)$`, 'mi').exec(fields)
  if (!line) return null
  const value = line[1]!.trim()
  if (value.startsWith('[')) {
    const items = value
      .replace(/^\[|\]$/g, '')
      .split(',')
      .map(unquote)
      .filter(Boolean)
    return items.join(', ') || null
  }
  if (value !== '' && value !== '|' && value !== '>') return unquote(value) || null
  const after = fields
    .slice(line.index + line[0].length)
    .split('\n')
    .slice(1)
  const items: string[] = []
  for (const next of after) {
    const item = /^\s*-\s+(.+)$/.exec(next)
    if (item) items.push(unquote(item[1]!.replace(/^name:\s*/, '')))
    else if (/^\s+\S/.test(next) && value !== '') items.push(next.trim())
    else break
  }
  return items.filter(Boolean).join(value === '' ? ', ' : ' ') || null
}

const INCLUDE =
  /^\s*\{\{#(?:rustdoc_include|include|playground|rust_include)\s+([^}\s]+)[^}]*\}\}\s*$/

/**
 * mdBook's `{{#include path}}` pulls in a file Margin does not have: a fence holding only such
 * lines becomes a short quoted note naming the file, a stray one inside code a readable line.
 */
function replaceIncludes(body: string): string {
  const fence = /^(```+|~~~+)[^\n]*\n([\s\S]*?)^\1[ \t]*$/gm
  const withNotes = body.replace(fence, (whole, _marker: string, content: string) => {
    const lines = content.split('\n').filter((l) => l.trim() !== '')
    if (lines.length === 0 || !lines.every((l) => INCLUDE.test(l))) return whole
    return lines
      .map((l) => `> Included from \`${INCLUDE.exec(l)![1]!.replace(/:[\w-]+$/, '')}\``)
      .join('\n>\n')
  })
  return withNotes
    .split('\n')
    .map((line) => {
      const match = INCLUDE.exec(line)
      return match ? `(included from ${match[1]!.replace(/:[\w-]+$/, '')})` : line
    })
    .join('\n')
}

function titleFromFileName(fileName: string): string {
  return fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '') || fileName
}

export async function parseMarkdown(
  bytes: Uint8Array,
  fileName: string,
  options: ImportOptions = {},
): Promise<ParsedDocument> {
  const decoded = decodeText(bytes, fileName)
  const front = readFrontMatter(decoded.text.replace(/\r\n?/g, '\n'))
  const document = parseHtml(
    `<body>${markdown.render(replaceIncludes(replaceSiteTags(front.body)))}</body>`,
  )
  const collector = createAssetCollector()
  const resolveImage = await loadPageImages(imageSources(document), collector, options.readSibling)
  const { drafts, anchors, links } = htmlToBlocks(bodyOf(document), { resolveImage })
  // Headings get the ids GitHub gives them, so `[see](#usage)` finds its heading.
  const slug = createHeadingSlugger()
  drafts.forEach((d, i) => {
    const id = d.type === 'heading' ? slug(d.text) : ''
    if (id !== '' && !anchors.has(id)) anchors.set(id, i)
  })
  if (drafts.length === 0) throw new EmptyFileError(fileName, NO_TEXT)
  promoteChapterLines(drafts)
  nestHeadingLevels(drafts)
  const firstTopHeading = drafts.find((d) => d.type === 'heading' && d.level === 1)?.text
  const doc = assembleDocument({
    format: 'markdown',
    encoding: decoded.encoding,
    encodingConfidence: decoded.confidence,
    title: front.title ?? firstTopHeading ?? titleFromFileName(fileName),
    author: front.author,
    language: null,
    drafts,
  })
  resolveInternalLinks(doc.blocks, createPageLinkTarget(links, anchors, fileName))
  doc.language = reconcileLanguage(front.language, documentText(doc.blocks))
  return { ...doc, assets: collector.assets() }
}

/** Markdown is text: anything without NUL bytes near the start can be read as Markdown. */
export function sniffMarkdown(bytes: Uint8Array): boolean {
  return !bytes.subarray(0, 8192).includes(0)
}
