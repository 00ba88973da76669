import { describe, expect, it } from 'vitest'
import { documentText } from '../../../../src/shared/assemble-document'
import { findMatches } from '../../../../src/renderer/src/search/find-matches'
import { groupBySection, sectionsOf } from '../../../../src/renderer/src/search/group-by-section'
import { textDocument } from '../../../support/text-document'

const doc = textDocument([
  { type: 'paragraph', text: '前言：刘备' },
  { type: 'heading', level: 1, text: '第一回 刘备' },
  { type: 'paragraph', text: '刘备与关羽。' },
  { type: 'paragraph', text: '刘备又见刘备。' },
  { type: 'heading', level: 1, text: '第二回 张飞' },
  { type: 'paragraph', text: '张飞。' },
  { type: 'heading', level: 1, text: '第三回 再会' },
  { type: 'paragraph', text: '刘备。' },
])

describe('grouping results by section', () => {
  const sections = sectionsOf(doc.blocks, doc.outline)
  const matches = findMatches(documentText(doc.blocks), '刘备', 100)

  it('places the outline on block indexes', () => {
    expect(sections.map((s) => [s.title, s.blockIndex])).toEqual([
      ['第一回 刘备', 1],
      ['第二回 张飞', 4],
      ['第三回 再会', 6],
    ])
  })

  it('puts each match under the section it is in, with a count, skipping sections without matches', () => {
    const rows = groupBySection(doc.blocks, sections, matches.starts, 'Start')
    const summary = rows.map((r) =>
      r.kind === 'section' ? `${r.title} (${r.count})` : `${r.match}@${r.blockIndex}`,
    )
    expect(summary).toEqual([
      'Start (1)',
      '0@0',
      '第一回 刘备 (4)',
      '1@1',
      '2@2',
      '3@3',
      '4@3',
      '第三回 再会 (1)',
      '5@7',
    ])
  })

  it('lists matches without heading rows when the document has no sections', () => {
    const rows = groupBySection(doc.blocks, [], matches.starts)
    expect(rows.every((r) => r.kind === 'match')).toBe(true)
    expect(rows).toHaveLength(matches.starts.length)
  })

  it('gives an empty list for no matches', () => {
    expect(groupBySection(doc.blocks, sections, new Int32Array(0))).toEqual([])
  })
})
