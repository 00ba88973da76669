/**
 * What one trimmed line of a newspaper page is, judged by its shape alone: bylines, credit lines,
 * photo captions, datelines, page markers, export lines, headline-shaped lines, cut fragments.
 * The patterns name roles (记者, 编辑, 摄, 电), never the words of any one page.
 */
import { withTraditional } from './newspaper-traditional'

/** A pattern over role words, accepting their traditional forms too. */
const newRoleRegExp = (source: string, flags: string) => withTraditional(new RegExp(source, flags))

const HAN = '\\p{Script=Han}'
const SPACE = '[\\s\\u3000]'
/** A personal name; print pads a two-character name to three columns (`张 丽`). */
const NAME = `(?:[${HAN}][\\s\\u3000]{1,2}[${HAN}](?![${HAN}])|[${HAN}·]{2,5})`
/** One to a few personal names, separated by spaces or enumeration commas. */
const NAMES = `${NAME}(?:[\\s\\u3000、，,]+${NAME})*`
/** The paper or its app before the role: `齐鲁晚报·齐鲁壹点记者`, `大众日报记者`, `央视网记者`. */
const OUTLET = `(?:[${HAN}]{1,10}(?:报|网|台|社|刊)(?:·[${HAN}]{2,6})?${SPACE}*)`
const ROLE =
  `(?:本报|新华社|中新社|人民日报|${OUTLET})?(?:特约|见习|实习|首席|全媒体)?(?:驻[${HAN}]{1,8})?` +
  '(?:摄影记者|记者|通讯员|实习生|特约撰稿人|撰稿|撰文|整理)'

const BYLINE = newRoleRegExp(
  `^[□■◆●▲◇]?(?:(?:文[/／]图|图[/／]文|文图|文|图)(?:[/／|｜:：]|${SPACE})${SPACE}*)?(?:${ROLE}${SPACE}*[:：]?${SPACE}*${NAMES}${SPACE}*)+$`,
  'u',
)
const BYLINE_SLASH = newRoleRegExp(
  `^(?:文|图|文图|撰文|作者)${SPACE}*[/／|｜:：]${SPACE}*${NAMES}$`,
  'u',
)
const BYLINE_IN_BRACKETS = newRoleRegExp(
  `^[（(](?:${ROLE}${SPACE}*[:：]?${SPACE}*${NAMES}${SPACE}*)+[）)]$`,
  'u',
)
/** `记者王小明／台北报导`, `〔記者王小明/台北報導〕`: a reporter and where the story was filed, as Taiwan papers set it. */
const REPORTED = `(?:(?:中央社|本报)?(?:特派)?记者|特派员|编译|实习记者)?${SPACE}*${NAMES}${SPACE}*[／/∕]${SPACE}*(?:[${HAN}]{1,6})?(?:报导|报道|编译|外电报导)`
const BYLINE_REPORTED = newRoleRegExp(`^[〔【［\\[（(]?${REPORTED}[〕】］\\]）)]?$`, 'u')
/** `北京＝山田太郎`, `（ワシントン＝佐藤花子）`: a Japanese story's place and writer on a line of their own. */
const JAPANESE_BYLINE =
  /^[（(]?[\p{Script=Katakana}\p{Script=Han}ー・]{1,12}＝[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]{2,8}(?:[ \u3000][\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]{1,6})?[）)]?$/u
/** `By MARIA LOPEZ`, `By David Chen and Sarah O'Neill`, `By Ann Lee, Staff Writer`. */
const ENGLISH_BYLINE =
  /^By[ \t]+[A-Z][\p{L}.'’-]*(?:[ \t]+(?:[A-Z][\p{L}.'’-]*|and|&|de|van|von|,))*(?:[ \t]*[,|—–][ \t]*[A-Z][\p{L}]+(?:[ \t]+(?:[A-Z][\p{L}]+|of|for|to|the))*)?$/u
/** The agency or desk a byline's writer files for, on the line under it: `Associated Press`, `Staff Writer`. */
const ENGLISH_AFFILIATION =
  /^(?:The )?(?:Associated Press|Reuters|Agence France-Presse|AFP|Bloomberg(?: News)?|Xinhua(?: News Agency)?|(?:Senior |Chief |Foreign |Political )?(?:Staff Writer|Staff Reporter|Correspondent|Reporter)|Special to (?:The )?[A-Z][\p{L}]+(?: [A-Z][\p{L}]+){0,3}|[A-Z][\p{L}]+(?: [A-Z][\p{L}]+){0,2} (?:Times|Post|Herald|Tribune|Journal|News|Press|Gazette|Courier|Chronicle) (?:Staff Writer|Correspondent|Reporter))$/u
/** A database export's line under each headline: `作者：…  时间：2012-01-04`, or the date alone. */
const EXPORT_LINE = withTraditional(
  /^(?:作者[:：].{0,120}?[\s\u3000]+)?时间[:：][\s\u3000]*\d{4}[-/.年]\d{1,2}|^作者[:：][^。！？]{1,120}$/u,
)
const MONTH =
  '(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)'
const CLOCK = '[0-9]{1,2}[:.][0-9]{2}[ \\t]*(?:[ap]\\.?m\\.?|[AP]M)?(?:[ \\t]+[A-Z]{2,4})?'
const WEEKDAY = '(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?,?[ \\t]+)?'
const ENGLISH_DATE = `${WEEKDAY}${MONTH}[ \\t]+[0-9]{1,2},?[ \\t]+[0-9]{4}`
const CLOCKED = `(?:${ENGLISH_DATE},?[ \\t]+(?:at[ \\t]+)?${CLOCK}|${CLOCK},?[ \\t]+${ENGLISH_DATE})`
const STAMP = `(?:${CLOCKED}|${ENGLISH_DATE})`
const STAMP_LABEL =
  '(?:Published|Updated|Posted|Last updated|First published)(?:[ \\t]+on)?:?[ \\t]+'
/**
 * `June 24, 2022, 10:30 a.m. ET`, `Published June 24, 2022 Updated …`: an English story's time
 * line; a date alone, without its time or a Published/Updated label, is the page's date.
 */
const ENGLISH_TIME_LINE = new RegExp(
  `^(?:${STAMP_LABEL}${STAMP}|${CLOCKED})(?:[ \\t]*[|·•]?[ \\t]*${STAMP_LABEL}${STAMP})?$`,
)
/** A news site's date and time under its headline, perhaps with the source: `2022-06-24 10:30:15 来源：新华网`. */
const TIME_LINE = withTraditional(
  /^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?[\s\u3000]*\d{1,2}(?::\d{2}|时\d{1,2}分)(?::\d{2})?(?:[\s\u3000]+(?:来源|稿源|出处|作者|编辑|责任编辑)[:：][^。！？，,]{1,40})*$/u,
)

const CREDIT_ROLE =
  '(?:本版)?(?:责任编辑|责编|编辑|美编|组版|校对|审读|审校|审签|排版|版式设计|版式|终审|主编|签发|制图|视觉|设计)'
const CREDIT = newRoleRegExp(
  `^[□■◆●▲◇]?${CREDIT_ROLE}${SPACE}*[:：|｜]${SPACE}*[^。！？]{1,80}$|^(?:本版)?(?:责任编辑|责编)${SPACE}+${NAMES}$` +
    // 本版编辑 王远 美编 李明: roles and names parted by (full-width) spaces alone, two roles at least.
    `|^[□■◆●▲◇]?${CREDIT_ROLE}${SPACE}+${NAME}(?:${SPACE}+${CREDIT_ROLE}${SPACE}+${NAME})+$` +
    // （编辑：陈小玲）: the credit in brackets, as Hong Kong pages close a story.
    `|^[（(【［]${CREDIT_ROLE}${SPACE}*[:：]${SPACE}*[^。！？，,（）()【】]{1,30}[）)】］]$`,
  'u',
)

/** `… 记者 张三 摄`, `新华社记者 李 涛摄`, `（张三/摄）`: a name just before 摄 at the end. */
const PHOTO_BY = newRoleRegExp(
  `(?:^|[\\s\\u3000。！？）)”（(]|记者|通讯员|摄影)${SPACE}*[${HAN}·]{1,4}(?:${SPACE}[${HAN}]{1,2})?${SPACE}*[/／]?${SPACE}*摄(?:影)?[）)]?$`,
  'u',
)
const PHOTO_SOURCE = withTraditional(
  /(?:(?:新华社|中新社)(?:记者[\p{Script=Han}·\s\u3000]{2,8})?发|人民图片|资料图片|视觉中国|东方IC|供图|图片由[^。！？]{1,20}提供|图片来源[:：][^。]{1,30})[）)]?$/u,
)
const CAPTION_START = withTraditional(
  /^(?:图为|图：|图[/／]|[▲△↑↓←→]|[上下左右]图[：:为]|（图片|写真[\s\u3000：:＝=]|[【（［]写真[】）］])|^(?:Photo(?:graph)?|Picture|Image|Illustration|Pictured|Above|Below|Top|Bottom|Left|Right|Main picture)s?[ \t]*[:：—–-][ \t]*\S/u,
)
/** A Japanese caption's close: `＝２３日、北京（新華社＝共同）`, `＝山田太郎撮影`, `＝ロイター`. */
const JAPANESE_PHOTO_CREDIT =
  /＝(?:[0-9０-９]{1,2}日[、，,][^＝。]{1,24}|[^＝。、]{1,20}撮影|ロイター|共同|時事|ＡＰ|AP|ＡＦＰ|AFP|ＥＰＡ|EPA|[^＝。]{1,12}提供)(?:[（(][^）)]{1,20}[）)])?$/u
/** An English caption's credit at its end: `(Reuters)`, `Photo: Getty Images`, `Credit: …`. */
const ENGLISH_PHOTO_CREDIT =
  /(?:\((?:AP|AFP|Reuters|EPA|Getty Images|Xinhua|[A-Z][\p{L}]+ (?:Photo|Images|Pictures))(?:[ \t]*\/[ \t]*[^()]{2,60})?\)|\((?:Photo(?:graph)?|Image|Picture)s?(?:[ \t]+(?:by|courtesy of)|:)[ \t]*[^()]{2,60}\)|(?:Photo(?:graph)?|Credit|Image|Picture)s?:[ \t]*[A-Z][^.!?]{1,50}|(?:^|[.!?][ \t]+)(?:Photo(?:graph)?|Image)s?[ \t]+by[ \t]+[A-Z][^.!?]{1,60})$/u

const DATELINE = newRoleRegExp(
  `^[（(]?据?(?:本报|[${HAN}]{1,6}(?:社|网|台|报))(?:驻[${HAN}]{1,8}记者)?[${HAN}、·]{0,14}?` +
    '[0-9０-９]{1,2}月[0-9０-９]{1,2}日(?:电|讯)|^[（(]?(?:本报讯|据[\\p{Script=Han}]{2,8}报[道导][，,])' +
    `|^[〔【［（(]${REPORTED}[〕】］）)]` +
    // 【本報訊】, 【明報專訊】: Hong Kong papers' own-news mark.
    `|^【(?:本报讯|[${HAN}]{1,8}(?:[专專]讯|讯|报道|报导))】` +
    // 【ワシントン＝佐藤花子】, 【ブリュッセル共同】: a Japanese story's place and writer or agency.
    '|^【[^】＝=\\s]{1,12}[＝=][^】]{1,16}】' +
    '|^【[\\p{Script=Katakana}\\p{Script=Han}ー・]{1,12}(?:共同|時事|ロイター|ＡＦＰ|AFP|ＡＰ|AP)】',
  'u',
)
const PAGE_MARKER =
  /第[\s\u3000]*[A-Z]?[0-9０-９]{1,3}[\s\u3000]*版|(?:^|[\s\u3000])[A-Z][0-9]{1,2}[\s\u3000]*版(?:$|[\s\u3000:：·|｜])|^[A-Z][0-9]{1,2}[\s\u3000]*版?[\s\u3000:：·|｜]+[\p{Script=Han}]{2,8}$|(?:^|[\s|])(?:Page|PAGE)[ \t]*[A-Z]?[0-9]{1,3}(?:$|[\s|·:—–-])|^[A-Z]?[0-9]{1,3}[ \t]+[|•][ \t]+\S|\S[ \t]+[|•][ \t]+[A-Z]?[0-9]{1,3}$/u
/** `明報 2022年6月24日（星期五） A12 中國`: a page code standing alone among the paper's name and date. */
const PAGE_CODE = /(?:^|[\s\u3000])[A-Z][0-9]{1,2}(?:$|[\s\u3000])/u
const DATE_IN_LINE =
  /[0-9０-９]{4}年[^\s\u3000]{0,8}?[0-9０-９]{1,2}月[0-9０-９]{1,2}日|[0-9]{4}[.\-/][0-9]{1,2}[.\-/][0-9]{1,2}/u
/** A page's date line: `2019年7月1日 星期一`, `Monday, July 1, 2019`, with perhaps its lunar date or issue number. */
const PAGE_DATE = newRoleRegExp(
  `^(?:(?:[0-9０-９]{4}年(?:[（(](?:令和|平成|昭和)[0-9０-９元]{1,2}年[）)])?[0-9０-９]{1,2}月[0-9０-９]{1,2}日|[0-9]{4}[.\\-/][0-9]{1,2}[.\\-/][0-9]{1,2})(?:${SPACE}*(?:(?:星期|周|礼拜)[一二三四五六日天]|[（(][月火水木金土日][）)]|[月火水木金土日]曜日))?(?:${SPACE}+[^。！？，]{0,24})?` +
    `|(?:星期|礼拜)[一二三四五六日天]|农历(?:[${HAN}]{2}年)?[正一二三四五六七八九十冬腊]{1,2}月[初十廿卅一二三四五六七八九十]{1,3}` +
    '|(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \\t]+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)[ \\t]+[0-9]{1,2},?[ \\t]+[0-9]{4}(?:[ \\t]+.{0,40})?)$',
  'u',
)
/** `LONDON —`, `NEW YORK (Reuters) -`, `PARIS, July 1 —`: an agency dateline opening an English story. */
const ENGLISH_DATELINE =
  /^[A-Z][A-Z.'’]+(?:[ \t-][A-Z][A-Z.'’]+){0,3}(?:,[ \t]+[A-Z][\p{L}.]+(?:[ \t]+[0-9]{1,2})?)?(?:[ \t]+\((?:AP|AFP|Reuters|Xinhua|Bloomberg|[A-Z]{2,8})\))?[ \t]*(?:—|–|--|-)[ \t]*\S/u
const SECTION_BULLET =
  /^(?:[■□●○◆◇▲△★☆◎►▶]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])/u

/** Closing quotes and brackets that may follow the punctuation which ends a sentence. */
const CLOSERS = '”’"』」）)】》'
const ENDS_SENTENCE = new RegExp(`[。！？!?…；;：:][${CLOSERS}]*$|——$`, 'u')
const ENDS_MID_SENTENCE = /[\p{L}\p{N}，,、（(“‘《〈【·]$/u

/** Structural lines are short; anything longer is body text, whatever it ends with. */
const MAX_STRUCTURAL = 160
export const MAX_HEADLINE = 48
/** Headlines and decks in alphabetic scripts run longer in characters: a standfirst is a sentence or two. */
const MAX_LATIN_HEADLINE = 140
const MAX_LATIN_HEADLINE_WORDS = 24
const WIDE_CHARACTER = /[\u2e80-\u9fff\uac00-\ud7a3\uf900-\ufaff\uff00-\uffef]/u

/** No Hanzi, kana, Hangul or full-width forms: a line of English (or another alphabetic language). */
export function isAlphabeticLine(text: string): boolean {
  return !WIDE_CHARACTER.test(text)
}

/** Several words closed by a full stop: English prose, which headlines are not. */
export function isAlphabeticSentence(text: string): boolean {
  return /[.!?]["'”’)]*$/u.test(text) && isAlphabeticLine(text) && text.split(/\s+/u).length >= 5
}

/** Longer than any headline or deck of its script could be. */
export function isLongerThanHeadline(text: string): boolean {
  const n = visibleLength(text)
  if (n <= MAX_HEADLINE) return false
  if (!isAlphabeticLine(text)) return true
  return n > MAX_LATIN_HEADLINE || text.split(/\s+/u).length > MAX_LATIN_HEADLINE_WORDS
}

const PHOTOGRAPHER_AT_END = /[摄攝]影?[）)]?$/u

export function isByline(text: string): boolean {
  if (text.length > 80) return false
  if (text.charCodeAt(0) === 0x42 /* B */ && ENGLISH_BYLINE.test(text)) return true
  if (text.charCodeAt(0) < 0x80) return ENGLISH_AFFILIATION.test(text)
  if (text.length > 60) return false
  // 图／记者王大明摄: who took the photo, a caption's credit.
  if (PHOTOGRAPHER_AT_END.test(text)) return false
  return (
    (text.includes('＝') && JAPANESE_BYLINE.test(text)) ||
    BYLINE.test(text) ||
    BYLINE_SLASH.test(text) ||
    BYLINE_IN_BRACKETS.test(text) ||
    BYLINE_REPORTED.test(text)
  )
}

export function isExportLine(text: string): boolean {
  return text.length <= 160 && EXPORT_LINE.test(text)
}

/**
 * A date and time alone (or with its source): under a headline that stands apart it dates a saved
 * article, as an export line does; chat logs print such lines between messages too, so the
 * callers look at the blank lines around it.
 */
export function isTimeLine(text: string): boolean {
  if (text.length > 100) return false
  return text.charCodeAt(0) < 0x80 && !/^[0-9]{4}/.test(text)
    ? ENGLISH_TIME_LINE.test(text)
    : TIME_LINE.test(text)
}

/** `Advertisement`, `Continue reading the main story`: a site's labels left in a copied article. */
const AD_LABEL =
  /^(?:Advertisement|ADVERTISEMENT|Advertising|Sponsored(?: content)?|Skip Advertisement|SKIP ADVERTISEMENT|Continue reading(?: the main story| below)?|(?:Story|Article) continues below(?: advertisement)?|Scroll to continue(?: with content)?|广告|廣告)$/u

export function isAdLabel(text: string): boolean {
  return text.length <= 40 && AD_LABEL.test(text)
}

/** `Reporting by Jane Doe; Editing by John Smith`, `(Additional reporting by …)`: a wire story's credits. */
const ENGLISH_CREDIT =
  /^(?:—|–|--?)[ \t]*(?:(?:The )?(?:Associated Press|AP|Reuters|AFP|Agence France-Presse|Bloomberg(?: News)?|Xinhua|dpa|Kyodo(?: News)?)|Staff and agencies|Agencies|Wire services|[A-Z][\p{L}]+(?: [A-Z][\p{L}]+){0,3} (?:News Service|Wire Service))$|^\(?(?:(?:Additional )?[Rr]eporting|Writing|Editing|Compiled|Edited|Graphics|Photos?) by [A-Z][^.!?]{0,150}\)?$|^(?:Copyright|©|\([Cc]\))[ \t]*(?:©[ \t]*)?[0-9]{4}\b.{0,100}$/u

/** `（中央社）`, `（新华社）`: the agency a story came from, on its own line under it. */
const AGENCY_CREDIT = withTraditional(
  /^[（(](?:中央社|新华社|中新社|法新社|美联社|路透社|共同社|塔斯社|韩联社|人民网|央视新闻|共同|時事|ロイター|ＡＰ|AP|ＡＦＰ|AFP)[^）)]{0,20}[）)]$/u,
)

export function isCredit(text: string): boolean {
  if (text.length > 200) return false
  return (
    (text.length <= 100 && (CREDIT.test(text) || AGENCY_CREDIT.test(text))) ||
    ENGLISH_CREDIT.test(text)
  )
}

/** The last characters PHOTO_BY and PHOTO_SOURCE end on (but `图片来源：…`): most lines skip both regexes. */
const PHOTO_ENDINGS = new Set([...'摄影发片国C图供]）)攝發圖國'])
const PHOTO_SOURCE_INSIDE = withTraditional(/图片来源/u)

export function isCaption(text: string): boolean {
  if (text.length > 300) return false
  if (CAPTION_START.test(text) && text.length > 3) return true
  if (ENGLISH_PHOTO_CREDIT.test(text)) return true
  if (text.includes('＝') && JAPANESE_PHOTO_CREDIT.test(text)) return true
  if (!PHOTO_ENDINGS.has(text[text.length - 1] ?? '') && !PHOTO_SOURCE_INSIDE.test(text))
    return false
  return PHOTO_BY.test(text) || PHOTO_SOURCE.test(text)
}

/** A caption that is nothing but its source (`新华社发`, `新华社记者 张三摄`): the photo text sits on the line above. */
export function isPhotoCredit(text: string): boolean {
  return (
    text.length <= 18 && isCaption(text) && !CAPTION_START.test(text) && !/[。！？]/u.test(text)
  )
}

export function startsWithDateline(text: string): boolean {
  const head = text.slice(0, 60)
  return DATELINE.test(head) || ENGLISH_DATELINE.test(head)
}

export function isPageMarker(text: string): boolean {
  return (
    text.length <= 80 &&
    !/[。！？，]/u.test(text) &&
    (PAGE_MARKER.test(text) || (PAGE_CODE.test(text) && DATE_IN_LINE.test(text))) &&
    !isJumpLine(text)
  )
}

/**
 * Where an article goes on or came from: `（下转第六版）`, `（上接第1版）`, `Continued on Page A12`,
 * `See BUDGET, Page A12`. The article's own print furniture, never a page heading or a headline.
 */
const JUMP_LINE =
  /^[（(【]?[\s\u3000]*(?:本文|此文)?(?:下[转轉]|上接|[紧緊]接|[转轉][接至]?|接|[续續])[\s\u3000]*第?[\s\u3000]*[A-Z]?[0-9０-９一二三四五六七八九十]{1,3}[\s\u3000]*版[^。，！？]{0,8}?[）)】]?$|^\(?(?:(?:Continued|Cont'd|Cont\.|Jump(?:ed)?)[ \t]+(?:on|from|to)[ \t]+(?:(?:Page|page|P\.)[ \t]*[A-Z]?[0-9]{1,3}|[A-Z][0-9]{1,2}|(?:the )?(?:next|previous) page|[Pp]age [A-Z]?[0-9]{1,3})|(?:Please )?[Ss]ee [A-Z][A-Z'’ -]{1,30}(?:,|[ \t]+on)[ \t]+(?:Page[ \t]+|page[ \t]+)?[A-Z]?[0-9]{1,3})\)?\.?$/u

export function isJumpLine(text: string): boolean {
  return text.length <= 60 && JUMP_LINE.test(text)
}

/** The page's date, alone on its line: page furniture, like the page marker. */
export function isPageDate(text: string): boolean {
  return text.length <= 60 && PAGE_DATE.test(text)
}

/** A folio alone on its line: `3`, `A03`, `- 3 -`, `— 12 —`, `第3页`, `Page 3`; or the size, `今日16版`. */
const PAGE_NUMBER = withTraditional(
  /^(?:[-—–·]{1,2}[\s\u3000]*)?(?:[A-Z]?[0-9０-９]{1,3}|第[0-9０-９]{1,3}页|(?:Page|PAGE|P\.)[ \t]*[A-Z]?[0-9]{1,3})(?:[\s\u3000]*[-—–·]{1,2})?$|^(?:今日|本期|共)[0-9０-９]{1,3}版$/u,
)

export function isPageNumber(text: string): boolean {
  return text.length <= 12 && PAGE_NUMBER.test(text)
}

/** A rule of dashes, stars or blocks drawn between articles: `————`, `* * *`, `■■■`. */
const DECORATION = /^(?:[-—–_=~*·•■□◆◇●○★☆※＊#＝－…][\s\u3000]*){3,}$/u

export function isDecoration(text: string): boolean {
  return text.length <= 80 && DECORATION.test(text)
}

export function startsWithSectionBullet(text: string): boolean {
  return SECTION_BULLET.test(text)
}

/** Byline, credit, caption, export line, page furniture or a rule: lines that never join a paragraph. */
export function isStructural(text: string): boolean {
  if (text.length > MAX_STRUCTURAL) return false
  return (
    isByline(text) ||
    isExportLine(text) ||
    isCredit(text) ||
    isCaption(text) ||
    isPageMarker(text) ||
    isPageDate(text) ||
    isPageNumber(text) ||
    isDecoration(text) ||
    isJumpLine(text) ||
    isTimeLine(text) ||
    isAdLabel(text)
  )
}

export function endsSentence(text: string): boolean {
  return ENDS_SENTENCE.test(text)
}

export function endsMidSentence(text: string): boolean {
  return ENDS_MID_SENTENCE.test(text)
}

/** Characters without the spaces, which headline layouts sprinkle between words. */
export function visibleLength(text: string): number {
  return text.replace(/[\s\u3000]/gu, '').length
}

/**
 * Short, no sentence punctuation inside or at the end: it could be a headline, a kicker, a deck,
 * or a line of a box. Whether it is one depends on its neighbours.
 */
export function hasHeadlineShape(text: string): boolean {
  const n = visibleLength(text)
  if (n < 2 || isLongerThanHeadline(text)) return false
  if (/[。；;]/u.test(text.slice(0, -1))) return false
  if (/[。，,、；;：:]$/u.test(text)) return false
  if (/[！？!?]$/u.test(text) && n > 30) return false
  if (isAlphabeticSentence(text)) return false
  return !isStructural(text)
}

/**
 * Clause punctuation placed the way prose places it (not the balanced halves of a headline such
 * as `惟其勇毅笃行，方显英雄本色`): a line that has it and stops without a full stop was cut.
 */
export function readsAsProse(text: string): boolean {
  const parts = text.split(/[，,、；;]/u)
  if (parts.length > 2) return true
  if (parts.length < 2) return false
  const a = visibleLength(parts[0]!)
  const b = visibleLength(parts[1]!)
  return Math.min(a, b) < 4 || Math.abs(a - b) > 4
}
