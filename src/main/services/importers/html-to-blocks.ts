import type { DefaultTreeAdapterMap } from 'parse5'
import type { BlockDraft, BlockType } from '../../../shared/document-model'
import { matchChapterHeading } from '../text-structure/chapter-heading'
import { alignMarkup } from './align-markup'
import { imageCharacter } from './html-character-images'
import { looseParagraphs } from './html-loose-paragraphs'
import { attributeOf, elementText, findElements, isElement, isRubyReading } from './parse-html'
import { escapeHtml, hasMarkup, internalHref, safeHref, safeInlineTag } from './sanitize-html'

/**
 * Turns a parsed HTML tree into block drafts. Only text and an allowlist of inline markup
 * come through: scripts, styles, frames, objects, forms and event handlers are never read.
 * Element ids are recorded so a table of contents can point at the block they start.
 */
type Node = DefaultTreeAdapterMap['node']
type Element = DefaultTreeAdapterMap['element']

export interface ResolvedImage {
  src: string
  width?: number
  height?: number
}

export interface HtmlBlocksOptions {
  /** The stored asset for an image reference, or null when it is missing or remote. */
  resolveImage: (src: string) => ResolvedImage | null
  /**
   * Where links into the document (`#id`, `chapter2.xhtml#sec3`) are collected as written; the
   * markup names each `@<index>` until resolveInternalLinks rewrites it. Share one list between calls.
   */
  links?: string[]
}

export interface HtmlBlocks {
  drafts: BlockDraft[]
  /** Element id → index of the first draft at or after it. */
  anchors: Map<string, number>
  /** Internal link targets as written, by the index their `@<index>` placeholder names. */
  links: string[]
}

const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'head',
  'title',
  'meta',
  'link',
  'base',
  'canvas',
  'audio',
  'video',
  'source',
  'track',
  'map',
  'area',
  'form',
  'input',
  'button',
  'select',
  'option',
  'textarea',
  'dialog',
  'math',
])
/** Class names that mark print page numbers and navigation bars (Project Gutenberg, DocBook). */
const SKIPPED_CLASSES = /(^|\s)(pagenum|page-?number|navheader|navfooter)(\s|$)/i
/** Project Gutenberg's licence header and footer around the book (pgheader in EPUBs, pg-boilerplate in HTML). */
const GUTENBERG_BOILERPLATE = /(^|\s)(pgheader|pgfooter|pg-boilerplate)(\s|$)/i
const CAPTION_CLASS = /(^|\s)([a-z]+-)*(caption|caption-text|figcaption)(\s|$)/i
/** DocBook wrappers whose `title` paragraph names a table, figure or example. */
const FIGURE_CLASS = /(^|\s)(table|informaltable|figure|informalfigure|example|equation)(\s|$)/
/** Article and title-page lines naming who wrote it (news sites, WordPress, EPUB title pages). */
const BYLINE_CLASS =
  /(^|\s)(byline|by-line|author|post-author|article-author|entry-author|translator|editor)(\s|$)/i
/** Aozora Bunko's colophon (底本…) and notes on its notation: the edition's small print. */
const CREDIT_CLASS = /(^|\s)(bibliographical_information|notation_notes|after_text)(\s|$)/
/** A chapter's subtitle written as a paragraph under its heading (calibre, Word, EPUB 3's epub:type). */
const SUBTITLE_CLASS =
  /(^|\s)(([a-z]+-)*(subtitle|sub-title|subheading)|subhead|standfirst|dek|deck|strapline|sub-?headline)(\s|$)/i
/** A news page's kicker over its headline (the section or topic line). */
const KICKER_CLASS = /(^|\s)(kicker|eyebrow|overline)(\s|$)/i
const HEADING = /^h([1-6])$/
const BLOCK_TAGS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'nav',
  'figure',
  'figcaption',
  'blockquote',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'pre',
  'table',
  'hr',
  'address',
  'center',
  'details',
  'summary',
  'body',
  'html',
  'hgroup',
  'caption',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'fieldset',
  'legend',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'td',
  'th',
  'svg',
])
/** Footnote references and the links back from the note (EPUB 3 epub:type, DPUB-ARIA roles, Pandoc and Python-Markdown classes). */
const NOTEREF = /(^|\s)(noteref|doc-noteref|footnote-ref|footnote-reference)(\s|$)/
const BACKLINK = /(^|\s)(backlink|doc-backlink|footnote-back|footnote-backref)(\s|$)/
/** Containers whose text is not one paragraph by its markup (a `<p>` is). */
const LOOSE_TAGS = new Set(['div', 'section', 'article', 'main', 'body', 'td', 'center'])
/** A heading's number (1, CHAPTER I, ONE, 2.) meeting the next element's capitalised title with no space between. */
const RUN_TOGETHER_END = /(?:\p{N}|\p{Lu}{2,}|\s\p{Lu}|[.:])$/u
const RUN_TOGETHER_START = /^[\p{Lu}\p{N}]/u
const CONTENTS_CLASS = /(^|[\s_-])(toc|tableofcontents|table-of-contents)([\s_-]|$)/i
/** A poem's lines keep together, indented or not. */
const VERSE_CLASS = /(^|[\s_-])(poem|poetry|stanza|verse|lyrics?|song)([\s_-]|$)/i
/** What makes a table cell part of a page's layout rather than a value. */
const LAYOUT_TAGS = new Set([
  'table',
  'img',
  'pre',
  'ul',
  'ol',
  'blockquote',
  'h1',
  'h2',
  'h3',
  'figure',
])
/** A byline with its date and role, and no more. */
const MAX_BYLINE_CHARS = 160
const LINE_BREAK = '\u2028'
/**
 * A ruby reading in the markup until the block is aligned: one tag-like token, so alignMarkup
 * passes it over as markup (the text holds the base only), then written out as `<rt>`.
 */
const READING = /<rt:([^>]*)>/g
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/

/** DocBook's `<div class="table"><p class="title">表 1.13. …</p>`: the title of a table or figure. */
function isFigureTitle(element: Element, classes: string): boolean {
  if (!/(^|\s)title(\s|$)/.test(classes)) return false
  const parent = element.parentNode
  return (
    parent !== null && 'tagName' in parent && FIGURE_CLASS.test(attributeOf(parent, 'class') ?? '')
  )
}

function isHidden(element: Element): boolean {
  if (attributeOf(element, 'hidden') !== undefined) return true
  if (SKIPPED_CLASSES.test(attributeOf(element, 'class') ?? '')) return true
  if (GUTENBERG_BOILERPLATE.test(attributeOf(element, 'class') ?? '')) return true
  return /display\s*:\s*none/i.test(attributeOf(element, 'style') ?? '')
}

/** Collapses HTML whitespace; a line break in the source between two CJK characters is no space at all. */
function collapse(text: string): string {
  return text
    .replace(/[ \t\r\n\f]+/g, (run, at: number, whole: string) =>
      run.includes('\n') && CJK.test(whole[at - 1] ?? '') && CJK.test(whole[at + run.length] ?? '')
        ? ''
        : ' ',
    )
    .split(LINE_BREAK)
    .map((line) => line.trim())
    .join('\n')
    .trim()
}

interface Context {
  type: BlockType
  level?: number
  /** Set on a list item's first block: its marker ("3. ") for ordered lists. */
  marker?: string
  /** Text straight in a `<div>` or the body, where lines may be paragraphs (see html-loose-paragraphs.ts). */
  loose?: boolean
}

export function htmlToBlocks(root: Node, options: HtmlBlocksOptions): HtmlBlocks {
  const drafts: BlockDraft[] = []
  const anchors = new Map<string, number>()
  const links = options.links ?? []
  let text = ''
  let html = ''
  let context: Context = { type: 'paragraph', loose: true }
  let inHeading = false
  /** The markup being written sits directly in a `<ruby>`, where a reading may follow its base. */
  let inRuby = false
  let supDepth = 0

  function noteAnchor(element: Element) {
    const id =
      attributeOf(element, 'id') ??
      (element.tagName === 'a' ? attributeOf(element, 'name') : undefined)
    if (id && !anchors.has(id)) anchors.set(id, drafts.length)
  }

  function flush() {
    const pieces = context.loose ? looseParagraphs(text, html, LINE_BREAK) : null
    if (!pieces) return flushBlock()
    for (const piece of pieces) {
      ;({ text, html } = piece)
      flushBlock()
    }
  }

  function flushBlock() {
    // A heading's line breaks are layout; its text and outline entry read as one line.
    const oneLine =
      context.type === 'heading' ? (t: string) => t.replace(/\s*\n\s*/g, ' ') : (t: string) => t
    const plain = oneLine(collapse(text))
    const markup = oneLine(collapse(html))
    text = ''
    html = ''
    if (plain === '') return
    const marker = context.marker ?? ''
    context = { ...context, marker: undefined }
    const draft: BlockDraft = { type: context.type, text: marker + plain }
    if (context.level !== undefined) draft.level = context.level
    const aligned = hasMarkup(markup) ? alignMarkup(markup, plain) : null
    if (aligned !== null)
      draft.html =
        escapeHtml(marker) + aligned.replace(/\n/g, '<br>').replace(READING, '<rt>$1</rt>')
    drafts.push(draft)
  }

  function pushImage(element: Element) {
    const character = imageCharacter(element)
    if (character !== null) {
      text += character
      html += escapeHtml(character)
      return
    }
    const alt = collapse(attributeOf(element, 'alt') ?? attributeOf(element, 'title') ?? '')
    const src = attributeOf(element, 'src') ?? attributeOf(element, 'href') ?? ''
    const image = src ? options.resolveImage(src) : null
    // Nothing to show and nothing to say: no block, and the paragraph around it stays whole.
    if (!image && alt === '') return
    if (!inHeading) flush()
    const draft: BlockDraft = { type: 'image', text: alt }
    if (image) {
      draft.src = image.src
      if (image.width && image.height) {
        draft.width = image.width
        draft.height = image.height
      }
    }
    drafts.push(draft)
  }

  function walkInline(node: Node) {
    if (node.nodeName === '#text') {
      const value = (node as DefaultTreeAdapterMap['textNode']).value
      text += value
      html += escapeHtml(value)
      return
    }
    if (!isElement(node)) return
    const tag = node.tagName
    if (SKIPPED.has(tag)) return
    // A hidden page number's id is still a link target (an index's page references): the text after it.
    noteAnchor(node)
    if (isHidden(node)) return
    if (isRubyReading(node)) {
      // Display only: every offset, search hit and quote counts the base; parentheses are for readers without ruby.
      const reading = tag === 'rp' || !inRuby ? '' : readingText(node).replace(/\s+/g, ' ').trim()
      if (reading !== '') html += `<rt:${escapeHtml(reading)}>`
      return
    }
    if (tag === 'br') {
      text += LINE_BREAK
      html += LINE_BREAK
      return
    }
    if (tag === 'img' || tag === 'image') {
      pushImage(node)
      return
    }
    const lineType = CAPTION_CLASS.test(attributeOf(node, 'class') ?? '')
      ? 'caption'
      : KICKER_CLASS.test(attributeOf(node, 'class') ?? '') && !inHeading
        ? 'subheading'
        : null
    if (lineType && (inHeading || collapse(text) === '')) {
      // A caption inside a heading or on its own line is a caption block, placed before what follows.
      const saved = { text, html, context }
      text = ''
      html = ''
      context = { type: lineType }
      node.childNodes.forEach(walkInline)
      flush()
      ;({ text, html, context } = saved)
      return
    }
    if (BLOCK_TAGS.has(tag) && !inHeading) {
      walkBlock(node)
      return
    }
    const role = `${attributeOf(node, 'role') ?? ''} ${attributeOf(node, 'type') ?? ''} ${attributeOf(node, 'class') ?? ''}`
    // A footnote's way back to its reference (↩, ^) means nothing in a continuous text.
    if (tag === 'a' && BACKLINK.test(role)) return
    // A note reference is set as a superscript, as printed, also where the book's CSS did that.
    const noteSup =
      tag === 'a' &&
      NOTEREF.test(role) &&
      supDepth === 0 &&
      findElements(node, (e) => e.tagName === 'sup').length === 0
    if (noteSup) html += '<sup>'
    // <h1><span>CHAPTER 1</span><span>The Harbour</span></h1>: the book's CSS set them on two lines; one space here.
    if (
      context.type === 'heading' &&
      RUN_TOGETHER_END.test(text) &&
      RUN_TOGETHER_START.test(elementText(node))
    ) {
      text += ' '
      html += ' '
    }
    const safeTag = safeInlineTag(tag)
    const rawHref = tag === 'a' ? attributeOf(node, 'href') : undefined
    const href = safeHref(rawHref) ?? internalLink(rawHref)
    if (href) html += `<a href="${escapeHtml(href)}">`
    else if (safeTag) html += `<${safeTag}>`
    const wasInRuby = inRuby
    // A reading inside a link or emphasis within the ruby would not be the ruby's own: it is left out.
    if (href || safeTag) inRuby = safeTag === 'ruby' && !href
    if (tag === 'sup') supDepth++
    node.childNodes.forEach(walkInline)
    if (tag === 'sup') supDepth--
    inRuby = wasInRuby
    if (href) html += '</a>'
    else if (safeTag) html += `</${safeTag}>`
    if (noteSup) html += '</sup>'
  }

  function internalLink(href: string | undefined): string | null {
    const internal = internalHref(href)
    if (internal === null) return null
    links.push(internal)
    return `@${links.length - 1}`
  }

  function withContext(next: Context, body: () => void) {
    flush()
    const saved = context
    context = next
    body()
    flush()
    context = saved
  }

  function walkList(list: Element) {
    // A navigation list (an EPUB's contents page) is styled without numbers.
    const ordered = list.tagName === 'ol' && !withinNav(list)
    let ordinal = Number.parseInt(attributeOf(list, 'start') ?? '1', 10) || 1
    const depth = (context.type === 'list-item' ? (context.level ?? 1) : 0) + 1
    for (const child of list.childNodes) {
      if (isElement(child) && child.tagName === 'li') {
        if (isHidden(child)) continue
        noteAnchor(child)
        const marker = ordered ? `${ordinal++}. ` : undefined
        withContext({ type: 'list-item', level: depth, marker }, () =>
          child.childNodes.forEach(walkInline),
        )
      } else {
        walkInline(child)
      }
    }
  }

  function cellText(cell: Element): string {
    const saved = { text, html }
    text = ''
    html = ''
    const wasHeading = inHeading
    inHeading = true // keeps cell content inline, so a table stays one block
    cell.childNodes.forEach(walkInline)
    inHeading = wasHeading
    const value = collapse(text).replace(/\n/g, ' ')
    ;({ text, html } = saved)
    return value
  }

  function rowsOf(table: Element): Element[] {
    const rows: Element[] = []
    for (const child of table.childNodes) {
      if (!isElement(child)) continue
      if (child.tagName === 'tr') rows.push(child)
      else if (['thead', 'tbody', 'tfoot'].includes(child.tagName)) rows.push(...rowsOf(child))
    }
    return rows
  }

  function walkTable(table: Element) {
    const rows = rowsOf(table)
    const cells = rows.map((row) =>
      row.childNodes.filter(
        (c): c is Element => isElement(c) && (c.tagName === 'td' || c.tagName === 'th'),
      ),
    )
    const columns = Math.max(0, ...cells.map((r) => r.length))
    // A cell holding one paragraph (DocBook writes <td><p>) is still a value; pictures, lists and several paragraphs are layout.
    const hasBlocks = (cell: Element): boolean =>
      findElements(cell, (e) => LAYOUT_TAGS.has(e.tagName) && e !== cell).length > 0 ||
      findElements(cell, (e) => e.tagName === 'p' || e.tagName === 'div').length > 1
    const layout = (row: Element[]) => row.some(hasBlocks)
    // A one-column table, or one holding paragraphs and pictures throughout, is layout: read its content as blocks.
    if (columns <= 1 || cells.every(layout)) {
      flush()
      for (const row of cells) for (const cell of row) walkBlock(cell)
      return
    }
    flush()
    for (const child of table.childNodes) {
      if (isElement(child) && child.tagName === 'caption')
        withContext({ type: 'caption' }, () => child.childNodes.forEach(walkInline))
    }
    // An infobox: rows of pictures read as blocks, the label | value rows between them as a table.
    let run: Element[][] = []
    for (const row of cells) {
      if (!layout(row)) {
        run.push(row)
        continue
      }
      pushTableRows(run)
      run = []
      for (const cell of row) walkBlock(cell)
    }
    pushTableRows(run)
  }

  function pushTableRows(cells: Element[][]) {
    // A lone title row over a picture is a line of text, not a table.
    if (cells.every((row) => row.length <= 1)) {
      for (const row of cells) for (const cell of row) walkBlock(cell)
      return
    }
    const tableRows = cells
      .map((row) => row.map(cellText))
      .filter((row) => row.some((c) => c !== ''))
    if (tableRows.length === 0) return
    drafts.push({
      type: 'table',
      text: tableRows.map((r) => r.join('\t')).join('\n'),
      rows: tableRows,
    })
  }

  function preText(node: Node): string {
    if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value
    if (!isElement(node) || SKIPPED.has(node.tagName) || isHidden(node)) return ''
    noteAnchor(node)
    // Display only, as in any other block: the text and every offset count the base.
    if (isRubyReading(node)) return ''
    if (node.tagName === 'br') return '\n'
    return node.childNodes.map(preText).join('')
  }

  /** A `<pre>`'s text with its ruby kept as markup (readings as `<rt:…>` tokens); nothing else. */
  function preMarkup(node: Node, inRuby: boolean): string {
    if (node.nodeName === '#text')
      return escapeHtml((node as DefaultTreeAdapterMap['textNode']).value)
    if (!isElement(node) || SKIPPED.has(node.tagName) || isHidden(node)) return ''
    if (node.tagName === 'br') return '\n'
    if (isRubyReading(node)) {
      const reading = node.tagName === 'rp' || !inRuby ? '' : readingText(node).replace(/\s+/g, ' ')
      return reading.trim() === '' ? '' : `<rt:${escapeHtml(reading.trim())}>`
    }
    const inner = node.childNodes.map((c) => preMarkup(c, node.tagName === 'ruby')).join('')
    return node.tagName === 'ruby' ? `<ruby>${inner}</ruby>` : inner
  }

  function walkBlock(element: Element) {
    const tag = element.tagName
    if (!BLOCK_TAGS.has(tag)) return walkInline(element)
    if (SKIPPED.has(tag) || isHidden(element)) return
    noteAnchor(element)
    const heading = HEADING.exec(tag)
    if (heading) {
      flush()
      const saved = context
      const classes = attributeOf(element, 'class') ?? ''
      // Aozora Bunko's and title pages' <h2 class="author">, <h3 class="subtitle">: lines of the title, not sections.
      context = BYLINE_CLASS.test(classes)
        ? { type: 'byline' }
        : SUBTITLE_CLASS.test(classes)
          ? { type: 'subheading' }
          : { type: 'heading', level: Number(heading[1]) }
      inHeading = true
      element.childNodes.forEach(walkInline)
      inHeading = false
      flush()
      context = saved
      return
    }
    switch (tag) {
      case 'hr':
        flush()
        // A rule needs text above it: none opens a page, and two in a row draw one.
        if (drafts.length > 0 && drafts[drafts.length - 1]!.type !== 'separator') {
          drafts.push({ type: 'separator', text: '' })
        }
        return
      case 'pre': {
        flush()
        const code = element.childNodes
          .map(preText)
          .join('')
          .replace(/^\n/, '')
          .replace(/\s+$/, '')
          .replace(/\r\n?/g, '\n')
        if (code === '') return
        const draft: BlockDraft = { type: 'code', text: code }
        // Only where it has ruby: the readings shown above their bases, as in prose.
        const markup = element.childNodes.map((c) => preMarkup(c, false)).join('')
        const aligned = markup.includes('<rt:') ? alignMarkup(markup, code) : null
        if (aligned !== null)
          draft.html = aligned.replace(/\n/g, '<br>').replace(READING, '<rt>$1</rt>')
        drafts.push(draft)
        return
      }
      case 'table':
        walkTable(element)
        return
      case 'ul':
      case 'ol':
        flush()
        walkList(element)
        return
      case 'blockquote':
        withContext({ type: 'quote' }, () => element.childNodes.forEach(walkInline))
        return
      case 'figcaption':
      case 'caption':
        withContext({ type: 'caption' }, () => element.childNodes.forEach(walkInline))
        return
      default: {
        const classes = attributeOf(element, 'class') ?? ''
        if (CREDIT_CLASS.test(classes) && context.type === 'paragraph') {
          withContext({ type: 'credit' }, () => element.childNodes.forEach(walkInline))
          return
        }
        const caption = CAPTION_CLASS.test(classes) || isFigureTitle(element, classes)
        const byline =
          !caption &&
          context.type === 'paragraph' &&
          (BYLINE_CLASS.test(classes) || holdsByline(element))
        const subtitle = !caption && !byline && context.type === 'paragraph' && isSubtitle(element)
        withContext(
          caption
            ? { type: 'caption' }
            : byline
              ? { type: 'byline' }
              : subtitle
                ? { type: 'subheading' }
                : {
                    ...context,
                    loose:
                      context.type === 'paragraph' && LOOSE_TAGS.has(tag) && !withinVerse(element),
                  },
          () => element.childNodes.forEach(walkInline),
        )
      }
    }
  }

  /** A short line of inline text naming its author (`<span class="byline">`, `rel="author"`) beside a date. */
  function holdsByline(element: Element): boolean {
    let author = false
    let chars = 0
    const visit = (node: Node): boolean => {
      if (node.nodeName === '#text') {
        chars += (node as DefaultTreeAdapterMap['textNode']).value.trim().length
        return true
      }
      if (!isElement(node)) return true
      if (BLOCK_TAGS.has(node.tagName) || node.tagName === 'img') return false
      if (
        BYLINE_CLASS.test(attributeOf(node, 'class') ?? '') ||
        attributeOf(node, 'rel') === 'author'
      )
        author = true
      return node.childNodes.every(visit)
    }
    return element.childNodes.every(visit) && author && chars <= MAX_BYLINE_CHARS
  }

  /** A paragraph in an `<hgroup>` after its heading, or one classed as a subtitle right after a heading. */
  function isSubtitle(element: Element): boolean {
    if (element.tagName !== 'p' && element.tagName !== 'div') return false
    const parent = element.parentNode
    if (parent && isElement(parent) && parent.tagName === 'hgroup')
      return parent.childNodes.some((c) => isElement(c) && HEADING.test(c.tagName))
    const marked =
      SUBTITLE_CLASS.test(attributeOf(element, 'class') ?? '') ||
      /(^|\s)subtitle(\s|$)/.test(attributeOf(element, 'type') ?? '')
    const before = drafts.at(-1)
    // Under a heading, or under a chapter line styled as a paragraph (第一回, CHAPTER I) that becomes one.
    const underHeading =
      before?.type === 'heading' ||
      (before?.type === 'paragraph' && matchChapterHeading(before.text)?.bare === true)
    return marked && collapse(text) === '' && underHeading
  }

  const start = root as DefaultTreeAdapterMap['parentNode']
  for (const child of start.childNodes) {
    if (isElement(child)) walkBlock(child)
    else walkInline(child)
  }
  flush()
  return { drafts, anchors, links }
}

/** The element or one around it is a poem (class poem, stanza, verse…). */
function withinVerse(element: Element): boolean {
  for (let node: Node | null = element; node && isElement(node); node = node.parentNode)
    if (VERSE_CLASS.test(attributeOf(node, 'class') ?? '')) return true
  return false
}

/** In a `<nav>` or a contents page's container (class toc, TableOfContents, epub:type toc). */
function withinNav(element: Element): boolean {
  for (let parent = element.parentNode; parent && isElement(parent); parent = parent.parentNode) {
    if (parent.tagName === 'nav') return true
    const names = `${attributeOf(parent, 'class') ?? ''} ${attributeOf(parent, 'id') ?? ''} ${attributeOf(parent, 'type') ?? ''}`
    if (CONTENTS_CLASS.test(names)) return true
  }
  return false
}

/** A reading's text (an `<rtc>` may hold several `<rt>`), without fallback parentheses. */
function readingText(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value
  if (!isElement(node) || node.tagName === 'rp' || SKIPPED.has(node.tagName)) return ''
  return node.childNodes.map(readingText).join('')
}

/**
 * Heading levels as nesting depth, so the outline starts at 1 and never skips a level
 * (a book whose chapters are h2 under no h1 gets level 1 chapters).
 */
export function nestHeadingLevels(drafts: BlockDraft[]): void {
  const stack: number[] = []
  for (const draft of drafts) {
    if (draft.type !== 'heading') continue
    const raw = draft.level ?? 1
    while (stack.length > 0 && stack[stack.length - 1]! >= raw) stack.pop()
    stack.push(raw)
    draft.level = stack.length
  }
}
