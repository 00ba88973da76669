import { describe, expect, it } from 'vitest'
import {
  hasHeadlineShape,
  isByline,
  isCaption,
  isCredit,
  isExportLine,
  isPageDate,
  isPageMarker,
  isPageNumber,
  readsAsProse,
  startsWithDateline,
} from '../../../../../src/main/services/text-structure/newspaper-line-kinds'

describe('newspaper line kinds', () => {
  it('recognises bylines in the forms papers print them', () => {
    for (const line of [
      '记者 闫丽君 吕奇',
      '本报记者 张三 通讯员 李四',
      '本报驻朝鲜记者\u3000周之然',
      '本报驻韩国记者 陈尚文 本报驻朝鲜记者 周之然',
      '□本报记者 李明',
      '文/图 本报记者 王五',
      '文/张三',
      '（记者郑琪、王恬、莽九晨）',
    ]) {
      expect(isByline(line), line).toBe(true)
    }
    for (const line of [
      '记者们纷纷赶到现场。',
      '找记者 上壹点',
      '记者从市住建局获悉，今年全市计划改造老旧小区。',
    ]) {
      expect(isByline(line), line).toBe(false)
    }
  })

  it('recognises export lines', () => {
    expect(isExportLine('作者：周之然;白洁;顾震球  时间：2011-12-29')).toBe(true)
    expect(isExportLine('时间：2012-04-12')).toBe(true)
    expect(isExportLine('时间过得真快。')).toBe(false)
  })

  it('recognises editorial credit lines', () => {
    expect(isCredit('编辑:于梅君 美编:马秀霞 组版:颜莉')).toBe(true)
    expect(isCredit('责任编辑：孙红　美术编辑：周洁')).toBe(true)
    expect(isCredit('责编 王芳')).toBe(true)
    expect(isCredit('编辑部认为，这一做法值得推广。')).toBe(false)
  })

  it('recognises photo captions by their credit or their opening', () => {
    for (const line of [
      '“云行齐鲁 工赋山东”大型融媒访谈栏目揭牌仪式启动。记者 戴伟 摄',
      '新华社记者 李 涛摄',
      '会见现场。（张三 摄）',
      '新华社发',
      '图为综合指挥所工作人员正在电脑前操作。',
      '人民图片',
    ]) {
      expect(isCaption(line), line).toBe(true)
    }
    expect(isCaption('他拿起相机，对准远处的山峰拍摄。')).toBe(false)
    expect(isCaption('新华社发布消息说，会议取得成功。')).toBe(false)
  })

  it('recognises datelines at the start of a paragraph', () => {
    for (const line of [
      '本报北京6月23日电 国家主席',
      '据新华社北京6月23日电 国家主席习近平',
      '新华社北京１２月３１日电　中华人民共和国',
      '据新华社联合国１２月２８日电 （记者白洁）',
      '本报首尔、平壤8月31日电',
      '本报讯 连日来，全省各地',
    ]) {
      expect(startsWithDateline(line), line).toBe(true)
    }
    expect(startsWithDateline('北京时间6月23日，会议开幕。')).toBe(false)
  })

  it('recognises page markers', () => {
    expect(isPageMarker('第01版：要闻')).toBe(true)
    expect(isPageMarker('A02 要闻')).toBe(true)
    expect(isPageMarker('2022年6月24日 星期五 第A03版')).toBe(true)
    expect(isPageMarker('第一版的文章很精彩。')).toBe(false)
  })

  it('tells a headline from prose by its punctuation', () => {
    expect(hasHeadlineShape('烟台抢抓工业互联网机遇')).toBe(true)
    expect(hasHeadlineShape('惟其勇毅笃行，方显英雄本色')).toBe(true)
    expect(hasHeadlineShape('丁薛祥、王毅、何立峰等参加会晤。')).toBe(false)
    expect(readsAsProse('惟其勇毅笃行，方显英雄本色')).toBe(false)
    expect(readsAsProse('今年，山东省工业互联网协会联合齐鲁晚')).toBe(true)
  })

  it('recognises what pages nobody has seen print: spaced names, bracketed roles, English lines', () => {
    for (const line of [
      '（本报记者 张 丽）',
      '（新华社记者 王五 李 强）',
      '记者 张 丽 通讯员 王强',
    ])
      expect(isByline(line), line).toBe(true)
    for (const line of [
      'By MARIA LOPEZ',
      "By David Chen and Sarah O'Neill",
      'By Ann Lee, Staff Writer',
    ])
      expect(isByline(line), line).toBe(true)
    for (const line of ['By the time we arrived, the river had risen.', 'By and by'])
      expect(isByline(line), line).toBe(false)
    for (const line of [
      'LONDON — Heavy rain fell',
      'NEW YORK (Reuters) - Stocks',
      'PARIS, July 1 — The',
    ])
      expect(startsWithDateline(line), line).toBe(true)
    expect(startsWithDateline('London is a large city — and a wet one.')).toBe(false)
    for (const line of [
      'Photo: Residents wade through a flooded street.',
      'Traders on the floor of the exchange. (Reuters)',
      'The crowd outside the court. Photograph: Getty Images',
    ])
      expect(isCaption(line), line).toBe(true)
    expect(isCaption('He took a photo of the river.')).toBe(false)
    expect(isCredit('Reporting by Jane Doe; Editing by John Smith')).toBe(true)
    expect(isCredit('(Additional reporting by Li Wei in Beijing)')).toBe(true)
    expect(isCredit('Editing by committee is never a good idea.')).toBe(false)
  })

  it('recognises page dates and English page markers', () => {
    for (const line of [
      '2019年7月1日 星期一',
      '2022年6月24日\u3000星期五\u3000农历五月廿六',
      'Monday, July 1, 2019',
    ])
      expect(isPageDate(line), line).toBe(true)
    expect(isPageDate('2019年7月1日，会议在北京开幕。')).toBe(false)
    expect(isPageMarker('Monday, July 1, 2019      Page 3 | World')).toBe(true)
    expect(isPageMarker('PAGE 12')).toBe(true)
    expect(isPageMarker('She turned the page 3 times.')).toBe(false)
  })

  it('knows the furniture, bylines and photo credits of papers laid out differently', () => {
    for (const line of [
      '齐鲁晚报·齐鲁壹点记者 闫丽君',
      '大众日报记者 张三 通讯员 李四',
      '央视网记者 王五',
    ])
      expect(isByline(line), line).toBe(true)
    for (const line of ['图片由受访者提供', '（新华社发）', '本报记者 张三 摄'])
      expect(isCaption(line), line).toBe(true)
    expect(isCredit('■编辑：张三')).toBe(true)
    for (const line of [
      '2022.6.24 星期五',
      '2022-06-24',
      '星期五',
      '农历壬寅年五月廿六',
      '2022年6月24日 星期五 农历五月廿六',
    ])
      expect(isPageDate(line), line).toBe(true)
    for (const line of ['- 3 -', 'A03', '第3页', 'P.3', '今日16版'])
      expect(isPageNumber(line), line).toBe(true)
    // Headlines and prose that look a little like them stay what they are.
    for (const line of [
      '农历新年将至 各地年味渐浓',
      '2022',
      '他告诉记者，今年的收成不错。',
      '报社记者节座谈会举行',
    ])
      expect([isPageDate(line), isPageNumber(line), isByline(line)], line).toEqual([
        false,
        false,
        false,
      ])
  })

  it('reads the same roles in traditional characters', () => {
    expect(isByline('本報記者 張三 通訊員 李四')).toBe(true)
    expect(isCredit('責任編輯：孫紅　美術編輯：周潔')).toBe(true)
    expect(isCaption('圖為台北街頭的市民。 中央社記者 王五攝')).toBe(true)
    expect(isCaption('（新華社發）')).toBe(true)
    expect(startsWithDateline('據新華社北京6月23日電 國家主席習近平23日晚在北京主持會晤。')).toBe(
      true,
    )
    expect(startsWithDateline('本報訊 市政府昨日宣布新措施。')).toBe(true)
    expect(isPageDate('2022年6月24日 星期五 農曆五月廿六')).toBe(true)
    expect(isExportLine('作者：王五  時間：2019-06-23')).toBe(true)
    expect(isByline('他對記者說，今年的收成不錯。')).toBe(false)
  })
})
