import { NUMERAL_CHARS, parseChineseNumber, parseWesternNumber } from './heading-numerals'
import { matchKoreanHeading } from './korean-heading'

/**
 * Recognises one line as a chapter heading: 第…章/回/节/卷/部/集/篇 with any numeral, 卷一, 上卷,
 * Chapter/BOOK/Part with arabic, roman or English numbers (Chapitre, Kapitel, Capítulo, Capitolo,
 * Глава with arabic or roman ones; Korean 제1장 and 12화 in korean-heading.ts), and 序/楔子/番外/后记, Prologue/Epilogue;
 * a web novel's 正文 第一章 and 【第一章】 too.
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
}

const MAX_CHINESE_HEADING = 50
const MAX_WESTERN_HEADING = 80

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
  /^(序章|序言|序曲|序幕|自序|代序|后序|後序|序|前言|引言|引子|楔子|题记|題記|番外篇|番外|尾声|尾聲|后记|後記|终章|終章|附录|附錄|跋|完本感言|完结感言|完結感言|上架感言)(.*)$/
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

const WESTERN_CHAPTER =
  /^(chapter|book|part|volume|vol\.|section|canto|act|scene|chapitre|partie|livre|kapitel|capítulo|capitulo|capitolo|parte|libro|глава|часть|книга)[ \t]+([0-9]+|[a-z]+(?:-[a-z]+)?)(?![0-9a-z])(.*)$/i
const WESTERN_RANK: Record<string, number> = {
  part: 1,
  partie: 1,
  parte: 1,
  часть: 1,
  livre: 2,
  libro: 2,
  книга: 2,
  chapitre: 3,
  kapitel: 3,
  capítulo: 3,
  capitulo: 3,
  capitolo: 3,
  глава: 3,
  book: 2,
  volume: 2,
  'vol.': 2,
  chapter: 3,
  canto: 3,
  // A play: acts hold scenes as books hold chapters.
  act: 2,
  scene: 3,
  section: 4,
}
const WESTERN_SPECIAL =
  /^(?:(?:first|second|third|fourth|final|last)[ \t]+)?(prologue|epilogue|preface|foreword|introduction|afterword|appendix|postscript|interlude|conclusion)(?![a-z])(.*)$/i

/**
 * Cheap first-character test so that most lines of a book never reach a regular expression; by
 * character code, since line[0] of a Chinese line is a new string to hash.
 */
const FIRST_CHARS = new Uint8Array(0x10000)
for (const c of '第卷上中下序后後前自代引楔题題番尾终終附跋完正【〖cbpvsefiatlCBPVSEFIATL')
  FIRST_CHARS[c.charCodeAt(0)] = 1
/** Kapitel, Глава, Часть, Книга; Korean labels (제, 프롤로그, 에필로그, 외전, 서장, 종장, 서문, 후기, 작가의 말) and 12화. */
for (const c of 'kKгГчЧкК제프에외서종후작0123456789') FIRST_CHARS[c.charCodeAt(0)] = 1

export function matchChapterHeading(line: string): HeadingMatch | null {
  if (line.length === 0) return null
  const code = line.charCodeAt(0)
  if (FIRST_CHARS[code] === 0) return null
  if (code >= 0xac00 && code <= 0xd7a3) return matchKoreanHeading(line)
  if (code >= 0x30 && code <= 0x39) return line.includes('화') ? matchKoreanHeading(line) : null
  if (code >= 0x3000) return line.length <= MAX_CHINESE_HEADING ? matchChinese(line) : null
  return line.length <= MAX_WESTERN_HEADING ? matchWestern(line) : null
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

function matchWestern(line: string): HeadingMatch | null {
  const text = line.replace(/[\s\]]+$/, '')
  let m = WESTERN_CHAPTER.exec(text)
  if (m) {
    const number = parseWesternNumber(m[2]!)
    if (Number.isNaN(number) || !isWesternTitle(m[3]!, text)) return null
    return { rank: WESTERN_RANK[m[1]!.toLowerCase()]!, number, bare: /^[\s.:]*$/.test(m[3]!) }
  }
  m = WESTERN_SPECIAL.exec(text)
  if (m) {
    const rest = /^appendix$/i.test(m[1]!)
      ? m[2]!.replace(/^[ \t]+(?:[A-Z]|[0-9]+|[IVXL]+)\b/, '')
      : m[2]!
    if (!isWesternTitle(rest, text)) return null
    return { rank: 0, number: NaN, bare: /^[\s.:]*$/.test(rest) }
  }
  return null
}

/** "CHAPTER I." / "Chapter 3: The Storm" / "BOOK ONE 1805", but not "Chapter 5 was the best". */
function isWesternTitle(rest: string, line: string): boolean {
  if (/^[\s.]*$/.test(rest)) return true
  if (/[,;]$/.test(line)) return false
  if (/^\s*[.:—–-]/.test(rest)) return true
  const title = rest.trim()
  if (!/^\s/.test(rest)) return false
  const first = title[0]!
  const wordCount = title.split(/\s+/).length
  return wordCount <= 12 && (/[\p{Lu}0-9“"‘'([]/u.test(first) || line === line.toUpperCase())
}
