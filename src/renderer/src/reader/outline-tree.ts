import type { OutlineEntry } from '../../../shared/document-model'

export interface OutlineNode {
  entry: OutlineEntry
  /** Position in the flat outline. */
  index: number
  children: OutlineNode[]
}

/** Nests the flat outline by level: an entry belongs under the nearest earlier entry of a lower level. */
export function nestOutline(outline: readonly OutlineEntry[]): OutlineNode[] {
  const roots: OutlineNode[] = []
  const stack: OutlineNode[] = []
  outline.forEach((entry, index) => {
    const node: OutlineNode = { entry, index, children: [] }
    while (stack.length > 0 && stack[stack.length - 1]!.entry.level >= entry.level) stack.pop()
    const parent = stack[stack.length - 1]
    if (parent) parent.children.push(node)
    else roots.push(node)
    stack.push(node)
  })
  return roots
}

/**
 * The index in the flat outline of the section being read: the last entry whose block starts at or
 * before the top of the view. -1 before the first entry. `blockIndexOf` maps a block id to its index.
 */
export function currentOutlineIndex(
  outline: readonly OutlineEntry[],
  blockIndexOf: ReadonlyMap<string, number>,
  topBlockIndex: number,
): number {
  let current = -1
  outline.forEach((entry, index) => {
    const at = blockIndexOf.get(entry.blockId)
    if (at !== undefined && at <= topBlockIndex) current = index
  })
  return current
}

/** The flat indexes of an entry's ancestors (to open them so the current entry shows). */
export function ancestorsOf(outline: readonly OutlineEntry[], index: number): number[] {
  const ancestors: number[] = []
  let level = outline[index]?.level ?? 0
  for (let i = index - 1; i >= 0 && level > 1; i--) {
    if (outline[i]!.level < level) {
      ancestors.unshift(i)
      level = outline[i]!.level
    }
  }
  return ancestors
}

/** One row of the outline as shown: an entry whose ancestors are all expanded. */
export interface OutlineRow {
  node: OutlineNode
  /** 1 at the top of the tree (the nesting depth, not the heading level). */
  depth: number
  parent: number | null
  expanded: boolean | null
}

/** The rows shown, in order; `isExpanded(index)` says whether an entry with children is open. */
export function visibleRows(
  tree: readonly OutlineNode[],
  isExpanded: (index: number) => boolean,
): OutlineRow[] {
  const rows: OutlineRow[] = []
  const walk = (nodes: readonly OutlineNode[], depth: number, parent: number | null) => {
    for (const node of nodes) {
      const expanded = node.children.length > 0 ? isExpanded(node.index) : null
      rows.push({ node, depth, parent, expanded })
      if (expanded) walk(node.children, depth + 1, node.index)
    }
  }
  walk(tree, 1, null)
  return rows
}

export type TreeMove =
  | { kind: 'focus'; row: number }
  | { kind: 'expand' | 'collapse'; index: number }
  | { kind: 'go'; index: number }
  | null

/** What a key does in the outline tree (the WAI-ARIA tree pattern), from the focused row. */
export function treeKeyMove(rows: readonly OutlineRow[], at: number, key: string): TreeMove {
  const row = rows[at]
  if (!row) return rows.length > 0 ? { kind: 'focus', row: 0 } : null
  switch (key) {
    case 'ArrowDown':
      return { kind: 'focus', row: Math.min(rows.length - 1, at + 1) }
    case 'ArrowUp':
      return { kind: 'focus', row: Math.max(0, at - 1) }
    case 'Home':
      return { kind: 'focus', row: 0 }
    case 'End':
      return { kind: 'focus', row: rows.length - 1 }
    case 'ArrowRight':
      if (row.expanded === false) return { kind: 'expand', index: row.node.index }
      if (row.expanded === true) return { kind: 'focus', row: at + 1 }
      return null
    case 'ArrowLeft': {
      if (row.expanded === true) return { kind: 'collapse', index: row.node.index }
      const parent = rows.findIndex((r) => r.node.index === row.parent)
      return parent >= 0 ? { kind: 'focus', row: parent } : null
    }
    case 'Enter':
    case ' ':
      return { kind: 'go', index: row.node.index }
    default:
      return null
  }
}
