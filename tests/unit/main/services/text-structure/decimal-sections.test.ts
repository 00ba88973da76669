import { describe, expect, it } from 'vitest'
import { structureBook } from '../../../../../src/main/services/text-structure/book-structure'
import { storyParagraphs } from '../../../../support/story-paragraphs'

const story = storyParagraphs()
let next = 0
const text = (n = 2) => Array.from({ length: n }, () => `\u3000\u3000${story[next++]!}`)
const outlineOf = (lines: string[]) =>
  structureBook(lines).outline.map((e) => `${e.level} ${e.title}`)

describe('sections numbered by their chapter', () => {
  it('nests 1.1, 1.2 under 第1章 and 2.1 under 第2章, 1.2.1 one level further', () => {
    const lines = [
      '第1章 概述',
      '1.1 背景',
      ...text(),
      '1.2 目标',
      ...text(),
      '1.2.1 近期目标',
      ...text(),
      '第2章 设计',
      '2.1 架构',
      ...text(),
      '2.2实现',
      ...text(),
    ]
    expect(outlineOf(lines)).toEqual([
      '1 第1章 概述',
      '2 1.1 背景',
      '2 1.2 目标',
      '3 1.2.1 近期目标',
      '1 第2章 设计',
      '2 2.1 架构',
      '2 2.2实现',
    ])
  })

  it('reads 1 概述 chapters with their 1.1 sections, after a contents list of both', () => {
    const lines = ['目录', '1 概述', '1.1 背景', '1.2 目标', '2 设计', '2.1 架构', '']
    lines.push('1 概述', ...text(), '1.1 背景', ...text(), '1.2 目标', ...text())
    lines.push('2 设计', ...text(), '2.1 架构', ...text(), '3 实现', ...text(4))
    expect(outlineOf(lines)).toEqual([
      '1 1 概述',
      '2 1.1 背景',
      '2 1.2 目标',
      '1 2 设计',
      '2 2.1 架构',
      '1 3 实现',
    ])
  })

  it('leaves version numbers and measurements in short lines as text', () => {
    const lines = [
      '第1章 概述',
      ...text(),
      '2.5 公里',
      ...text(),
      '1.8 米',
      ...text(),
      '3.0 版',
      ...text(),
    ]
    expect(outlineOf(lines)).toEqual(['1 第1章 概述'])
  })
})
