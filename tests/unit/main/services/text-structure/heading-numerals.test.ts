import { describe, expect, it } from 'vitest'
import {
  parseChineseNumber,
  parseEnglishNumber,
  parseRomanNumber,
} from '../../../../../src/main/services/text-structure/heading-numerals'

describe('heading numerals', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['一百零八', 108],
    ['一百二十', 120],
    ['一一九', 119],
    ['一二零', 120],
    ['两百', 200],
    ['三千五百', 3500],
    ['一万零一', 10001],
    ['〇', 0],
    ['壹佰贰拾叁', 123],
    ['拾', 10],
    ['42', 42],
    ['４２', 42],
  ])('%s is %i', (text, value) => {
    expect(parseChineseNumber(text)).toBe(value)
  })

  it('rejects what is not a number', () => {
    expect(parseChineseNumber('封')).toBeNaN()
    expect(parseRomanNumber('IIII')).toBeNaN()
    expect(parseRomanNumber('')).toBeNaN()
    expect(parseEnglishNumber('chapter')).toBeNaN()
  })

  it('reads roman numerals and English number words', () => {
    expect(parseRomanNumber('XIV')).toBe(14)
    expect(parseRomanNumber('lxi')).toBe(61)
    expect(parseEnglishNumber('Fifteen')).toBe(15)
    expect(parseEnglishNumber('twenty-one')).toBe(21)
  })
})
