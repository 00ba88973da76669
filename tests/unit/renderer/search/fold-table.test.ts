import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import * as OpenCC from 'opencc-js'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  createFoldTable,
  foldText,
  type FoldTable,
} from '../../../../src/renderer/src/search/fold-table'

const CORPUS = resolve(import.meta.dirname, '../../../../../shared/corpus')

describe('search folding', () => {
  let table: FoldTable
  beforeAll(() => {
    table = createFoldTable()
  })

  it('folds full-width letters, digits and punctuation, and case', () => {
    expect(foldText('ＡＢＣ１２３，（ＯＫ）！', table)).toBe(foldText('abc123,(ok)!', table))
    expect(foldText('Margin READER', table)).toBe('margin reader')
    expect(foldText('\u3000', table)).toBe(' ')
    expect(foldText('ｶﾀｶﾅ', table)).toBe('カタカナ')
  })

  it('folds traditional and regional variant characters to the simplified ones', () => {
    expect(foldText('紅樓夢', table)).toBe(foldText('红楼梦', table))
    expect(foldText('後來', table)).toBe(foldText('后来', table))
    // The tables disagree on direction here (Taiwan 吃 → 喫, OpenCC 喫 → 吃); both must meet.
    expect(foldText('喫飯', table)).toBe(foldText('吃饭', table))
    expect(foldText('僞', table)).toBe(foldText('伪', table))
    expect(foldText('偽', table)).toBe(foldText('伪', table))
    expect(foldText('裡', table)).toBe(foldText('里', table))
  })

  it('keeps every length, so offsets in the folded text are offsets in the original', () => {
    const text = 'Ａ紅😀樓\ud800夢ﬁ™①'
    expect(foldText(text, table)).toHaveLength(text.length)
    const folded = foldText('第一回　宴桃園豪傑三結義', table)
    expect(folded.indexOf(foldText('桃园', table))).toBe(5)
  })

  it('is a fold: folding twice changes nothing', () => {
    const unstable: number[] = []
    for (let code = 0; code < 0x10000; code++)
      if (table[table[code]!] !== table[code]) unstable.push(code)
    expect(unstable).toEqual([])
  })

  it('makes a real novel and its OpenCC traditional conversion fold to the same text', () => {
    const simplified = readFileSync(
      resolve(CORPUS, 'txt/hongloumeng_simp_utf8_crlf.txt'),
      'utf8',
    ).slice(0, 100_000)
    for (const to of ['t', 'tw', 'hk'] as const) {
      const traditional = OpenCC.Converter({ from: 'cn', to })(simplified)
      expect(traditional).toHaveLength(simplified.length)
      expect(traditional).not.toBe(simplified)
      const a = foldText(simplified, table)
      const b = foldText(traditional, table)
      let differing = 0
      for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) differing++
      // Only phrase-level choices remain (了/瞭 in 明瞭, where both are valid simplified characters).
      expect(differing / a.length).toBeLessThan(0.0005)
    }
  })
})
