import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { structureBook } from '../../../../../src/main/services/text-structure/book-structure'
import { linesToUnits } from '../../../../../src/main/services/text-structure/book-paragraphs'
import { splitLines } from '../../../../../src/main/services/text-structure/split-lines'
import {
  chineseMetre,
  isLatinVerseLine,
} from '../../../../../src/main/services/text-structure/verse-lines'

const TXT = join(import.meta.dirname, '../../../../../../shared/corpus/txt')
const read = (name: string) => splitLines(readFileSync(join(TXT, name), 'utf8'))

describe('line shapes', () => {
  it('reads the metre of classical lines and nothing else', () => {
    expect(chineseMetre('满纸荒唐言，一把辛酸泪！')).toBe(5)
    expect(chineseMetre('世人都晓神仙好，惟有功名忘不了！')).toBe(7)
    expect(chineseMetre('你证我证，心证意证．')).toBe(4)
    expect(chineseMetre('满纸荒唐言　一把辛酸泪')).toBe(5)
    // Prose: uneven clauses, dialogue, a single clause.
    expect(chineseMetre('一日，早又中秋佳节．')).toBe(0)
    expect(chineseMetre('宝玉笑道：“好妹妹，好妹妹．”')).toBe(0)
    expect(chineseMetre('春夜即事')).toBe(0)
  })

  it('takes a short capitalised line of words for English verse, not a title page or a table of contents', () => {
    expect(isLatinVerseLine('At nighttime in the moon’s fair glow', 3)).toBe(true)
    expect(isLatinVerseLine('Hugh Thomson', 29)).toBe(false)
    expect(isLatinVerseLine('Frontispiece                        iv', 0)).toBe(false)
    expect(isLatinVerseLine('with a Preface by', 27)).toBe(false)
  })
})

describe('verse in novels', () => {
  it('keeps the lines of a poem in 红楼梦 (a paragraph a line, blank lines between) in one stanza', () => {
    const drafts = structureBook(read('hongloumeng_simp_utf8_crlf.txt')).drafts
    const verse = drafts.filter((d) => d.type === 'verse').map((d) => d.text)
    expect(verse).toContain('满纸荒唐言，一把辛酸泪！\n都云作者痴，谁解其中味？')
    expect(verse).toContain(
      '未卜三生愿，频添一段愁．\n闷来时敛额，行去几回头．\n自顾风前影，谁堪月下俦？',
    )
    const haoLe = verse.find((v) => v.startsWith('世人都晓神仙好，惟有功名忘不了！'))!
    expect(haoLe.split('\n')).toHaveLength(7)
    // The prose around it stays prose.
    const prose = drafts.find((d) => d.text.startsWith('可巧这日拄了拐杖'))
    expect(prose?.type).toBe('paragraph')
    // Every line of every stanza is a line of the book as written.
    const text = readFileSync(join(TXT, 'hongloumeng_simp_utf8_crlf.txt'), 'utf8')
    for (const line of verse.flatMap((v) => v.split('\n'))) expect(text).toContain(line)
  })

  it('finds the same poem in the hard-wrapped Gutenberg 紅樓夢, between wrapped prose', () => {
    const drafts = structureBook(read('hongloumeng_pg24264_trad_utf8.txt')).drafts
    const at = drafts.findIndex(
      (d) => d.text === '滿紙荒唐言，一把辛酸淚！\n都云作者痴，誰解其中味？',
    )
    expect(drafts[at]?.type).toBe('verse')
    expect(drafts[at + 1]?.type).toBe('paragraph')
    expect(drafts[at + 1]?.text.startsWith('出則既明，且看石上是何故事．按那石上書云：')).toBe(true)
  })

  it('finds the poems of 西游记 whose commas the file lost (clauses run together in pairs)', () => {
    const drafts = structureBook(read('xiyouji_simp_utf8_crlf.txt')).drafts
    const verse = drafts.filter((d) => d.type === 'verse').map((d) => d.text)
    expect(verse).toContain(
      '三阳交泰产群生仙石胞含日月精。\n借卵化猴完大道假他名姓配丹成。\n内观不识因无相外合明知作有形。',
    )
    expect(verse).toContain(
      '一派白虹起千寻雪浪飞；海风吹不断江月照还依。\n冷气分青嶂馀流润翠微；潺湲名瀑布真似挂帘帷。',
    )
    // Two sentences of fourteen characters in a row are not yet a poem.
    expect(chineseMetre('三阳交泰产群生仙石胞含日月精。')).toBe(7)
    const prose = ['他们一起走进了那座古老的寺庙。', '她们一起走进了那座古老的寺庙。']
    expect(linesToUnits(prose).map((u) => u.type)).toEqual(['paragraph', 'paragraph'])
  })

  it('makes each stanza of a song in War and Peace one block, stanzas apart', () => {
    const drafts = structureBook(read('war_and_peace_pg2600_utf8_bom.txt')).drafts
    const first = drafts.findIndex((d) => d.text.startsWith('At nighttime in the moon’s fair glow'))
    expect(drafts[first]).toEqual({
      type: 'verse',
      text: 'At nighttime in the moon’s fair glow\nHow sweet, as fancies wander free,\nTo feel that in this world there’s one\nWho still is thinking but of thee!',
    })
    expect(drafts[first + 1]?.type).toBe('verse')
    expect(drafts[first + 1]?.text.startsWith('That while her fingers touch the harp\n')).toBe(true)
  })

  it('leaves prose alone: no verse in 三国演义 or Pride and Prejudice, none among short lines of dialogue', () => {
    for (const name of ['sanguoyanyi_simp_gbk_real.txt', 'pride_and_prejudice_pg1342_utf8.txt']) {
      const bytes = readFileSync(join(TXT, name))
      const text = new TextDecoder(name.includes('gbk') ? 'gbk' : 'utf-8').decode(bytes)
      const drafts = structureBook(splitLines(text)).drafts
      expect(drafts.filter((d) => d.type === 'verse')).toEqual([])
    }
    const dialogue = ['“Yes, I am quite sure.”', '“And you will go?”', '“Of course I will go.”']
    expect(linesToUnits(dialogue).map((u) => u.type)).toEqual([
      'paragraph',
      'paragraph',
      'paragraph',
    ])
  })
})

describe('verse set a clause a line', () => {
  const story = '话说宝玉见了贾政，回至房中，更觉头昏脑闷，懒待动弹，连饭也没吃，便昏沉睡去。'

  it('keeps a quatrain after 诗曰 in one stanza, a line to each clause', () => {
    const lines = [
      story,
      '诗曰：',
      '\u3000\u3000天下英雄谁敌手，',
      '\u3000\u3000曹刘煮酒论春秋。',
      '\u3000\u3000青梅不似当年味，',
      '\u3000\u3000一片丹心照九州。',
      story,
    ]
    const units = linesToUnits(lines)
    expect(units.map((u) => u.type)).toEqual(['paragraph', 'paragraph', 'verse', 'paragraph'])
    expect(units[2]!.text).toBe(
      '天下英雄谁敌手，\n曹刘煮酒论春秋。\n青梅不似当年味，\n一片丹心照九州。',
    )
  })

  it('keeps each poem of an anthology in one stanza, with or without punctuation', () => {
    const poem = ['床前明月光，', '疑是地上霜。', '举头望明月，', '低头思故乡。']
    for (const lines of [poem, poem.map((l) => l.slice(0, -1))]) {
      const units = linesToUnits(['静夜思', '李白', '', ...lines, '', '春晓', '孟浩然'])
      expect(units.map((u) => u.type)).toEqual([
        'paragraph',
        'paragraph',
        'verse',
        'paragraph',
        'paragraph',
      ])
    }
  })

  it('leaves short one-sentence paragraphs of a web novel as paragraphs', () => {
    const lines = ['天黑了下来。', '雨还在下着。', '他没有回头。', story]
    expect(linesToUnits(lines).map((u) => u.type)).toEqual([
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
    ])
  })
})
