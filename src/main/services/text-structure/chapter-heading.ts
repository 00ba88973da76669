import { matchArabicHeading } from './arabic-heading'
import { matchEuropeanHeading } from './european-heading'
import { NUMERAL_CHARS, parseChineseNumber } from './heading-numerals'
import { matchHebrewHeading } from './hebrew-heading'
import { matchKoreanHeading } from './korean-heading'
import { ORDINAL_FIRST_LETTERS } from './number-words'

/**
 * Recognises one line as a chapter heading: 第…章/回/节/卷/部/集/篇 with any numeral, 卷一, 上卷,
 * 序/楔子/番外/后记 (and a Japanese web novel's プロローグ, あとがき, 閑話), a web novel's 正文 第一章 and
 * 【第一章】; the other scripts in their own modules:
 * European labels with numbers in digits, roman numerals or words (european-heading.ts), Korean
 * 제1장 and 12화, Arabic and Persian الفصل الأول / فصل ۱, Hebrew פרק א.
 * A line is tested on its own; the book-level rules (contents lists, repeats, levels) come later.
 */
export interface HeadingMatch {
  /** 1 part (部, PART), 2 book (卷, BOOK), 3 chapter (章, 回, CHAPTER), 4 section (节); 0 for 序, 后记, Epilogue. */
  rank: number
  /** The heading's number, NaN where it has none. */
  number: number
  /** Only the label (第三回, CHAPTER I): its title may stand on the next line. */
  bare: boolean
  /** Where the heading ends when the story starts on the same line (第一零四回 … 話說賈雨村…). */
  end?: number
  /** The heading as the contents list it, where a site dressed it (正文 第一章 …, 【第一章】…). */
  title?: string
  /** Its language writes titles in sentence case (Chapitre premier / Le retour), not Title Case. */
  sentenceCaseTitle?: boolean
}

const MAX_CHINESE_HEADING = 50
const MAX_WESTERN_HEADING = 80
/** Right-to-left and Arabic letter marks some files put before a line. */
const DIRECTION_MARKS = new Set([0x200e, 0x200f, 0x061c])

const UNIT_RANK: Record<string, number> = {
  部: 1,
  卷: 2,
  册: 2,
  冊: 2,
  集: 2,
  篇: 2,
  章: 3,
  回: 3,
  话: 3,
  話: 3,
  幕: 3,
  折: 3,
  节: 4,
  節: 4,
}
const CHINESE_CHAPTER = new RegExp(
  `^第[ \\u3000]*([${NUMERAL_CHARS}]+)[ \\u3000]*([部卷册冊集篇章回话話幕折节節])(.*)$`,
)
const CHINESE_VOLUME = new RegExp(`^卷(?:之)?[ \\u3000]*([${NUMERAL_CHARS}]+)(.*)$`)
const CHINESE_HALF = /^([上中下])([部卷册冊篇])(.*)$/
const CHINESE_SPECIAL =
  /^(序章|序言|序曲|序幕|自序|代序|后序|後序|序|前言|引言|引子|楔子|题记|題記|番外篇|番外|尾声|尾聲|后记|後記|终章|終章|附录|附錄|跋|完本感言|完结感言|完結感言|上架感言|プロローグ|エピローグ|あとがき|後書き|閑話|幕間|間章)(.*)$/
/** Where a 回目 ends and the story begins on the same line. */
const STORY_OPENING = /[\s\u3000](?:話說|话说|卻說|却說|却说|且說|且说)/
const SEPARATOR = /^[\s\u3000:：、.．·•\-—–_]+/
/** A character right after 第三集 that makes it the start of a sentence, not a heading. */
const SENTENCE_PARTICLE =
  /^[的之中里裡内內时時后後前了是和与與也都就还還又却卻已被把给給说說讲講比等到才在上下开開]/
const ENDS_LIKE_CLAUSE = /[，,、；;：:]$/
/** Web-novel sites put `正文` before each chapter of their main text. */
const MAIN_TEXT_PREFIX = /^(?:正文卷|正文)[\s\u3000:：_\-—]*/
/** 【第一章】 or 【第一章 风雨】: a label in lenticular brackets, its title inside or after. */
const BRACKET_CLOSE: Record<string, string> = { '【': '】', '〖': '〗' }

/**
 * Cheap first-character test so that most lines of a book never reach a regular expression; by
 * character code, since line[0] of a Chinese line is a new string to hash.
 */
const FIRST_CHARS = new Uint8Array(0x10000)
for (const c of '第卷上中下序后後前自代引楔题題番尾终終附跋完正【〖cbpvsefiatlCBPVSEFIATL')
  FIRST_CHARS[c.charCodeAt(0)] = 1
/** Kapitel, Глава, Часть, Книга; Korean labels (제, 프롤로그, 에필로그, 외전, 서장, 종장, 서문, 후기, 작가의 말) and 12화. */
for (const c of 'kKгГчЧкК제프에외서종후작0123456789') FIRST_CHARS[c.charCodeAt(0)] = 1
/** Spelled ordinals (Erstes Kapitel, Deuxième partie), Teil, Livro, Том, Пролог, Эпилог, Nachwort, Épilogue. */
for (const c of `${ORDINAL_FIRST_LETTERS}тпэnévlt`)
  FIRST_CHARS[c.charCodeAt(0)] = FIRST_CHARS[c.toUpperCase().charCodeAt(0)] = 1
/** Japanese web novels' プロローグ, エピローグ, あとがき, 閑話, 幕間, 間章. */
for (const c of 'プエあ閑幕間') FIRST_CHARS[c.charCodeAt(0)] = 1
/** Arabic and Persian labels (الفصل, فصل, باب, بخش, قسمت, جلد, دفتر, کتاب) and Hebrew ones (פרק, חלק, ספר). */
for (const c of 'افبقجدكکפחס') FIRST_CHARS[c.charCodeAt(0)] = 1

export function matchChapterHeading(line: string): HeadingMatch | null {
  if (line.length === 0) return null
  const code = line.charCodeAt(0)
  if (FIRST_CHARS[code] === 0)
    return DIRECTION_MARKS.has(code) ? matchChapterHeading(line.slice(1)) : null
  if (code >= 0x590 && code <= 0x5ff) return matchHebrewHeading(line)
  if (code >= 0x600 && code <= 0x6ff) return matchArabicHeading(line)
  if (code >= 0xac00 && code <= 0xd7a3) return matchKoreanHeading(line)
  if (code >= 0x30 && code <= 0x39) {
    if (line.includes('화')) return matchKoreanHeading(line)
    return line.length <= MAX_WESTERN_HEADING ? matchEuropeanHeading(line) : null
  }
  if (code >= 0x3000) return line.length <= MAX_CHINESE_HEADING ? matchChinese(line) : null
  return line.length <= MAX_WESTERN_HEADING ? matchEuropeanHeading(line) : null
}

function matchChinese(line: string): HeadingMatch | null {
  const first = line[0]!
  if (first === '正') return matchAfterPrefix(line)
  if (first === '【' || first === '〖') return matchBracketed(line, BRACKET_CLOSE[first]!)
  let m = CHINESE_CHAPTER.exec(line)
  if (m) {
    const number = parseChineseNumber(m[1]!)
    const story = STORY_OPENING.exec(m[3]!)
    const rest = story ? m[3]!.slice(0, story.index) : m[3]!
    if (Number.isNaN(number) || !isChineseTitle(rest)) return null
    const end = story ? line.length - m[3]!.length + story.index : undefined
    return { rank: UNIT_RANK[m[2]!]!, number, bare: rest.trim() === '', ...(end ? { end } : {}) }
  }
  m = CHINESE_VOLUME.exec(line)
  if (m) {
    if (!isChineseTitle(m[2]!, true)) return null
    return { rank: 2, number: parseChineseNumber(m[1]!), bare: m[2]!.trim() === '' }
  }
  m = CHINESE_HALF.exec(line)
  if (m) {
    if (!isChineseTitle(m[3]!, true)) return null
    return {
      rank: UNIT_RANK[m[2]!]!,
      number: '上中下'.indexOf(m[1]!) + 1,
      bare: m[3]!.trim() === '',
    }
  }
  m = CHINESE_SPECIAL.exec(line)
  if (m) {
    // 番外一, 番外3: a numbered extra chapter.
    const rest = m[2]!.replace(new RegExp(`^[${NUMERAL_CHARS}]+`), '')
    if (!isChineseTitle(rest, true)) return null
    return { rank: 0, number: NaN, bare: m[2]!.trim() === '' }
  }
  return null
}

function matchAfterPrefix(line: string): HeadingMatch | null {
  const prefix = MAIN_TEXT_PREFIX.exec(line)
  if (!prefix || prefix[0].length === line.length) return null
  const rest = line.slice(prefix[0].length)
  if (rest[0] === '正') return null
  const m = matchChinese(rest)
  if (!m) return null
  const start = prefix[0].length
  const end = m.end ? m.end + start : undefined
  return { ...m, title: m.title ?? rest.slice(0, m.end).trim(), ...(end ? { end } : {}) }
}

function matchBracketed(line: string, close: string): HeadingMatch | null {
  const at = line.indexOf(close)
  if (at < 2) return null
  const after = line.slice(at + 1).trim()
  const title = line.slice(1, at) + (after ? ` ${after}` : '')
  const m = matchChinese(title)
  if (!m || m.end || m.title) return null
  return { ...m, title }
}

/** What follows 第三回 is a title, not the rest of a sentence. */
function isChineseTitle(rest: string, needsSeparator = false): boolean {
  if (rest === '') return true
  const separated = SEPARATOR.exec(rest)
  const title = separated ? rest.slice(separated[0].length) : rest
  if (!separated) {
    if (needsSeparator || SENTENCE_PARTICLE.test(rest) || /[，,]/.test(rest)) return false
  }
  return !title.includes('。') && !ENDS_LIKE_CLAUSE.test(title)
}
