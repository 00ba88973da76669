import type { DefaultTreeAdapterMap } from 'parse5'
import { attributeOf, elementText, findElements, isElement, type HtmlDocument } from './parse-html'

/**
 * The part of a saved web page a person came to read. A page saved from a browser carries its
 * site's menus, cookie banners, sidebars and footers around the article: the page's `<main>` or
 * its one dominant `<article>` is read when it holds the text, else that furniture is left out.
 */
type Node = DefaultTreeAdapterMap['node']
type Element = DefaultTreeAdapterMap['element']
type Root = Element | HtmlDocument

/** A main or article region must hold this much of the page's text to stand for the page. */
const MIN_REGION_SHARE = 0.3
/** The largest article must hold this much of all articles' text (one story, not a list of teasers). */
const DOMINANT_ARTICLE_SHARE = 0.6
const FURNITURE_TAGS = new Set(['nav', 'aside', 'footer'])
const FURNITURE_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'banner', 'search'])
const FURNITURE_NAMES =
  /(^|[\s_-])(cookies?|consent|gdpr|breadcrumbs?|share|sharing|social|newsletter|subscribe|ad|advert|adverts|advertisement|ads|sponsored|promo|related|comments|sidebar|skip-link|most-read|tags|topics|header|footer|navbar|menu|toolbar)([\s_-]|$)/i
/** The links a web-novel or story page puts above and below each chapter (上一章 ← 章节目录 → 下一章, Previous / Next). */
const CHAPTER_LINK =
  /^(?:上一[章页頁节節]|下一[章页頁节節]|(?:章节|章節|[章节節])?目[录錄]|返回.{0,6}|加入书[签籤]|投推荐票|书架|書架|previous(?: chapter| page)?|next(?: chapter| page)?|(?:table of )?contents|index|back)$/i
/** Wikipedia's and MediaWiki's page chrome: edit links, "From Wikipedia…", language menu, navboxes, categories, citation backlinks. */
const WIKI_CHROME =
  /(^|\s)(mw-editsection|mw-jump-link|noprint|printfooter|catlinks|navbox|authority-control|mw-indicators|mw-portlet-lang|vector-page-toolbar|mw-cite-backlink|siteSub|contentSub|jump-to-nav)(\s|$)/
/** Headings of the site's boxes (Comments (214), Most read, Read more), as against a paper's "Related work". */
const FURNITURE_TITLES =
  /^(?:\d+\s+)?(?:comments?|responses?|replies|discussion|join the (?:conversation|discussion)|related(?: (?:articles?|stories|posts|content|coverage|links|reading|topics))?|read more|more (?:from|on|stories|news)\b.*|most (?:read|popular|viewed|shared)|trending(?: now)?|popular(?: now)?|recommended(?: for you)?|you (?:may|might) (?:also )?like|share(?: this)?(?: (?:article|story|post))?|sign up.*|newsletters?|advertisement|topics|tags)\s*(?:\(\d[\d,]*\))?:?$/i

function textLength(node: Node): number {
  if (isElement(node) && (node.tagName === 'script' || node.tagName === 'style')) return 0
  if (node.nodeName === '#text') return elementText(node).replace(/\s+/g, '').length
  return 'childNodes' in node ? node.childNodes.reduce((n, c) => n + textLength(c), 0) : 0
}

/** The page's main region, or the body itself, with its furniture removed (the tree is changed in place). */
export function pageContent(body: Root): Root {
  const total = textLength(body)
  const region = mainRegion(body, total)
  removeFurniture(region, region === body, textLength(region))
  return region
}

function mainRegion(body: Root, total: number): Root {
  const mains = findElements(body, (e) => e.tagName === 'main' || attributeOf(e, 'role') === 'main')
  const main = mains.find((m) => textLength(m) >= total * MIN_REGION_SHARE)
  if (main) return main
  const articles = findElements(body, (e) => e.tagName === 'article').map((element) => ({
    element,
    length: textLength(element),
  }))
  if (articles.length === 0) return body
  const all = articles.reduce((n, a) => n + a.length, 0)
  const largest = articles.reduce((a, b) => (b.length > a.length ? b : a))
  const dominant = largest.length >= all * DOMINANT_ARTICLE_SHARE
  return dominant && largest.length >= total * MIN_REGION_SHARE ? largest.element : body
}

/**
 * Menus and banners out. On a page without a main region also sidebars, footers and headers
 * without the page's title; never an element holding half the text (a wrapper misnamed "share").
 */
function removeFurniture(root: Root, wholePage: boolean, total: number): void {
  const isFurniture = (e: Element): boolean => {
    const role = attributeOf(e, 'role') ?? ''
    if (e.tagName === 'nav' || role === 'navigation') return true
    // Footnotes are often asides (role="doc-footnote", epub:type="footnote"): they are the text's own.
    if (/note/i.test(`${role} ${attributeOf(e, 'type') ?? ''}`)) return false
    const names = `${attributeOf(e, 'class') ?? ''} ${attributeOf(e, 'id') ?? ''}`
    if (WIKI_CHROME.test(names) || isChapterLinks(e) || isBreadcrumb(e)) return true
    // A section named like furniture but titled (id="related-work" in a paper) is content.
    if (FURNITURE_NAMES.test(names))
      return findElements(e, (h) => /^h[12]$/.test(h.tagName)).every((h) =>
        FURNITURE_TITLES.test(elementText(h).replace(/\s+/g, ' ').trim()),
      )
    if (!wholePage) return false
    if (FURNITURE_TAGS.has(e.tagName) || FURNITURE_ROLES.has(role)) return true
    return e.tagName === 'header' && findElements(e, (h) => h.tagName === 'h1').length === 0
  }
  const walk = (parent: Root) => {
    parent.childNodes = parent.childNodes.filter(
      (child) => !(isElement(child) && isFurniture(child) && textLength(child) < total / 2),
    )
    for (const child of parent.childNodes) if (isElement(child)) walk(child)
  }
  walk(root)
}

/** A bar holding only links to the previous and next chapters and the contents, and arrows between them. */
function isChapterLinks(element: Element): boolean {
  const links = findElements(element, (e) => e.tagName === 'a')
  if (links.length < 2) return false
  const labels = links.map((a) => elementText(a).replace(/\s+/g, ' ').trim())
  if (!labels.every((label) => CHAPTER_LINK.test(label))) return false
  const rest = links.reduce((all, a) => all.replace(elementText(a), ''), elementText(element))
  return /^[\s←→<>|/·•:-]*$/u.test(rest)
}

/** 首页 > 红楼梦 > 第一回: links parted by arrows, the page's own name last. */
function isBreadcrumb(element: Element): boolean {
  const parts = elementText(element)
    .trim()
    .split(/\s*[>›»]\s*/)
  if (parts.length < 3) return false
  const links = new Set(
    findElements(element, (e) => e.tagName === 'a').map((a) => elementText(a).trim()),
  )
  return parts.slice(0, -1).every((part) => links.has(part))
}

/** The page's own headline: its first h1 when the `<title>` is that headline plus the site's name. */
export function headlineOf(root: Root, headTitle: string | null): string | null {
  const h1 = findElements(root, (e) => e.tagName === 'h1')[0]
  const headline = h1 ? elementText(h1).replace(/\s+/g, ' ').trim() : ''
  if (!headTitle || headline === '' || headline === headTitle) return null
  return headTitle.includes(headline) ? headline : null
}
