import { describe, expect, it } from 'vitest'
import { headlineDrafts } from '../../../../../src/main/services/text-structure/newspaper-headlines'

describe('headlineDrafts', () => {
  it('splits a sub-headline set after a space on the headline line', () => {
    expect(
      headlineDrafts(['2022工业互联网产业发展大会启幕 壮大山东工业互联网发展新优势'], 1),
    ).toEqual([
      { type: 'heading', level: 1, text: '2022工业互联网产业发展大会启幕' },
      { type: 'subheading', text: '壮大山东工业互联网发展新优势' },
    ])
  })

  it('takes a quoted slogan above the headline for its kicker, and a quoted headline over a deck for the headline', () => {
    expect(headlineDrafts(['“云行齐鲁 工赋山东”', '2022工业互联网产业发展大会启幕'], 1)).toEqual([
      { type: 'subheading', text: '“云行齐鲁 工赋山东”' },
      { type: 'heading', level: 1, text: '2022工业互联网产业发展大会启幕' },
    ])
    expect(
      headlineDrafts(['“把伟大的传统友谊代代传承下去”', '——朝鲜各界积极评价国事访问成果'], 1),
    ).toEqual([
      { type: 'heading', level: 1, text: '“把伟大的传统友谊代代传承下去”' },
      { type: 'subheading', text: '——朝鲜各界积极评价国事访问成果' },
    ])
  })

  it('never splits inside quotation marks', () => {
    expect(headlineDrafts(['协会联合晚报重磅推出 “云行齐鲁 工赋山东” 访谈栏目揭牌'], 2)).toEqual([
      { type: 'heading', level: 2, text: '协会联合晚报重磅推出' },
      { type: 'subheading', text: '“云行齐鲁 工赋山东” 访谈栏目揭牌' },
    ])
  })

  it('keeps parallel halves and spaced-out words as one headline', () => {
    for (const text of [
      '友谊之旅 和平之旅',
      '胡锦涛致电祝贺金正恩 出任朝鲜劳动党第一书记',
      '朝 鲜 用科技助推经济发展',
      '加强中朝友好合作 共同维护地区和平（国际时评）',
    ]) {
      expect(headlineDrafts([text], 1)).toEqual([{ type: 'heading', level: 1, text }])
    }
  })

  it('tells kickers and decks from the headline in a group of lines', () => {
    const roles = (group: string[]) => headlineDrafts(group, 1).map((d) => d.type)
    expect(roles(['朝鲜', '举行建军80周年中央报告大会'])).toEqual(['subheading', 'heading'])
    expect(roles(['外交部发言人——', '中方希望韩朝相互释放善意'])).toEqual(['subheading', 'heading'])
    expect(roles(['惟其勇毅笃行，方显英雄本色', '——上半年中国特色大国外交开辟新境界'])).toEqual([
      'heading',
      'subheading',
    ])
    expect(roles(['结束对朝鲜国事访问', '习近平回到北京', '离开前出席欢送仪式'])).toEqual([
      'subheading',
      'heading',
      'subheading',
    ])
    expect(roles(['聚焦乡村振兴', '小麦丰收季 农机忙不停', '——全省三夏生产进度过半'])).toEqual([
      'subheading',
      'heading',
      'subheading',
    ])
    expect(
      roles(['胡锦涛等赴使馆吊唁', '胡锦涛江泽民等送花圈，吴邦国李长春习近平一同前往']),
    ).toEqual(['heading', 'subheading'])
  })
})
