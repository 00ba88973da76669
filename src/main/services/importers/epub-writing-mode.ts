import { isCjkLanguage } from '../text-structure/text-language'
import { resolveHref } from './epub-package'
import {
  cssImports,
  pageStyles,
  pageWritingMode,
  readWritingModeRules,
  type WritingMode,
  type WritingModeRules,
} from './page-writing-mode'
import type { HtmlDocument } from './parse-html'
import type { ZipArchive } from './zip-reader'

/**
 * Whether an EPUB is typeset vertically, as Japanese and many Taiwanese books are: from its pages'
 * styles, weighed by how much text each holds (a horizontal cover or colophon does not count
 * against a vertical novel), and where the styles say nothing, from the package: Kindle's
 * `primary-writing-mode` meta, or a right-to-left page progression in a CJK book.
 */

/** Nested @imports followed this deep: enough for real books, finite for a loop. */
const MAX_IMPORT_DEPTH = 3

/** Reads the writing-mode rules of the stylesheets a page uses, each file read and parsed once per book. */
export function createPageModeReader(
  zip: ZipArchive,
): (document: HtmlDocument, pagePath: string) => WritingMode | null {
  const parsed = new Map<string, WritingModeRules[]>()
  const sheetsOf = (css: string, from: string, depth: number): WritingModeRules[] => [
    ...cssImports(css).flatMap((href) => fileSheets(href, from, depth + 1)),
    readWritingModeRules(css),
  ]
  const fileSheets = (href: string, from: string, depth: number): WritingModeRules[] => {
    const target = resolveHref(from, href)
    const path = target && zip.resolve(target.path)
    if (!path || depth > MAX_IMPORT_DEPTH) return []
    let sheets = parsed.get(path)
    if (!sheets) {
      parsed.set(path, []) // a sheet importing itself reads as empty the second time
      sheets = sheetsOf(zip.readText(path) ?? '', path, depth)
      parsed.set(path, sheets)
    }
    return sheets
  }
  return (document, pagePath) =>
    pageWritingMode(
      document,
      pageStyles(document).flatMap((style) =>
        'href' in style ? fileSheets(style.href, pagePath, 0) : sheetsOf(style.css, pagePath, 0),
      ),
    )
}

export interface PageMode {
  mode: WritingMode | null
  /** Characters of text the page holds. */
  chars: number
}

export interface PackageDirection {
  /** The spine's `page-progression-direction`. */
  pageProgression: string | null
  /** Kindle's `<meta name="primary-writing-mode">` (horizontal-lr, vertical-rl…). */
  primaryWritingMode: string | null
}

/** 'vertical' when most of the book's text is set vertically; undefined otherwise. */
export function bookWritingMode(
  pages: readonly PageMode[],
  direction: PackageDirection,
  language: string | null,
): 'vertical' | undefined {
  const primary = direction.primaryWritingMode?.toLowerCase() ?? ''
  const cjk = isCjkLanguage(language?.toLowerCase() ?? null)
  const unstyled: WritingMode = primary.startsWith('vertical')
    ? 'vertical'
    : primary.startsWith('horizontal')
      ? 'horizontal'
      : cjk && direction.pageProgression?.toLowerCase() === 'rtl'
        ? 'vertical'
        : 'horizontal'
  let vertical = 0
  let total = 0
  for (const page of pages) {
    total += page.chars
    if ((page.mode ?? unstyled) === 'vertical') vertical += page.chars
  }
  return total > 0 && vertical * 2 > total ? 'vertical' : undefined
}
