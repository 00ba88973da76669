import type { DefaultTreeAdapterMap } from 'parse5'
import { attributeOf, elementText, findElements, type HtmlDocument } from './parse-html'

/**
 * Pages Microsoft Word saves ("Web Page" / "Filtered"): list bullets are typed characters
 * inside `<![if !supportLists]>` that browsers hide, lists are paragraphs of class
 * MsoListParagraph, the title is a paragraph of class MsoTitle, the author sits in an XML island.
 */
type Element = DefaultTreeAdapterMap['element']
type ParentNode = DefaultTreeAdapterMap['parentNode']

const WORD_MARK =
  /urn:schemas-microsoft-com:office:word|<meta[^>]+content=["']?(?:Word\.Document|Microsoft Word)/i
/** What browsers other than IE skip: the bullet Word typed for readers without list support. */
const LIST_FALLBACK = /<!(?:--)?\[if !supportLists\](?:--)?>([\s\S]*?)<!(?:--)?\[endif\](?:--)?>/gi
const SYMBOL_FONT = /font-family:\s*["']?(?:Wingdings|Symbol|Webdings)/i
const BULLET_ONLY = /^[\s\u00a0·•▪◦§oØü\-–*]*$/

export function isWordHtml(text: string): boolean {
  return WORD_MARK.test(text.slice(0, 8192))
}

/** The text with Word's typed bullets removed; a typed number ("1.", "a)") is kept as text. */
export function dropWordBullets(text: string): string {
  return text.replace(LIST_FALLBACK, (_whole, inner: string) => {
    const label = inner
      .replace(/<[^>]*>/g, '')
      .replace(/&nbsp;/g, ' ')
      .trim()
    // Symbol-font bullets are letters in disguise (Wingdings "l" is ●, "Ø" is ➢).
    return BULLET_ONLY.test(label) || SYMBOL_FONT.test(inner) ? '' : `${label} `
  })
}

/** The document's author from Word's `<o:Author>` properties. */
export function wordAuthor(text: string): string | null {
  return /<o:Author>([^<]+)<\/o:Author>/i.exec(text)?.[1]?.trim() || null
}

function isWordListParagraph(e: Element): boolean {
  return (
    e.tagName === 'p' &&
    (/(^|\s)MsoListParagraph/i.test(attributeOf(e, 'class') ?? '') ||
      /mso-list\s*:\s*l\d/i.test(attributeOf(e, 'style') ?? ''))
  )
}

/** Word's list paragraphs become list items in a list, its title paragraph a heading. */
export function restoreWordStructure(document: HtmlDocument): void {
  for (const title of findElements(document, (e) =>
    /(^|\s)MsoTitle(\s|$)/i.test(attributeOf(e, 'class') ?? ''),
  )) {
    if (elementText(title).trim() !== '') title.tagName = title.nodeName = 'h1'
  }
  const parents = new Set(findElements(document, isWordListParagraph).map((p) => p.parentNode!))
  for (const parent of parents) groupListItems(parent)
}

function groupListItems(parent: ParentNode): void {
  const children: ParentNode['childNodes'] = []
  let list: Element | null = null
  for (const child of parent.childNodes) {
    if ('tagName' in child && isWordListParagraph(child)) {
      if (!list) {
        list = {
          ...child,
          nodeName: 'ul',
          tagName: 'ul',
          attrs: [],
          childNodes: [],
          parentNode: parent,
        }
        children.push(list)
      }
      child.tagName = child.nodeName = 'li'
      child.parentNode = list
      list.childNodes.push(child)
    } else {
      // Whitespace between list paragraphs does not end the list.
      if (child.nodeName !== '#text' || elementText(child).trim() !== '') list = null
      children.push(child)
    }
  }
  parent.childNodes = children
}
