import { describe, expect, it } from 'vitest'
import {
  ancestorsOf,
  currentOutlineIndex,
  nestOutline,
  treeKeyMove,
  visibleRows,
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

describe('outline tree keys', () => {
  const tree = nestOutline(outline)
  const titles = (rows: ReturnType<typeof visibleRows>) => rows.map((r) => r.node.entry.title)

  it('shows the children of expanded entries only', () => {
    expect(titles(visibleRows(tree, () => true))).toEqual([
      '第一卷',
      '第一回',
      '第二回',
      '一节',
      '第二卷',
    ])
    expect(titles(visibleRows(tree, (i) => i !== 0))).toEqual(['第一卷', '第二卷'])
    expect(titles(visibleRows(tree, (i) => i !== 2))).toEqual([
      '第一卷',
      '第一回',
      '第二回',
      '第二卷',
    ])
  })

  it('moves up and down, opens and closes with right and left, climbs to the parent, and goes with Enter', () => {
    const rows = visibleRows(tree, () => true)
    expect(treeKeyMove(rows, 0, 'ArrowDown')).toEqual({ kind: 'focus', row: 1 })
    expect(treeKeyMove(rows, 4, 'ArrowDown')).toEqual({ kind: 'focus', row: 4 })
    expect(treeKeyMove(rows, 0, 'ArrowUp')).toEqual({ kind: 'focus', row: 0 })
    expect(treeKeyMove(rows, 3, 'End')).toEqual({ kind: 'focus', row: 4 })
    expect(treeKeyMove(rows, 0, 'ArrowLeft')).toEqual({ kind: 'collapse', index: 0 })
    expect(treeKeyMove(rows, 0, 'ArrowRight')).toEqual({ kind: 'focus', row: 1 })
    expect(treeKeyMove(rows, 3, 'ArrowLeft')).toEqual({ kind: 'focus', row: 2 }) // 一节 → 第二回
    expect(treeKeyMove(rows, 1, 'ArrowRight')).toBeNull() // a leaf
    expect(treeKeyMove(rows, 2, 'Enter')).toEqual({ kind: 'go', index: 2 })
    const closed = visibleRows(tree, (i) => i !== 0)
    expect(treeKeyMove(closed, 0, 'ArrowRight')).toEqual({ kind: 'expand', index: 0 })
    expect(treeKeyMove(closed, 1, 'ArrowLeft')).toBeNull() // a top-level leaf
  })
})
