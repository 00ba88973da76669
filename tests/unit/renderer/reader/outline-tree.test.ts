import { describe, expect, it } from 'vitest'
import {
  ancestorsOf,
  currentOutlineIndex,
  nestOutline,
} from '../../../../src/renderer/src/reader/outline-tree'

const outline = [
  { title: '第一卷', level: 1, blockId: 'a' },
  { title: '第一回', level: 2, blockId: 'b' },
  { title: '第二回', level: 2, blockId: 'c' },
  { title: '一节', level: 3, blockId: 'd' },
  { title: '第二卷', level: 1, blockId: 'e' },
]

describe('outline-tree', () => {
  it('nests entries under the nearest earlier entry of a lower level', () => {
    const tree = nestOutline(outline)
    expect(tree.map((n) => n.entry.title)).toEqual(['第一卷', '第二卷'])
    expect(tree[0]!.children.map((n) => n.entry.title)).toEqual(['第一回', '第二回'])
    expect(tree[0]!.children[1]!.children[0]!.entry.title).toBe('一节')
  })

  it('keeps an outline that starts deep or skips levels', () => {
    const tree = nestOutline([
      { title: 'x', level: 3, blockId: 'x' },
      { title: 'y', level: 1, blockId: 'y' },
      { title: 'z', level: 3, blockId: 'z' },
    ])
    expect(tree.map((n) => n.entry.title)).toEqual(['x', 'y'])
    expect(tree[1]!.children[0]!.entry.title).toBe('z')
  })

  it('finds the section being read from the block at the top of the view', () => {
    const at = new Map([
      ['a', 0],
      ['b', 2],
      ['c', 10],
      ['d', 12],
      ['e', 30],
    ])
    expect(currentOutlineIndex(outline, at, 0)).toBe(0)
    expect(currentOutlineIndex(outline, at, 11)).toBe(2)
    expect(currentOutlineIndex(outline, at, 29)).toBe(3)
    expect(currentOutlineIndex(outline, at, 300)).toBe(4)
    expect(currentOutlineIndex(outline, new Map([['b', 5]]), 1)).toBe(-1)
  })

  it('names the ancestors to open so the current entry shows', () => {
    expect(ancestorsOf(outline, 3)).toEqual([0, 2])
    expect(ancestorsOf(outline, 4)).toEqual([])
  })
})
