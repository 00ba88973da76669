import { attributeOf, findElements, type HtmlDocument } from './parse-html'

/**
 * The writing direction a page's own styles give its text: `writing-mode` (and the
 * `-epub-`/`-webkit-` forms books use) on html, body or a class either carries, in linked and
 * embedded stylesheets or a style attribute. Only what reaches the body counts: a vertical
 * sidebar or heading does not make the page vertical.
 */
export type WritingMode = 'vertical' | 'horizontal'

export interface WritingModeRule {
  selector: string
  mode: WritingMode
  specificity: number
}

/** A stylesheet's rules that set a writing mode, in their order. */
export type WritingModeRules = readonly WritingModeRule[]

const DECLARATION = /(?:^|[;\s])(?:-(?:epub|webkit|ms)-)?writing-mode\s*:\s*([a-z-]+)/gi
// A rule body holds no braces; one inside @media is found by the same pattern.
const RULE = /([^{}]*)\{([^{}]*)\}/g

function modeOfValue(value: string): WritingMode | null {
  const v = value.toLowerCase()
  // tb-rl and tb are the old (IE, SVG 1.1) names of vertical-rl.
  if (v === 'vertical-rl' || v === 'tb-rl' || v === 'tb') return 'vertical'
  if (/^(?:horizontal-tb|lr-tb|rl-tb|lr|rl)$/.test(v)) return 'horizontal'
  return null
}

/** The writing mode a declaration block sets (its last `writing-mode` wins), or null. */
function modeOfDeclarations(block: string): WritingMode | null {
  let mode: WritingMode | null = null
  for (const [, value] of block.matchAll(DECLARATION)) mode = modeOfValue(value!) ?? mode
  return mode
}

/** Functional pseudo-classes and attribute selectors: dropped before matching (what they test is not known here). */
const UNTESTED = /:[\w-]+\([^)]*\)|\[[^\]]*\]/g

function specificityOf(selector: string): number {
  const plain = selector.replace(/:[\w-]+\([^)]*\)/g, '')
  const ids = plain.match(/#[\w-]+/g)?.length ?? 0
  const classes = plain.match(/\.[\w-]+|\[[^\]]*\]|(?<!:):(?!:)[\w-]+/g)?.length ?? 0
  const tags = plain.replace(/\[[^\]]*\]/g, '').match(/(?:^|[\s>+~])[a-z][\w-]*/gi)?.length ?? 0
  return ids * 10_000 + classes * 100 + tags
}

export function readWritingModeRules(css: string): WritingModeRules {
  const rules: WritingModeRule[] = []
  for (const [, prelude, body] of css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(RULE)) {
    const mode = modeOfDeclarations(body!)
    // Statements before the rule (@charset "utf-8"; @import …;) end at a semicolon.
    const selectors = prelude!.slice(prelude!.lastIndexOf(';') + 1).trim()
    if (!mode || selectors === '' || selectors.startsWith('@')) continue
    for (const selector of selectors.split(',')) {
      const trimmed = selector.trim()
      if (trimmed) rules.push({ selector: trimmed, mode, specificity: specificityOf(trimmed) })
    }
  }
  return rules
}

/** The stylesheets a page pulls in with @import, in order. */
export function cssImports(css: string): string[] {
  const imports: string[] = []
  const pattern = /@import\s+(?:url\(\s*)?["']?([^"')\s;]+)/gi
  for (const [, href] of css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(pattern)) imports.push(href!)
  return imports
}

/** A page's styles in cascade order: `href` for a linked stylesheet, `css` for a `<style>` element. */
export type PageStyle = { href: string } | { css: string }

export function pageStyles(document: HtmlDocument): PageStyle[] {
  return findElements(
    document,
    (e) =>
      e.tagName === 'style' ||
      (e.tagName === 'link' && /(?:^|\s)stylesheet(?:\s|$)/i.test(attributeOf(e, 'rel') ?? '')),
  ).flatMap((e): PageStyle[] => {
    if (e.tagName === 'link') {
      const href = attributeOf(e, 'href')
      return href ? [{ href }] : []
    }
    const css = e.childNodes.map((n) => ('value' in n ? n.value : '')).join('')
    return [{ css }]
  })
}

interface Target {
  tag: 'html' | 'body'
  id: string
  classes: string[]
}

function selects(selector: string, target: Target): boolean {
  if (/::|:(?:before|after|first-line|first-letter|marker)\b/i.test(selector)) return false
  const last =
    selector
      .replace(UNTESTED, '')
      .trim()
      .split(/\s*[>+~]\s*|\s+/)
      .pop() ?? ''
  const tag = /^(?:[\w-]*\|)?([a-z][\w-]*|\*)/i.exec(last)?.[1]?.toLowerCase()
  if (tag && tag !== '*' && tag !== target.tag) return false
  if (/:root\b/i.test(last) && target.tag !== 'html') return false
  for (const [, id] of last.matchAll(/#([\w-]+)/g)) if (id !== target.id) return false
  for (const [, name] of last.matchAll(/\.([\w-]+)/g))
    if (!target.classes.includes(name!)) return false
  return tag !== undefined || /[#.]|:root\b/i.test(last)
}

/** The element's own writing mode: its style attribute, else the most specific (then latest) rule for it. */
function modeOf(
  element: Target & { style: string },
  sheets: readonly WritingModeRules[],
): WritingMode | null {
  const inline = modeOfDeclarations(element.style)
  if (inline) return inline
  let best: WritingModeRule | null = null
  for (const rules of sheets)
    for (const rule of rules)
      if (selects(rule.selector, element) && (!best || rule.specificity >= best.specificity))
        best = rule
  return best?.mode ?? null
}

/** The writing mode the body's text takes (the body's own, else inherited from html), or null when the styles set none. */
export function pageWritingMode(
  document: HtmlDocument,
  sheets: readonly WritingModeRules[],
): WritingMode | null {
  const targets = (['body', 'html'] as const).map((tag) => {
    const element = findElements(document, (e) => e.tagName === tag)[0]
    return {
      tag,
      id: (element && attributeOf(element, 'id')) ?? '',
      classes: ((element && attributeOf(element, 'class')) ?? '').split(/\s+/).filter(Boolean),
      style: (element && attributeOf(element, 'style')) ?? '',
    }
  })
  return (
    modeOf(targets[0]!, sheets) ??
    modeOf(targets[1]!, sheets) ??
    conventionalMode(targets[0]!) ??
    conventionalMode(targets[1]!)
  )
}

/**
 * The Japanese publishers' (電書協) class names, read where no rule defines them: converted
 * books often keep `class="vrtl"` on html or body but lose the stylesheet that sets it.
 */
function conventionalMode(target: Target): WritingMode | null {
  if (target.classes.includes('vrtl')) return 'vertical'
  if (target.classes.includes('hltr') || target.classes.includes('hrtl')) return 'horizontal'
  return null
}

/**
 * A stand-alone page's own direction: its embedded styles, and the stylesheets it carries inside
 * its file (an MHTML's parts) where `readSheet` finds them; 'vertical' or undefined.
 */
export function standalonePageWritingMode(
  document: HtmlDocument,
  readSheet?: (href: string) => string | null,
): 'vertical' | undefined {
  const sheets = pageStyles(document).map((style) =>
    readWritingModeRules('css' in style ? style.css : (readSheet?.(style.href) ?? '')),
  )
  return pageWritingMode(document, sheets) === 'vertical' ? 'vertical' : undefined
}
