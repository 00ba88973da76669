import type { HeadingMatch } from './chapter-heading'
import { NUMERAL_CHARS, parseChineseNumber } from './heading-numerals'

/**
 * Korean chapter headings: 제1장 (and 제 1 장, 제一장), 제3화, 제2권, 제1부, a web novel's 12화,
 * and 프롤로그, 에필로그, 외전, 서장, 종장, 작가의 말. Korean puts spaces between words, so a heading
 * is its label alone or the label, a space or a mark, and a short title; 제1장에서 … is a sentence.
 */
const KOREAN_UNIT_RANK: Record<string, number> = { 부: 1, 권: 2, 편: 2, 장: 3, 화: 3, 막: 3, 절: 4 }
const KOREAN_CHAPTER = new RegExp(
  `^제[ \\u3000]*([${NUMERAL_CHARS}]+)[ \\u3000]*(부|권|편|장|화|막|절)(.*)$`,
)
const KOREAN_EPISODE = /^([0-9]{1,4})[ ]*화(.*)$/
const KOREAN_SPECIAL = /^(프롤로그|에필로그|외전|서장|종장|서문|후기|작가의 말)(.*)$/
const MAX_KOREAN_HEADING = 50
/** Between a label and its title: a space or a mark. */
const LABEL_END = /^[ \u3000.:：\-—–·)\]]+/

export function matchKoreanHeading(line: string): HeadingMatch | null {
  if (line.length > MAX_KOREAN_HEADING) return null
  let m = KOREAN_CHAPTER.exec(line)
  if (m) {
    const number = parseChineseNumber(m[1]!)
    if (Number.isNaN(number) || !isKoreanTitle(m[3]!)) return null
    return { rank: KOREAN_UNIT_RANK[m[2]!]!, number, bare: isBare(m[3]!) }
  }
  m = KOREAN_EPISODE.exec(line)
  if (m) {
    if (!isKoreanTitle(m[2]!)) return null
    return { rank: 3, number: Number(m[1]), bare: isBare(m[2]!) }
  }
  m = KOREAN_SPECIAL.exec(line)
  if (m) {
    const rest = m[2]!.replace(/^[ ]*[0-9]+/, '') // 외전 2
    if (!isKoreanTitle(rest)) return null
    return { rank: 0, number: NaN, bare: isBare(m[2]!) }
  }
  return null
}

/** Nothing, or a space or mark and then a title that is not a sentence (no full stop or comma at its end). */
function isKoreanTitle(rest: string): boolean {
  if (rest.trim() === '') return true
  const label = LABEL_END.exec(rest)
  if (!label) return false
  return !/[.。!?？！,，]$/.test(rest.slice(label[0].length).trim())
}

function isBare(rest: string): boolean {
  return rest.replace(LABEL_END, '').trim() === ''
}
