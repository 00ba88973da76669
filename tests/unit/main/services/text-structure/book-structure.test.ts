import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { structureBook } from '../../../../../src/main/services/text-structure/book-structure'
import { splitLines } from '../../../../../src/main/services/text-structure/split-lines'

const BODY = '话说天下大势，分久必合，合久必分。周末七国分争，并入于秦。'

function outlineOf(lines: string[]) {
  const book = structureBook(lines)
  return book.outline.map((e) => `${e.level} ${e.title}`)
}

describe('structureBook', () => {
  it('nests chapters under volumes and puts 序 and 后记 at the top', () => {
    const lines = [
      '序',
      BODY,
      '第一卷 潜龙',
      '第一章 开始',
      BODY,
      '第二章 继续',
      BODY,
      '第二卷 飞龙',
      '第一章 再起',
      BODY,
      '后记',
      BODY,
    ]
    expect(outlineOf(lines)).toEqual([
      '1 序',
      '1 第一卷 潜龙',
      '2 第一章 开始',
      '2 第二章 继续',
      '1 第二卷 飞龙',
      '2 第一章 再起',
      '1 后记',
    ])
  })

  it('treats a printed table of contents as a list and keeps the chapters that follow it', () => {
    const lines = [
      '目录',
      '第一章 开始',
      '第二章 继续',
      '第三章 结束',
      '',
      '第一章 开始',
      BODY,
      '第二章 继续',
      BODY,
      '第三章 结束',
      BODY,
    ]
    const book = structureBook(lines)
    expect(book.outline.map((e) => e.title)).toEqual(['第一章 开始', '第二章 继续', '第三章 结束'])
    expect(book.drafts.filter((d) => d.type === 'list-item')).toHaveLength(3)
    expect(book.drafts[book.outline[0]!.draftIndex]!.type).toBe('heading')
    expect(book.drafts[book.outline[0]!.draftIndex + 1]!.text).toBe(BODY)
  })

  it('keeps BOOK ONE and CHAPTER I right after an English contents list', () => {
    const lines = [
      'CONTENTS',
      '',
      'BOOK ONE',
      'CHAPTER I',
      'CHAPTER II',
      '',
      'BOOK ONE',
      '',
      'CHAPTER I',
      '',
      'Well, Prince.',
      '',
      'CHAPTER II',
      '',
      'Anna Pávlovna.',
    ]
    expect(outlineOf(lines)).toEqual(['1 BOOK ONE', '2 CHAPTER I', '2 CHAPTER II'])
  })

  it('drops a heading a web copy repeated right under itself', () => {
    const lines = [
      '第三十八回  林潇湘魁夺菊花诗　薛蘅芜讽和螃蟹咏',
      '首页|原创书库',
      '回目录',
      '第三十八回林潇湘魁夺菊花诗薛蘅芜讽和螃蟹咏——',
      BODY,
      '第三十九回 村姥姥是信口开河',
      BODY,
    ]
    expect(structureBook(lines).outline).toHaveLength(2)
  })

  it('takes the short line under a bare label as its title', () => {
    const lines = [
      '第三回',
      '-----------',
      '賈雨村夤緣复舊職　林黛玉拋父進京都',
      BODY,
      '第四回',
      '薄命女偏逢薄命郎',
      BODY,
    ]
    const book = structureBook(lines)
    expect(book.outline.map((e) => e.title)).toEqual([
      '第三回 賈雨村夤緣复舊職 林黛玉拋父進京都',
      '第四回 薄命女偏逢薄命郎',
    ])
    expect(book.drafts.some((d) => d.type === 'separator')).toBe(false)
  })

  it('gives a book without headings sections titled by their first words, adding no text', () => {
    const paragraphs = Array.from(
      { length: 300 },
      (_, i) => `第${i}段。${'他走在路上，看见远处的山。'.repeat(8)}`,
    )
    const book = structureBook(paragraphs)
    expect(book.drafts.map((d) => d.text)).toEqual(paragraphs)
    expect(book.outline.length).toBeGreaterThan(3)
    expect(book.outline[0]).toMatchObject({ draftIndex: 0, level: 1 })
    expect(book.outline[1]!.title).toBe(paragraphs[book.outline[1]!.draftIndex]!.slice(0, 14) + '…')
  })

  it('starts a new section at a scene break in a book without headings', () => {
    const paragraph =
      'She walked along the river and thought about the letter for a long while. '.repeat(6)
    const lines = [
      ...Array(30).fill(paragraph),
      '* * *',
      'The next morning was cold.',
      ...Array(30).fill(paragraph),
    ]
    const book = structureBook(lines.flatMap((l) => [l, '']))
    expect(book.outline.map((e) => e.title)).toContain('The next morning was cold.')
  })

  it('reads the title and author from a title line', () => {
    const book = structureBook([
      '《西游记》吴承恩（明）',
      '',
      '第一回 灵根育孕源流出 心性修持大道生',
      BODY,
      '第二回 悟彻菩提真妙理',
      BODY,
    ])
    expect(book).toMatchObject({ title: '西游记', author: '吴承恩' })
    expect(book.language).toMatch(/^zh/)
  })
})

describe('structureBook on several books joined in one file', () => {
  const CORPUS = join(import.meta.dirname, '../../../../../../shared/corpus/txt')
  /** The head of a corpus novel: its title line and its first `chapters` chapters. */
  function head(file: string, chapters: number): string {
    const text = readFileSync(join(CORPUS, file), 'utf8').replace(/^\ufeff/, '')
    const starts = [...text.matchAll(/^第[一二三四五六七八九十百]+回/gmu)].map((m) => m.index)
    return text.slice(0, starts[chapters])
  }

  it('gives each novel its own top entry with its chapters under it, and names the file by neither', () => {
    const joined = [
      head('hongloumeng_simp_utf8_crlf.txt', 5),
      head('sanguoyanyi_simp_utf8_crlf.txt', 4),
      head('xiyouji_simp_utf8_crlf.txt', 3),
    ].join('\r\n')
    const book = structureBook(splitLines(joined))
    const top = book.outline.filter((e) => e.level === 1).map((e) => e.title)
    expect(top).toEqual(['红楼梦', '三国演义', '西游记'])
    const chaptersUnder = (title: string) => {
      const at = book.outline.findIndex((e) => e.title === title)
      const next = book.outline.findIndex((e, i) => i > at && e.level === 1)
      return book.outline.slice(at + 1, next < 0 ? undefined : next)
    }
    expect(chaptersUnder('红楼梦')).toHaveLength(5)
    expect(chaptersUnder('三国演义')).toHaveLength(4)
    expect(chaptersUnder('西游记')).toHaveLength(3)
    expect(chaptersUnder('三国演义')[0]!.title).toMatch(/^第一回 宴桃园/u)
    expect(book.outline.every((e) => e.level <= 2)).toBe(true)
    expect(book.drafts[book.outline[0]!.draftIndex]).toMatchObject({ type: 'heading', level: 1 })
    expect(book.title).toBeNull()
  })

  it('a novel without a title line after another still starts a work at its chapter one', () => {
    const second = head('xiyouji_simp_utf8_crlf.txt', 3).replace(/^《[^\n]*\n/u, '')
    const book = structureBook(
      splitLines(head('sanguoyanyi_simp_utf8_crlf.txt', 4) + '\n' + second),
    )
    expect(book.outline.filter((e) => e.level === 1).map((e) => e.title)).toEqual([
      '三国演义',
      expect.stringMatching(/^第一回 灵根育孕/u),
    ])
    // Its chapter one is the work's entry, listed once, with the other chapters under it.
    const titles = book.outline.map((e) => e.title)
    expect(new Set(titles).size).toBe(titles.length)
    const chapterOne = titles.findIndex((t) => /^第一回 灵根育孕/u.test(t))
    expect(book.outline.slice(chapterOne + 1).map((e) => e.level)).toEqual([2, 2])
    expect(book.drafts[book.outline[chapterOne]!.draftIndex]).toMatchObject({
      type: 'heading',
      level: 1,
    })
  })

  it('an untitled novel first and a titled one after: each chapter once in the outline', () => {
    const first = head('xiyouji_simp_utf8_crlf.txt', 4).replace(/^《[^\n]*\n/u, '')
    const book = structureBook(splitLines(first + '\n' + head('sanguoyanyi_simp_utf8_crlf.txt', 3)))
    const titles = book.outline.map((e) => e.title)
    expect(new Set(titles).size).toBe(titles.length)
    expect(book.outline.filter((e) => e.level === 1).map((e) => e.title)).toEqual([
      expect.stringMatching(/^第一回 灵根育孕/u),
      '三国演义',
    ])
    expect(book.outline).toHaveLength(4 + 1 + 3)
  })

  it('Gutenberg books joined with a Chinese novel: each titled, licences and headers between them gone', () => {
    const lines = (file: string) =>
      splitLines(readFileSync(join(CORPUS, file), 'utf8').replace(/^\ufeff/, ''))
    const pride = lines('pride_and_prejudice_pg1342_utf8.txt')
    const war = lines('war_and_peace_pg2600_utf8_bom.txt')
    const warEnd = war.findIndex((l) => l.startsWith('*** END OF THIS PROJECT GUTENBERG'))
    const joined = [
      ...pride.slice(0, pride.indexOf('CHAPTER XI.')),
      ...war.slice(0, war.indexOf('CHAPTER VI')),
      ...war.slice(warEnd),
      ...splitLines(head('sanguoyanyi_simp_utf8_crlf.txt', 3)),
    ]
    const book = structureBook(joined)
    const top = book.outline.filter((e) => e.level === 1).map((e) => e.title)
    expect(top).toEqual(['Pride and Prejudice', 'War and Peace', '三国演义'])
    const texts = book.drafts.map((d) => d.text)
    expect(texts.some((t) => /Project Gutenberg|START OF THIS|END OF THIS/u.test(t))).toBe(false)
    const war1 = book.outline.findIndex((e) => e.title === 'War and Peace')
    expect(book.outline.slice(war1 + 1, war1 + 3).map((e) => [e.level, e.title])).toEqual([
      [2, 'BOOK ONE: 1805'],
      [3, 'CHAPTER I'],
    ])
    expect(book.outline.filter((e) => /^Chapter|^CHAPTER/u.test(e.title))).toHaveLength(10 + 5)
  })

  it('keeps one book when chapter one comes again after a volume heading or an extra', () => {
    const lines = [
      '第一卷 潜龙',
      '第一章 开始',
      BODY,
      '第二章 继续',
      BODY,
      '第三章 转折',
      BODY,
      '第二卷 飞龙',
      '第一章 再起',
      BODY,
      '番外 旧事',
      BODY,
      '第一章 又起',
      BODY,
    ]
    expect(outlineOf(lines).filter((e) => e.startsWith('1 '))).toEqual([
      '1 第一卷 潜龙',
      '1 第二卷 飞龙',
      '1 番外 旧事',
    ])
  })
})

describe('chapter titles set in capitals under their label', () => {
  it('joins THE BEGINNING. to CHAPTER I. in the contents, without the full stop', () => {
    const prose =
      'It was a cold morning when the carriage stopped at the gate, and nobody in the house had expected a visitor.'
    const lines: string[] = []
    for (const [label, title] of [
      ['CHAPTER I.', 'THE BEGINNING.'],
      ['CHAPTER II.', 'IN WHICH WE MEET AGAIN.'],
    ])
      lines.push(label!, '', title!, '', prose, '', prose, '')
    const book = structureBook(lines)
    expect(book.outline.map((e) => e.title)).toEqual([
      'CHAPTER I THE BEGINNING',
      'CHAPTER II IN WHICH WE MEET AGAIN',
    ])
    expect(book.drafts.filter((d) => d.type === 'subheading').map((d) => d.text)).toEqual([
      'THE BEGINNING.',
      'IN WHICH WE MEET AGAIN.',
    ])
  })

  it('leaves a sentence in capitals under a bare label as text', () => {
    const lines = [
      'CHAPTER I.',
      '',
      'IT WAS LATE, AND THE RAIN FELL.',
      '',
      'She waited by the door.',
    ]
    expect(structureBook(lines).drafts[1]!.type).toBe('paragraph')
  })
})
