import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ParsedDocument } from '../../../../../src/shared/document-model'
import { importDocument } from '../../../../../src/main/services/importers/import-document'
import { parseChineseNumber } from '../../../../../src/main/services/text-structure/heading-numerals'
import { encodeLegacyLossy } from './txt-legacy-encoder'

const CORPUS = join(import.meta.dirname, '../../../../../../shared/corpus/txt')
const SAMPLES = join(import.meta.dirname, '../../../../../../shared/samples')

async function importCorpus(name: string): Promise<ParsedDocument> {
  return importDocument(await readFile(join(CORPUS, name)), name)
}

/** The 回 numbers in the outline, each once. */
function chapterNumbers(doc: ParsedDocument): Set<number> {
  const numbers = new Set<number>()
  for (const entry of doc.outline) {
    const m = /^第([^回]+)回/.exec(entry.title)
    if (m) numbers.add(parseChineseNumber(m[1]!))
  }
  return numbers
}

function oneToN(n: number): Set<number> {
  return new Set(Array.from({ length: n }, (_, i) => i + 1))
}

const text = (doc: ParsedDocument) => doc.blocks.map((b) => b.text).join('\n')

describe('real Chinese novels', () => {
  it('三国演义 as a real GBK download: 120 回, GBK, paragraphs rejoined', async () => {
    const doc = await importCorpus('sanguoyanyi_simp_gbk_real.txt')
    expect(['gbk', 'gb18030']).toContain(doc.encoding)
    expect(chapterNumbers(doc)).toEqual(oneToN(120))
    expect(doc.outline.every((e) => e.level === 1)).toBe(true)
    expect(doc.blocks.map((b) => b.text)).toContain(
      '话说天下大势，分久必合，合久必分。周末七国分争，并入于秦。及秦灭之后，楚、汉分争，又并入于汉。汉朝自高祖斩白蛇而起义，一统天下，后来光武中兴，传至献帝，遂分为三国。推其致乱之由，殆始于桓、灵二帝。桓帝禁锢善类，崇信宦官。及桓帝崩，灵帝即位，大将军窦武、太傅陈蕃共相辅佐。时有宦官曹节等弄权，窦武、陈蕃谋诛之，机事不密，反为所害，中涓自此愈横。',
    )
    expect(doc.blocks.every((b) => !/^[\s\u3000]|[\s\u3000]$/.test(b.text))).toBe(true)
    expect(doc.language).toBe('zh-Hans')
  })

  it('紅樓夢 hard-wrapped at ~80 columns (Gutenberg): 120 回 and whole paragraphs again', async () => {
    const doc = await importCorpus('hongloumeng_pg24264_trad_utf8.txt')
    expect(chapterNumbers(doc)).toEqual(oneToN(120))
    expect(doc.outline.find((e) => e.title.startsWith('第三回'))!.title).toBe(
      '第三回 賈雨村夤緣复舊職 林黛玉拋父進京都',
    )
    const paragraphs = doc.blocks.filter((b) => b.type === 'paragraph')
    expect(paragraphs.find((b) => b.text.startsWith('此開卷第一回也'))!.text).toContain(
      '故將真事隱去，而借"通靈"之說',
    )
    // A paragraph ending mid-sentence at the wrap width would end in a Hanzi or a comma (unjoined,
    // nearly every paragraph would); what remains is mostly the indented eulogy of 第七十八回.
    const cut = paragraphs.filter((b) => b.text.length >= 25 && /[\u4e00-\u9fff，]$/.test(b.text))
    expect(cut.length / paragraphs.length).toBeLessThan(0.06)
    expect(paragraphs.length).toBeLessThan(4_000)
    expect(doc.language).toBe('zh-Hant')
  })

  it('红楼梦 with CRLF and a paragraph a line: 120 回, title and author from 《》', async () => {
    const doc = await importCorpus('hongloumeng_simp_utf8_crlf.txt')
    expect(chapterNumbers(doc)).toEqual(oneToN(120))
    expect(doc.outline).toHaveLength(120)
    expect(doc).toMatchObject({ title: '红楼梦', author: '曹雪芹' })
    expect(doc.blocks.every((b) => !b.text.includes('\r'))).toBe(true)
  })

  it('三国演义 with CRLF: 120 回', async () => {
    const doc = await importCorpus('sanguoyanyi_simp_utf8_crlf.txt')
    expect(chapterNumbers(doc)).toEqual(oneToN(120))
    expect(doc).toMatchObject({ title: '三国演义', author: '罗贯中' })
  })

  it('西游记: 100 回 plus its appendix, private-use characters kept', async () => {
    const doc = await importCorpus('xiyouji_simp_utf8_crlf.txt')
    expect(chapterNumbers(doc)).toEqual(oneToN(100))
    expect(doc.outline.map((e) => e.title)).toContain('附录 陈光蕊赴任逢灾 江流僧复仇报本')
    const original = await readFile(join(CORPUS, 'xiyouji_simp_utf8_crlf.txt'), 'utf8')
    const privateUse = original.match(/[\ue000-\uf8ff]/g)!
    expect(privateUse.length).toBeGreaterThan(0)
    for (const ch of privateUse) expect(text(doc)).toContain(ch)
  })

  it('儒林外史 on one line: split into its chapters and paragraphs, nothing lost', async () => {
    const doc = await importCorpus('rulinwaishi_trad_utf8_single_line.txt')
    const titles = doc.outline.map((e) => e.title)
    expect(titles[0]).toBe('第一回說楔子敷陳大義借名流隱括全文')
    expect(titles).toContain('第十二回名士大宴鶯脰腹溯俠客虛設人頭會')
    expect(titles).toContain('第三十一回天長縣同訪豪杰賜書樓大醉高朋')
    expect(titles.at(-1)).toBe('第五十六回神宗帝下詔旌賢劉尚書奉旨承祭')
    expect(chapterNumbers(doc).size).toBe(46)
    expect(doc.blocks.length).toBeGreaterThan(500)
    expect(doc.blocks.every((b) => b.text.length < 1_500)).toBe(true)
    const original = (
      await readFile(join(CORPUS, 'rulinwaishi_trad_utf8_single_line.txt'), 'utf8')
    ).trim()
    expect(doc.blocks.map((b) => b.text).join('')).toBe(original)
  })

  it('a traditional excerpt re-encoded to Big5 keeps its chapters', async () => {
    const original = (
      await readFile(join(CORPUS, 'hongloumeng_pg24264_trad_utf8.txt'), 'utf8')
    ).slice(0, 200_000)
    const doc = await importDocument(encodeLegacyLossy(original, 'big5'), 'hlm-big5.txt')
    expect(doc.encoding).toBe('big5')
    expect(doc.outline.slice(0, 3).map((e) => e.title.slice(0, 3))).toEqual([
      '第一回',
      '第二回',
      '第三回',
    ])
  })

  it('a novel excerpt re-encoded to GB18030 reads the same as the UTF-8 original', async () => {
    const original = (await readFile(join(CORPUS, 'xiyouji_simp_utf8_crlf.txt'), 'utf8')).slice(
      0,
      300_000,
    )
    const utf8 = await importDocument(new TextEncoder().encode(original), 'xyj.txt')
    const gb = await importDocument(encodeLegacyLossy(original, 'gb18030'), 'xyj.txt')
    expect(['gbk', 'gb18030']).toContain(gb.encoding)
    expect(gb.outline.map((e) => e.title)).toEqual(utf8.outline.map((e) => e.title))
  })
})

describe('real English novels', () => {
  it('Pride and Prejudice: 61 chapters, title and author from the title page', async () => {
    const doc = await importCorpus('pride_and_prejudice_pg1342_utf8.txt')
    expect(doc.outline.filter((e) => /^chapter [ivxl]+/i.test(e.title))).toHaveLength(61)
    expect(doc).toMatchObject({
      title: 'Pride and Prejudice',
      author: 'Jane Austen',
      language: 'en',
    })
    expect(doc.blocks.map((b) => b.text)).toContain(
      'It is a truth universally acknowledged, that a single man in possession of a good fortune must be in want of a wife.',
    )
    expect(text(doc)).not.toMatch(/Project Gutenberg/i)
  })

  it('War and Peace with a BOM: 15 books and 2 epilogues above 365 chapters, no Gutenberg licence', async () => {
    const doc = await importCorpus('war_and_peace_pg2600_utf8_bom.txt')
    expect(doc.encoding).toBe('utf-8')
    expect(doc).toMatchObject({ title: 'War and Peace', author: 'Leo Tolstoy', language: 'en' })
    const top = doc.outline.filter((e) => e.level === 1).map((e) => e.title)
    expect(top.filter((t) => t.startsWith('BOOK '))).toHaveLength(15)
    expect(top.filter((t) => /EPILOGUE/.test(t))).toEqual([
      'FIRST EPILOGUE: 1813 - 20',
      'SECOND EPILOGUE',
    ])
    expect(
      doc.outline.filter((e) => e.level === 2 && /^CHAPTER [IVXL]+$/.test(e.title)),
    ).toHaveLength(365)
    expect(doc.outline[0]!.title).toBe('BOOK ONE: 1805')
    expect(doc.outline[1]).toMatchObject({ title: 'CHAPTER I', level: 2 })
    expect(text(doc)).not.toMatch(/Project Gutenberg|\*\*\* START OF/i)
    expect(doc.blocks.map((b) => b.text)).toContain(
      '“Well, Prince, so Genoa and Lucca are now just family estates of the Buonapartes. But I warn you, if you don’t tell me that this means war, if you still try to defend the infamies and horrors perpetrated by that Antichrist—I really believe he is Antichrist—I will have nothing more to do with you and you are no longer my friend, no longer my ‘faithful slave,’ as you call yourself! But how do you do? I see I have frightened you—sit down and tell me all the news.”',
    )
  })
})

describe('the newspaper page', () => {
  it('goes to the newspaper layout, in UTF-8 and re-encoded to GB18030 alike', async () => {
    const bytes = await readFile(join(SAMPLES, 'qilu-evening-news-2022-06-24.txt'))
    const utf8 = await importDocument(bytes, 'page.txt')
    const gb = await importDocument(
      encodeLegacyLossy(bytes.toString('utf8'), 'gb18030'),
      'page.txt',
    )
    expect(utf8.outline.length).toBeGreaterThanOrEqual(4)
    expect(['gbk', 'gb18030']).toContain(gb.encoding)
    expect(gb.blocks.map((b) => [b.type, b.text])).toEqual(utf8.blocks.map((b) => [b.type, b.text]))
  })
})
