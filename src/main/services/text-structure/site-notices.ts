import type { BookUnit } from './book-units'

/**
 * The lines a web-novel or fan-fiction site adds to the text it serves: upload and source
 * notices, "more at www…" ads, mobile-reading prompts, the （本章完） mark at each chapter's end,
 * AO3's "Chapter Text". They are the site's, not the book's, and leave the book. The author's own
 * notes (PS：…, 求月票！) are not notices.
 */
const MAX_NOTICE = 120

/** First characters of the worded notices; a line with a web address may start anywhere. */
const NOTICE_STARTS = new Set([...'本未（(【[手请請天更最看字'].map((c) => c.charCodeAt(0)))
const WORDED_NOTICE = new RegExp(
  [
    // （本章完）, 【本章完】, 本章完。
    '^[（(【\\[]?[\\s\\u3000]*本章(?:完|结束|結束)[。！!]?[\\s\\u3000]*[）)】\\]]?$',
    // （未完待续。如果您喜欢这部作品，欢迎您来起点投推荐票…）, 本章未完，请点击下一页
    '^[（(【]?(?:未完待续|未完待續|本章未完)',
    // 本书由网友上传 / 本书由某某整理 / 本书来自品书网
    '^本(?:书|書|小说|小說)(?:来自|來自)',
    '^本(?:书|書|小说|小說|作品)由.{0,40}?(?:整理|上传|上傳|提供|首发|首發|制作|製作|收集|收藏|转载|轉載)',
    // 更新时间：2019-03-01 12:00:00 字数：3256, under a chapter's heading
    '^(?:更新时间|更新時間|本章字数|本章字數|字数|字數)[:：][\\s\\u3000]*\\d',
    // 手机用户请到…阅读 / 手机阅读本书请访问…
    '^手(?:机|機)(?:用户|用戶)',
    '^手(?:机|機)(?:阅读|閱讀|看书|看書|访问|訪問)(?:本书|本書|本站|请|請|地址|网址|網址|[:：])',
    // 请记住本站域名 / 天才一秒记住本站地址
    '^(?:请|請)?(?:记住|記住)本(?:站|书|書).{0,10}?(?:域名|网址|網址|地址|首发|首發)',
    '^天才一秒(?:记住|記住)',
    // 更多精彩请访问 / 最新章节请到 / 看最新章节
    '^(?:更多|最新|看最新|最快)(?:精彩|章节|章節|小说|小說|更新|好看).{0,20}?(?:请|請|尽在|盡在|访问|訪問|首发|首發|阅读|閱讀)',
  ].join('|'),
  'u',
)
/** What a site says around its address; a sentence that merely cites a link keeps it. */
const SITE_WORDS =
  /访问|訪問|阅读|閱讀|下载|下載|首发|首發|域名|网址|網址|本站|小说网|小說網|最新章节|最新章節|书友|書友/u

/** Archive of Our Own's text download puts this line under every chapter heading. */
const FAN_FICTION_MARKER = 'Chapter Text'

export function isSiteNotice(text: string): boolean {
  if (text.length > MAX_NOTICE || text.length < 3) return false
  if (text === FAN_FICTION_MARKER) return true
  if (NOTICE_STARTS.has(text.charCodeAt(0)) && WORDED_NOTICE.test(text)) return true
  // A short line sending readers to a site's address is an ad, not a sentence of the story.
  return (text.includes('www.') || text.includes('://')) && SITE_WORDS.test(text)
}

/** The units less the site's notices, compacted in place: a 30 MB book is not copied. */
export function dropSiteNotices(units: BookUnit[]): BookUnit[] {
  let kept = 0
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!
    if (unit.type === 'paragraph' && isSiteNotice(unit.text)) continue
    units[kept++] = unit
  }
  units.length = kept
  return units
}
