import { describe, expect, it } from 'vitest'
import {
  splitLines,
  stripControlCharacters,
} from '../../../../../src/main/services/text-structure/split-lines'

describe('splitLines and stripControlCharacters', () => {
  it('treats CRLF, CR and LF alike', () => {
    expect(splitLines('a\r\nb\rc\nd')).toEqual(['a', 'b', 'c', 'd'])
    expect(splitLines('a\nb')).toEqual(['a', 'b'])
  })

  it('removes terminal colour codes, titles and stray control characters but keeps tabs', () => {
    const text = '\u001b[1;31m第一章\u001b[0m 开始\u0007\n\u001b]0;title\u0007正文\tA\u0000B\ufeff'
    expect(stripControlCharacters(text)).toBe('第一章 开始\n正文\tAB')
  })

  it('returns text without control characters unchanged', () => {
    const text = '第一回 宴桃园\n话说天下大势'
    expect(stripControlCharacters(text)).toBe(text)
  })
})
