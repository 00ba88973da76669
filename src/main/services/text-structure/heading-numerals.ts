import { foldWords, readNumberWords } from './number-words'

/** Numbers as chapter headings write them: Chinese numerals, arabic digits, roman numerals, English words. */

const CHINESE_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  壹: 1,
  二: 2,
  贰: 2,
  貳: 2,
  两: 2,
  兩: 2,
  三: 3,
  叁: 3,
  參: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  陸: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
}
const CHINESE_UNITS: Record<string, number> = {
  十: 10,
  拾: 10,
  百: 100,
  佰: 100,
  千: 1000,
  仟: 1000,
}
const CHINESE_MYRIADS: Record<string, number> = { 万: 10_000, 萬: 10_000 }

/** Characters that may appear in a chapter number written any way (for building patterns). */
export const NUMERAL_CHARS =
  '0-9０-９零〇一壹二贰貳两兩三叁參四肆五伍六陆陸七柒八捌九玖十拾百佰千仟万萬'

/** 一百二十 → 120, 一二零 → 120, 十二 → 12, ４２ → 42; NaN when it is not a number. */
export function parseChineseNumber(text: string): number {
  const ascii = text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
  if (/^[0-9]+$/.test(ascii)) return Number(ascii)
  let hasUnit = false
  for (const ch of text) if (ch in CHINESE_UNITS || ch in CHINESE_MYRIADS) hasUnit = true
  if (!hasUnit) {
    // Digit by digit, as in 第一二零回.
    let value = 0
    for (const ch of text) {
      const d = CHINESE_DIGITS[ch]
      if (d === undefined) return NaN
      value = value * 10 + d
    }
    return text.length > 0 ? value : NaN
  }
  let total = 0
  let section = 0
  let digit = -1
  for (const ch of text) {
    const d = CHINESE_DIGITS[ch]
    if (d !== undefined) {
      digit = d
      continue
    }
    const unit = CHINESE_UNITS[ch]
    if (unit !== undefined) {
      section += (digit < 0 ? 1 : digit) * unit
      digit = -1
      continue
    }
    const myriad = CHINESE_MYRIADS[ch]
    if (myriad === undefined) return NaN
    total += (section + Math.max(digit, 0)) * myriad
    section = 0
    digit = -1
  }
  return total + section + Math.max(digit, 0)
}

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 }

/** XIV → 14; NaN for anything that is not a well-formed roman numeral. */
export function parseRomanNumber(text: string): number {
  const lower = text.toLowerCase()
  if (!/^m{0,4}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/.test(lower) || lower === '')
    return NaN
  let value = 0
  for (let i = 0; i < lower.length; i++) {
    const here = ROMAN[lower[i]!]!
    const next = ROMAN[lower[i + 1] ?? ''] ?? 0
    value += here < next ? -here : here
  }
  return value
}

/** "Twenty-One" → 21, "fifteen" → 15; NaN otherwise (0 to 99, enough for books and parts). */
export function parseEnglishNumber(text: string): number {
  if (foldWords(text) === 'zero') return 0
  const words = readNumberWords(text, ['en'])
  return words && !words.ordinal && words.length === text.length && words.value < 100
    ? words.value
    : NaN
}
