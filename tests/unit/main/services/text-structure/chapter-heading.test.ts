import { describe, expect, it } from 'vitest'
import { matchChapterHeading } from '../../../../../src/main/services/text-structure/chapter-heading'

describe('matchChapterHeading', () => {
  it.each([
    ['第一回　宴桃园豪杰三结义　斩黄巾英雄首立功', 3, 1],
    ['第一百二十回 荐杜预老将献新谋', 3, 120],
    ['第一二零回  甄士隐详说太虚情', 3, 120],
    ['第两百章 归来', 3, 200],
    ['第〇章 序曲', 3, 0],
    ['第零章', 3, 0],
    ['第壹佰贰拾叁章 大结局', 3, 123],
    ['第12章：风起', 3, 12],
    ['第１２章 全角数字', 3, 12],
    ['第 3 节 小节', 4, 3],
    ['第三卷 天下大势', 2, 3],
    ['第二部　战争', 1, 2],
    ['第五集', 2, 5],
    ['第一篇 总论', 2, 1],
    ['第一章 “我回来了”', 3, 1],
    ['第八章《重逢》', 3, 8],
    ['卷一 春', 2, 1],
    ['上卷', 2, 1],
    ['CHAPTER XIV.', 3, 14],
    ['Chapter 3: The Storm', 3, 3],
    ['Chapter Twenty-One', 3, 21],
    ['BOOK ONE: 1805', 2, 1],
    ['Book II', 2, 2],
    ['PART THREE', 1, 3],
    ['Chapter I.]', 3, 1],
    ['ACT I.', 2, 1],
    ['SCENE II. A room of state in the castle.', 3, 2],
  ])('%s is a heading of rank %i numbered %i', (line, rank, number) => {
    const match = matchChapterHeading(line)
    expect(match).not.toBeNull()
    expect(match!.rank).toBe(rank)
    expect(match!.number).toBe(number)
  })

  it.each([
    '序',
    '序言',
    '楔子',
    '引子',
    '番外一 重逢',
    '番外：后来',
    '后记',
    '後記',
    '尾声',
    '附录 陈光蕊赴任逢灾',
    'Epilogue',
    'FIRST EPILOGUE: 1813 - 20',
    'Prologue: The Fall',
    'PREFACE.',
    'Appendix B',
    'プロローグ',
    'エピローグ　旅の終わり',
    'あとがき',
    '閑話　王都にて',
    '幕間',
  ])('%s is a front or back matter heading at the top level', (line) => {
    expect(matchChapterHeading(line)?.rank).toBe(0)
  })

  it.each([
    '第一封信是他寄来的',
    '第三者插足',
    '第三集播出后，收视率大涨。',
    '第三集的时候他来了',
    '第四回中既將薛家母子在榮府內寄居等事略已表明，此回則暫不能寫矣．如',
    '第一章写得很好，第二章不行',
    '第二天一早',
    '序幕拉开了，演员上场',
    '前言不搭后语',
    '后来他走了',
    'Chapter 5 was the best part of the book.',
    'Book two of the series, which',
    'Introduction of the new rules',
    'CHAPTERS',
    '第一回' + '很长的标题'.repeat(12),
    'The chapter ended.',
    'Act one of the plan failed.',
    'Scene 2 was shot in Paris.',
    'あとがきを読んでから本文を読む。',
    '間もなく電車が来る。',
    'プロローグが長すぎた',
  ])('%s is not a heading', (line) => {
    expect(matchChapterHeading(line)).toBeNull()
  })

  it('splits a heading from the story that starts on its line', () => {
    const line = '第一零四回　　醉金剛小鰍生大浪　痴公子余痛触前情 話說賈雨村剛欲過渡，'
    const match = matchChapterHeading(line)
    expect(match?.number).toBe(104)
    expect(line.slice(0, match!.end).trim()).toBe(
      '第一零四回　　醉金剛小鰍生大浪　痴公子余痛触前情',
    )
  })

  it('marks a label without a title as bare, so the next line can be its title', () => {
    expect(matchChapterHeading('第三回')?.bare).toBe(true)
    expect(matchChapterHeading('CHAPTER I')?.bare).toBe(true)
    expect(matchChapterHeading('第三回 賈雨村夤緣复舊職')?.bare).toBe(false)
  })
})
