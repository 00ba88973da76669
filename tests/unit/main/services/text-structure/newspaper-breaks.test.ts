import { describe, expect, it } from 'vitest'
import {
  joinCutParagraphs,
  unwrapHardWraps,
} from '../../../../../src/main/services/text-structure/newspaper-breaks'
import { toPageLines } from '../../../../../src/main/services/text-structure/newspaper-page-lines'

function joined(lines: string[]): string[] {
  return joinCutParagraphs(toPageLines(lines)).map((l) => l.text)
}

describe('joinCutParagraphs', () => {
  it('joins a line cut mid-word with its continuation after blank lines', () => {
    expect(
      joined([
        '企图通过搞科技垄断、封锁、壁垒，干扰别国创新发展，维护自身霸',
        '',
        '',
        '权地位，注定行不通。',
      ]),
    ).toEqual(['企图通过搞科技垄断、封锁、壁垒，干扰别国创新发展，维护自身霸权地位，注定行不通。'])
  })

  it('drops a character the break printed twice', () => {
    expect(
      joined(['聚焦工业互联网发展中的关键问题，寻找解决答案，推广成功的', '', '的经验和做法。']),
    ).toEqual(['聚焦工业互联网发展中的关键问题，寻找解决答案，推广成功的经验和做法。'])
    expect(
      joined([
        '又要一起向未来，携手构建更加全面、紧密的伙伴关系。',
        '',
        '系，共同开启合作新征程。',
      ]),
    ).toEqual(['又要一起向未来，携手构建更加全面、紧密的伙伴关系，共同开启合作新征程。'])
  })

  it('keeps doubled characters that belong to the words', () => {
    expect(
      joined(['经过三年的努力，这一批新品种在当地推广以后，产量的', '', '的确确提高了两成。']),
    ).toEqual(['经过三年的努力，这一批新品种在当地推广以后，产量的的确确提高了两成。'])
    expect(
      joined(['代表们在会后纷纷表示，要把会议精神带回去，认真学习、好好', '', '好落实。']),
    ).toEqual(['代表们在会后纷纷表示，要把会议精神带回去，认真学习、好好好落实。'])
  })

  it('leaves paragraphs that end a sentence apart', () => {
    expect(joined(['人民大会堂东大厅花团锦簇。', '', '晚8时许，会晤开始。'])).toHaveLength(2)
    expect(joined(['唁电全文如下：', '', '平壤'])).toHaveLength(2)
  })

  it('does not join a headline to the text under it, nor text to the next dateline', () => {
    expect(
      joined(['烟台抢抓工业互联网机遇', '', '烟台“因工而兴”，工业规模总量位居全省前列。']),
    ).toHaveLength(2)
    expect(
      joined([
        '会议指出，要进一步加强两国在经贸、人文等领域的合作，推动',
        '',
        '本报北京6月23日电 国家主席习近平23日晚主持会晤。',
      ]),
    ).toHaveLength(2)
  })

  it('joins a short cut line when its continuation plainly starts inside a sentence', () => {
    expect(joined(['今年山东省协会联合齐鲁晚报', '', '，重磅推出访谈栏目。'])).toEqual([
      '今年山东省协会联合齐鲁晚报，重磅推出访谈栏目。',
    ])
  })

  it('joins across a caption printed inside the cut and keeps the caption after the paragraph', () => {
    expect(
      joined([
        '与会领导人认为，金砖国家应该加强团结，共同应对各种挑战，把',
        '',
        '图为会晤现场。 新华社发',
        '',
        '金砖合作提升至新水平。',
      ]),
    ).toEqual([
      '与会领导人认为，金砖国家应该加强团结，共同应对各种挑战，把金砖合作提升至新水平。',
      '图为会晤现场。 新华社发',
    ])
  })
})

describe('unwrapHardWraps', () => {
  it('joins lines wrapped at a fixed width and keeps the paragraphs apart', () => {
    const wrapped = [
      '金砖国家始终秉持开放包容、合作共赢的',
      '金砖精神，加强团结协作，携手攻坚克难',
      '。',
      '',
      '金砖机制展现了韧性和活力，金砖合作取',
      '得了积极进展和成果。',
      '',
      '本次会晤正值人类社会何去何从的关键节',
      '点。',
    ]
    expect(unwrapHardWraps(toPageLines(wrapped)).map((l) => l.text)).toEqual([
      '金砖国家始终秉持开放包容、合作共赢的金砖精神，加强团结协作，携手攻坚克难。',
      '金砖机制展现了韧性和活力，金砖合作取得了积极进展和成果。',
      '本次会晤正值人类社会何去何从的关键节点。',
    ])
  })

  it('leaves headline groups alone when no width dominates', () => {
    const lines = [
      '朝鲜劳动党第四次代表会议召开',
      '金正恩当选朝鲜劳动党第一书记',
      '作者：周之然  时间：2012-04-12',
      '',
      '正文。',
    ]
    expect(unwrapHardWraps(toPageLines(lines)).map((l) => l.text)).toEqual(
      lines.filter((l) => l !== ''),
    )
  })
})
