import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { importDocument } from '../../../../../src/main/services/importers/import-document'
import { structureAozora } from '../../../../../src/main/services/text-structure/aozora-book'
import { splitLines } from '../../../../../src/main/services/text-structure/split-lines'
import { AOZORA_WAGAHAI, aozoraShiftJis } from '../../../../support/aozora-wagahai'

const SHARED = join(import.meta.dirname, '../../../../../../shared')

describe('an Aozora Bunko file in Shift_JIS', () => {
  it('is read as a Japanese book: title, author, headings, ruby, credit', async () => {
    const doc = await importDocument(aozoraShiftJis(), 'wagahaiwa_nekodearu.txt')
    expect(doc.encoding).toBe('shift_jis')
    expect(doc.title).toBe('吾輩は猫である')
    expect(doc.author).toBe('夏目漱石')
    expect(doc.language).toBe('ja')
    expect(doc.outline.map((e) => [e.title, e.level])).toEqual([
      ['一', 1],
      ['二', 1],
    ])

    const text = doc.blocks.map((b) => b.text).join('\n')
    // No reading, note or notation help is left in the text annotations anchor to.
    expect(text).not.toMatch(/[《》［］｜]|------|入力者注/)
    expect(doc.blocks.slice(0, 3).map((b) => [b.type, b.text])).toEqual([
      ['heading', '吾輩は猫である'],
      ['byline', '夏目漱石'],
      ['heading', '一'],
    ])

    const first = doc.blocks[3]!
    expect(first).toMatchObject({
      type: 'paragraph',
      text: '吾輩は猫である。名前はまだ無い。',
      html: '<ruby>吾輩<rt>わがはい</rt></ruby>は猫である。名前はまだ無い。',
    })
    const second = doc.blocks[4]!
    expect(second.text).toContain('一番獰悪な種族')
    expect(second.html).toContain('一番<ruby>獰悪<rt>どうあく</rt></ruby>な種族')
    expect(second.html).toContain('<ruby>捕<rt>つかま</rt></ruby>えて<ruby>煮<rt>に</rt></ruby>て')

    const emphasis = doc.blocks.find((b) => b.text.includes('ありがたい'))!
    expect(emphasis.html).toContain('<em>ありがたい</em>。')
    expect(doc.blocks.find((b) => b.text.startsWith('主人は'))!.text).toBe(
      '主人は譃を書いてはまた消す。いよ〳〵寒くなる。',
    )

    expect(text).toContain('Quid aliud est mulier nisi amicitiæ inimicaとは')
    const credit = doc.blocks.at(-1)!
    expect(credit.type).toBe('credit')
    expect(credit.text.split('\n')[0]).toBe('底本：「夏目漱石全集1」ちくま文庫、筑摩書房')
    expect(credit.text).toContain('青空文庫作成ファイル：')
    // Offsets still spell the normalized text block by block.
    for (const block of doc.blocks)
      expect(text.slice(block.start, block.start + block.text.length)).toBe(block.text)
  })

  it('reads a file without the notation block by its readings and notes', () => {
    const lines = [
      '［＃３字下げ］第一章［＃「第一章」は大見出し］',
      '　ある日の暮方《くれがた》の事である。一人の下人《げにん》が、羅生門《らしょうもん》の下で雨やみを待っていた。',
      '［＃ここから２字下げ］',
      '　広い門の下には、この男のほかに誰もいない。',
      '［＃ここで字下げ終わり］',
    ]
    const book = structureAozora(lines)!
    expect(book.drafts.map((d) => [d.type, d.text])).toEqual([
      ['heading', '第一章'],
      ['paragraph', 'ある日の暮方の事である。一人の下人が、羅生門の下で雨やみを待っていた。'],
      ['paragraph', '広い門の下には、この男のほかに誰もいない。'],
    ])
    expect(book.outline).toEqual([{ draftIndex: 0, title: '第一章', level: 1 }])
    expect(book.title).toBeNull()
  })

  it('reads a translator line, and a footer with several sources and its notation note as written', () => {
    const book = structureAozora([
      '変身',
      'フランツ・カフカ',
      '原田義人訳',
      '',
      '［＃ページの左右中央］',
      '　ある朝、グレゴール・ザムザが気がかりな夢から目ざめたとき、自分がベッドの上で一匹の巨大な毒虫に変ってしまっているのに気づいた。',
      '　彼は甲殻《こうかく》のように固い背中を下にして、あおむけに横たわっていた。頭を少し持ち上げると、褐色《かっしょく》の腹が見えた。',
      '　掛けぶとんは、すっかりずり落ちそうになって、まだやっともちこたえていた［＃「もちこたえていた」に傍点］。',
      '',
      '底本：「世界文学大系58　カフカ」筑摩書房',
      '　　　1960（昭和35）年',
      '入力：kompass',
      '底本：「変身」角川文庫、角川書店',
      '※［＃］は、入力者による注を表す記号です。',
    ])!
    expect(book.title).toBe('変身')
    expect(book.author).toBe('フランツ・カフカ')
    expect(book.drafts.slice(0, 3).map((d) => [d.type, d.text])).toEqual([
      ['heading', '変身'],
      ['byline', 'フランツ・カフカ'],
      ['byline', '原田義人訳'],
    ])
    const credit = book.drafts.at(-1)!
    expect(credit.type).toBe('credit')
    expect(credit.text.split('\n')).toEqual([
      '底本：「世界文学大系58　カフカ」筑摩書房',
      '1960（昭和35）年',
      '入力：kompass',
      '底本：「変身」角川文庫、角川書店',
      '※［＃］は、入力者による注を表す記号です。',
    ])
    expect(book.drafts.filter((d) => d.type === 'paragraph')).toHaveLength(3)
  })

  it('finds a heading whose note quotes it with ruby and an external character', () => {
    const book = structureAozora([
      '［＃３字下げ］｜嘘《うそ》と※［＃「言＋墟のつくり」、第4水準2-88-74］［＃「嘘《うそ》と※［＃「言＋墟のつくり」、第4水準2-88-74］」は大見出し］',
      '　吾輩《わがはい》は猫《ねこ》である。',
    ])!
    expect(book.drafts[0]).toMatchObject({
      type: 'heading',
      text: '嘘と譃',
      html: '<ruby>嘘<rt>うそ</rt></ruby>と譃',
    })
    expect(book.outline).toEqual([{ draftIndex: 0, title: '嘘と譃', level: 1 }])
  })

  it('takes no opening paragraph for a header', () => {
    const book = structureAozora([
      '　ある日の暮方《くれがた》の事である。',
      '',
      '　一人の下人《げにん》が、羅生門《らしょうもん》の下で雨やみを待っていた。',
      '',
      '底本：「芥川龍之介全集1」ちくま文庫、筑摩書房',
    ])!
    expect(book.title).toBeNull()
    expect(book.drafts[0]).toMatchObject({ type: 'paragraph', text: 'ある日の暮方の事である。' })
  })

  it('heads sections by their numbers where no 見出し note marks them', () => {
    const book = structureAozora([
      '［＃５字下げ］一',
      '　親譲《おやゆず》りの無鉄砲《むてっぽう》で小供の時から損ばかりしている。',
      '［＃５字下げ］二',
      '　ぶうと云《い》って汽船がとまると、艀《はしけ》が岸を離れて、漕《こ》ぎ寄せて来た。',
      '［＃５字下げ］三',
    ])!
    expect(book.drafts.map((d) => [d.type, d.text])).toEqual([
      ['heading', '一'],
      ['paragraph', '親譲りの無鉄砲で小供の時から損ばかりしている。'],
      ['heading', '二'],
      ['paragraph', 'ぶうと云って汽船がとまると、艀が岸を離れて、漕ぎ寄せて来た。'],
      ['heading', '三'],
    ])
    expect(book.outline.map((e) => e.level)).toEqual([1, 1, 1])
    // One numbered line alone heads nothing.
    expect(
      structureAozora(['一', '　吾輩《わがはい》は猫《ねこ》である。名前《なまえ》はまだ無い。'])!
        .outline,
    ).toEqual([])
  })

  it('splits a heading set on the line of its paragraph (同行見出し)', () => {
    const book = structureAozora([
      '一［＃「一」は同行中見出し］　下人《げにん》は雨を見ていた。［＃改ページ］',
      '二［＃「二」は同行中見出し］　老婆《ろうば》は黙っていた。',
      '三［＃「三」は同行中見出し］　夜が明けた。',
    ])!
    expect(book.drafts.map((d) => [d.type, d.text])).toEqual([
      ['heading', '一'],
      ['paragraph', '下人は雨を見ていた。'],
      ['heading', '二'],
      ['paragraph', '老婆は黙っていた。'],
      ['heading', '三'],
      ['paragraph', '夜が明けた。'],
    ])
  })
})

describe('text that only uses 《》 is not Aozora markup', () => {
  it.each([
    'sanguoyanyi_simp_utf8_crlf.txt',
    'hongloumeng_pg24264_trad_utf8.txt',
    'xiyouji_simp_utf8_crlf.txt',
  ])('a Chinese novel with 《书名》 title marks (%s) is left alone', async (name) => {
    const text = await readFile(join(SHARED, 'corpus/txt', name), 'utf8')
    expect(text).toMatch(/《[^》]+》/)
    expect(structureAozora(splitLines(text))).toBeNull()
  })

  it('keeps 《…》 in the text of an imported Chinese file, with no ruby markup', async () => {
    const chinese = [
      '第一回　宴桃园豪杰三结义',
      '',
      '　　词曰：滚滚长江东逝水，浪花淘尽英雄。——调寄《临江仙》',
      '　　却说张角一本，名为《太平要术》，又有《孙子兵法》《史记》可读。',
      '',
      '第二回　张翼德怒鞭督邮',
      '',
      '　　且说董卓字仲颖，陇西临洮人也。读《春秋》《左传》。',
    ].join('\r\n')
    const doc = await importDocument(new Uint8Array(iconv.encode(chinese, 'gbk')), '三国演义.txt')
    const text = doc.blocks.map((b) => b.text).join('\n')
    for (const title of [
      '《临江仙》',
      '《太平要术》',
      '《孙子兵法》',
      '《史记》',
      '《春秋》',
      '《左传》',
    ])
      expect(text).toContain(title)
    expect(doc.blocks.some((b) => b.html?.includes('<ruby>'))).toBe(false)
    expect(doc.language).not.toBe('ja')
  })
})

it('the Shift_JIS fixture holds every line of the Aozora text', () => {
  expect(iconv.decode(Buffer.from(aozoraShiftJis()), 'Shift_JIS')).toBe(AOZORA_WAGAHAI)
})
