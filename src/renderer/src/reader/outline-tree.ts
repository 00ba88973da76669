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
