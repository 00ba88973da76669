import type { BlockDraft } from '../../../shared/document-model'
import { joinCutParagraphs, unwrapHardWraps } from './newspaper-breaks'
import { looksLikeNewspaper } from './newspaper-detect'
import { headlineDrafts } from './newspaper-headlines'
import {
  hasHeadlineShape,
  isByline,
  isCaption,
  isCredit,
  isDecoration,
  isExportLine,
  isTimeLine,
  isAdLabel,
  isPageMarker,
  isPhotoCredit,
  isStructural,
  isAlphabeticSentence,
  isAlphabeticLine,
  isLongerThanHeadline,
  isPageDate,
  isPageNumber,
  isJumpLine,
  startsWithDateline,
  startsWithSectionBullet,
  visibleLength,
} from './newspaper-line-kinds'
import { toPageLines, type PageLine } from './newspaper-page-lines'
import { groupPageVerse } from './newspaper-verse'

/** Lines of a headline group (kicker, headline, deck) at most. */
const MAX_GROUP = 3
/** An exported headline may run longer than a printed one. */
const MAX_EXPORT_HEADLINE = 80
const BARE_NAME = /^(?:[\p{Script=Han}·]{2,4}|\p{Script=Han}[\s\u3000]{1,2}\p{Script=Han}{1,2})$/u

/**
 * Structure for newspaper pages and article collections (headlines with kickers and decks,
 * datelines, bylines, captions, credits, page markers, paragraphs rejoined across breaks).
 * Returns null when the lines do not read as a newspaper page, so the book rules apply instead.
 * Input: the decoded text's lines, control characters already removed, not yet trimmed.
 */
export function structureNewspaper(lines: readonly string[]): BlockDraft[] | null {
  if (!looksLikeNewspaper(lines)) return null
  const pageLines = unwrapHardWraps(groupPageVerse(toPageLines(lines)))
  const drafts =
    exportedHeadlineAt(pageLines).length > 0
      ? structureCollection(pageLines)
      : structurePage(pageLines)
  return drafts.length > 0 ? drafts : null
}

/** Text that is plainly running prose: longer than any headline, or ending a sentence. */
function isBodyText(text: string): boolean {
  if (isStructural(text)) return false
  return (
    isLongerThanHeadline(text) ||
    /[。！？!?…][”’"』」）)]*$/u.test(text) ||
    isAlphabeticSentence(text)
  )
}

/** Whether running text follows position `at`, past bylines (a bare name at first), captions and export lines. */
function bodyFollows(lines: readonly PageLine[], at: number): boolean {
  let k = at
  if (k < lines.length && BARE_NAME.test(lines[k]!.text)) k++
  while (
    k < lines.length &&
    (isByline(lines[k]!.text) ||
      isExportLine(lines[k]!.text) ||
      isTimeLine(lines[k]!.text) ||
      isCaption(lines[k]!.text))
  )
    k++
  return k < lines.length && (lines[k]!.verse === true || isBodyText(lines[k]!.text))
}

/** Starts an article: a separator after earlier content, placed before the photo captions that lead into it. */
function openArticle(
  drafts: BlockDraft[],
  captionsLeadIn = false,
  furniture: ReadonlySet<BlockDraft> = new Set(),
): void {
  let at = drafts.length
  let captions = at
  while (captions > 0 && drafts[captions - 1]!.type === 'caption') captions--
  // Photos right after a break lead into the article under them, whatever their spacing.
  if (captionsLeadIn || drafts[captions - 1]?.type === 'separator') at = captions
  // A new page's date line and folio go under the break with the page they head.
  while (at > 0 && furniture.has(drafts[at - 1]!)) at--
  const before = drafts[at - 1]
  if (before && before.type !== 'separator' && before.type !== 'heading') {
    drafts.splice(at, 0, { type: 'separator', text: '' })
  }
}

/** Paragraph-level lines: bylines, credits, captions (a bare `新华社发` joins the photo text above it), paragraphs. */
function pushBodyLine(drafts: BlockDraft[], lines: readonly PageLine[], i: number): number {
  const { text } = lines[i]!
  const next = lines[i + 1]
  if (lines[i]!.verse) drafts.push({ type: 'verse', text })
  else if (isDecoration(text)) pushBreak(drafts)
  else if (isByline(text) || isExportLine(text) || isTimeLine(text))
    drafts.push({ type: 'byline', text })
  else if (isCredit(text)) drafts.push({ type: 'credit', text })
  // 转第六版, Continued on Page A12: print furniture that ends or opens its article.
  else if (isJumpLine(text) || isAdLabel(text)) drafts.push({ type: 'furniture', text })
  else if (next && next.gapBefore === 0 && isPhotoCredit(next.text) && !isPhotoCredit(text)) {
    drafts.push({ type: 'caption', text: `${text} ${next.text}` })
    return i + 2
  } else if (isPhotoCredit(text) && photoTextAbove(drafts)) {
    // A photo's credit set a line apart from its text: one caption again.
    const above = drafts[drafts.length - 1]!
    above.type = 'caption'
    above.text = `${above.text} ${text}`
  } else if (isCaption(text)) drafts.push({ type: 'caption', text })
  else drafts.push({ type: 'paragraph', text })
  return i + 1
}

/** Longest text a photo caption above its own credit line is taken to have. */
const MAX_PHOTO_TEXT = 100
/** A caption that already ends in its credit (`… 摄`, `新华社发`, `受访者供图`). */
const PHOTO_CREDIT_AT_END = /(?:摄|发|供图|提供)[）)]?$/u

/** A rule drawn between articles is the break itself: one separator, however many rules. */
function pushBreak(drafts: BlockDraft[]): void {
  if (drafts.length > 0 && drafts[drafts.length - 1]!.type !== 'separator')
    drafts.push({ type: 'separator', text: '' })
}

/** The block above is the text a lone photo credit belongs to: a caption without its credit, or one short sentence. */
function photoTextAbove(drafts: readonly BlockDraft[]): boolean {
  const above = drafts[drafts.length - 1]
  if (!above || isPhotoCredit(above.text)) return false
  if (above.type === 'caption') return !PHOTO_CREDIT_AT_END.test(above.text)
  return (
    above.type === 'paragraph' &&
    above.text.length <= MAX_PHOTO_TEXT &&
    /[。！？]$/u.test(above.text)
  )
}

/** Whether body paragraphs are indented while headlines are not, so an indented short line is a section head. */
function indentMarksParagraphs(lines: readonly PageLine[]): boolean {
  const body = lines.filter((l) => isBodyText(l.text))
  const short = lines.filter((l) => hasHeadlineShape(l.text))
  const indentedBody = body.filter((l) => l.indented).length
  return body.length > 0 && indentedBody / body.length >= 0.6 && short.some((l) => !l.indented)
}

/** A short line that may head a section; one ending in a dash leads into the next paragraph instead. */
function isSectionHeadShape(text: string): boolean {
  return hasHeadlineShape(text) && !startsWithDateline(text) && !/[—－]{2}$/u.test(text)
}

function isSectionHead(line: PageLine, indentSelective: boolean): boolean {
  return startsWithSectionBullet(line.text) || (indentSelective && line.indented)
}

/** A page: articles found by the shape of their headline groups. */
function structurePage(input: readonly PageLine[]): BlockDraft[] {
  const lines = joinCutParagraphs(input)
  const articleLevel = lines.some((l) => isPageMarker(l.text)) ? 2 : 1
  const indentSelective = indentMarksParagraphs(lines)
  const drafts: BlockDraft[] = []
  // How far each caption stood from the text above it: a photo set apart from it leads into the next article.
  const captionGap = new Map<BlockDraft, number>()
  // The page's masthead, date lines and folios: no article of their own, no break between them and the page marker.
  const furniture = new Set<BlockDraft>()
  let inArticle = false
  for (let i = 0; i < lines.length;) {
    const line = lines[i]!
    if (isDecoration(line.text)) {
      pushBreak(drafts)
      i++
      continue
    }
    if (isPageMarker(line.text)) {
      openArticle(drafts, false, furniture)
      drafts.push({ type: 'heading', level: 1, text: line.text })
      inArticle = false
      i++
      continue
    }
    if (
      isPageDate(line.text) ||
      isPageNumber(line.text) ||
      (!inArticle && (isMasthead(lines, i) || isSectionName(lines, i, drafts, furniture)))
    ) {
      const draft: BlockDraft = { type: 'furniture', text: line.text }
      furniture.add(draft)
      drafts.push(draft)
      i++
      continue
    }
    if (line.verse || !hasHeadlineShape(line.text) || startsWithDateline(line.text)) {
      i = pushBodyLine(drafts, lines, i)
      const last = drafts[drafts.length - 1]!
      if (last.type === 'caption' && !captionGap.has(last)) captionGap.set(last, line.gapBefore)
      continue
    }
    let end = i + 1
    while (
      end < lines.length &&
      end - i < MAX_GROUP &&
      lines[end]!.gapBefore <= 1 &&
      !lines[end]!.verse &&
      hasHeadlineShape(lines[end]!.text) &&
      !isPageMarker(lines[end]!.text) &&
      !(BARE_NAME.test(lines[end]!.text) && bodyFollows(lines, end + 1))
    ) {
      end++
    }
    const group = lines.slice(i, end)
    if (!bodyFollows(lines, end)) {
      // Short lines that lead into no text: a box or a side item, set apart as a quote.
      drafts.push({ type: 'quote', text: line.text })
      i++
      continue
    }
    // A head with its own byline under it opens an article, whatever its bullet or indent.
    const ownByline = end < lines.length && isByline(lines[end]!.text)
    if (inArticle && isSectionHead(line, indentSelective) && !ownByline) {
      for (const g of group) drafts.push({ type: 'subheading', text: g.text })
    } else {
      let firstCaption = drafts.length
      while (firstCaption > 0 && drafts[firstCaption - 1]!.type === 'caption') firstCaption--
      openArticle(drafts, (captionGap.get(drafts[firstCaption]!) ?? 0) > line.gapBefore, furniture)
      drafts.push(
        ...headlineDrafts(
          group.map((g) => g.text),
          articleLevel,
        ),
      )
      inArticle = true
      // A standfirst sentence right under the headline, over the byline.
      if (end < lines.length && isStandfirst(lines, end)) {
        drafts.push({ type: 'subheading', text: lines[end]!.text })
        end++
      }
      // A commentary's author, alone on the line under its headline.
      if (end < lines.length && BARE_NAME.test(lines[end]!.text) && bodyFollows(lines, end + 1)) {
        drafts.push({ type: 'byline', text: lines[end]!.text })
        end++
      }
    }
    i = end
  }
  return drafts
}

/** An English sentence or two set right under the headline, with the byline right under it. */
function isStandfirst(lines: readonly PageLine[], at: number): boolean {
  const line = lines[at]!
  const next = lines[at + 1]
  return (
    line.gapBefore === 0 &&
    next !== undefined &&
    next.gapBefore <= 1 &&
    isByline(next.text) &&
    isAlphabeticLine(line.text) &&
    !isLongerThanHeadline(line.text) &&
    !isStructural(line.text)
  )
}

/** A few characters naming the page's section (`要闻`, `国际新闻`) just under the page's furniture. */
function isSectionName(
  lines: readonly PageLine[],
  at: number,
  drafts: readonly BlockDraft[],
  furniture: ReadonlySet<BlockDraft>,
): boolean {
  const before = drafts[drafts.length - 1]
  const text = lines[at]!.text
  return (
    before !== undefined &&
    furniture.has(before) &&
    lines[at]!.gapBefore <= 1 &&
    visibleLength(text) <= 6 &&
    hasHeadlineShape(text) &&
    !bodyFollows(lines, at + 1)
  )
}

/** A short title line at the very top that leads straight into the page's marker or date line. */
function isMasthead(lines: readonly PageLine[], at: number): boolean {
  if (at > 2 || !hasHeadlineShape(lines[at]!.text)) return false
  const next = lines[at + 1]
  return (
    next !== undefined && next.gapBefore <= 1 && (isPageMarker(next.text) || isPageDate(next.text))
  )
}

/** Start index of the headline group above each export line (`作者：…  时间：…`), keyed by export line. */
function exportedHeadlineAt(
  lines: readonly PageLine[],
): Array<{ start: number; exportLine: number }> {
  const found: Array<{ start: number; exportLine: number }> = []
  let floor = 0
  for (let e = 0; e < lines.length; e++) {
    if (!isExportLine(lines[e]!.text) && !(isTimeLine(lines[e]!.text) && datesHeadline(lines, e)))
      continue
    let start = e
    while (
      start > floor &&
      e - start < MAX_GROUP &&
      lines[start]!.gapBefore === 0 &&
      !lines[start - 1]!.indented &&
      visibleLength(lines[start - 1]!.text) <= MAX_EXPORT_HEADLINE &&
      !isStructural(lines[start - 1]!.text)
    ) {
      start--
    }
    if (start < e) found.push({ start, exportLine: e })
    floor = e + 1
  }
  return found
}

/** A site's date line right under a headline of a line or two that stands apart, with body text after it. */
function datesHeadline(lines: readonly PageLine[], at: number): boolean {
  const line = lines[at]!
  if (at === 0 || line.gapBefore > 0) return false
  const above = lines[at - 1]!.gapBefore > 0 || (at >= 2 && lines[at - 2]!.gapBefore > 0)
  const next = lines[at + 1]
  return above && (!next || next.gapBefore > 0 || isLongerThanHeadline(next.text))
}

/** Paragraphs that show how a body is set. */
const OPENING_PARAGRAPHS = 2

/** Whether the body's running text opens indented, so an unindented headline stands out from it. */
function bodyOpensIndented(lines: readonly PageLine[]): boolean {
  let body = 0
  let indented = 0
  for (let i = 0; i < lines.length && body < OPENING_PARAGRAPHS; i++) {
    if (!isLongerThanHeadline(lines[i]!.text)) continue
    body++
    if (lines[i]!.indented) indented++
  }
  return body > 0 && indented === body
}

/** Article body in a collection: cut paragraphs joined, section heads that lead into text, the rest by line kind. */
function pushArticleBody(
  drafts: BlockDraft[],
  input: readonly PageLine[],
  underHeadline = true,
): void {
  const lines = joinCutParagraphs(input)
  for (let i = 0; i < lines.length;) {
    const { text } = lines[i]!
    if (i === 0 && underHeadline && BARE_NAME.test(text)) {
      drafts.push({ type: 'byline', text })
      i++
    } else if (!lines[i]!.verse && isSectionHeadShape(text) && bodyFollows(lines, i + 1)) {
      drafts.push({ type: 'subheading', text })
      i++
    } else {
      i = pushBodyLine(drafts, lines, i)
    }
  }
}

/** Lines a joined page's headline group may take before its first paragraph. */
const HEADLINE_REACH = 5

/**
 * Where a page joined on after an indented exported body starts: an unindented headline-shaped
 * line with unindented running text just below it. -1 when there is none.
 */
function joinedPageStart(lines: readonly PageLine[]): number {
  for (let i = 1; i < lines.length; i++) {
    if (lines[i]!.indented || !hasHeadlineShape(lines[i]!.text)) continue
    // A headline with its own reporter's byline under it, whatever the indent of its text.
    if (i + 1 < lines.length && isByline(lines[i + 1]!.text)) return i
    for (let k = i + 1; k < Math.min(lines.length, i + HEADLINE_REACH); k++)
      if (!lines[k]!.indented && isBodyText(lines[k]!.text)) return i
  }
  return -1
}

/** An exported article's body, and any page joined on after it (its own headlines, unindented). */
function pushExportedBody(drafts: BlockDraft[], lines: readonly PageLine[]): void {
  const at = bodyOpensIndented(lines) ? joinedPageStart(lines) : -1
  const page = at > 0 ? structurePage(lines.slice(at)) : []
  if (!page.some((d) => d.type === 'heading')) {
    pushArticleBody(drafts, lines)
    return
  }
  pushArticleBody(drafts, lines.slice(0, at))
  openArticle(drafts)
  drafts.push(...page)
}

/** The text before the first exported article: a page of its own when it has headlines, else loose text. */
function pushLead(drafts: BlockDraft[], lines: readonly PageLine[]): void {
  const page = lines.length > 0 ? structurePage(lines) : []
  if (page.some((d) => d.type === 'heading')) drafts.push(...page)
  // Above the first article no headline stands: a short first line is a title, not an author.
  else pushArticleBody(drafts, lines, false)
}

/** Articles exported one after another, each headline group sitting on its export line. */
function structureCollection(lines: readonly PageLine[]): BlockDraft[] {
  const articles = exportedHeadlineAt(lines)
  const drafts: BlockDraft[] = []
  pushLead(drafts, lines.slice(0, articles[0]!.start))
  articles.forEach(({ start, exportLine }, n) => {
    openArticle(drafts)
    drafts.push(
      ...headlineDrafts(
        lines.slice(start, exportLine).map((l) => l.text),
        1,
      ),
    )
    drafts.push({ type: 'byline', text: lines[exportLine]!.text })
    pushExportedBody(drafts, lines.slice(exportLine + 1, articles[n + 1]?.start ?? lines.length))
  })
  return drafts
}
