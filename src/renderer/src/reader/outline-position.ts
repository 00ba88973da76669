import type { OutlineEntry } from '../../../shared/document-model'

/**
 * Finds the section being read by binary search, for the status line and the outline sidebar on
 * every scroll frame: the last outline entry whose block starts at or before the top block
 * (-1 before the first entry). Built once per outline; same answers as a pass over the outline.
 */
export function outlineLocator(
  outline: readonly OutlineEntry[],
  blockIndexOf: ReadonlyMap<string, number>,
): (topBlockIndex: number) => number {
  // Entries whose block is missing never count; `latest[i]` is the entry counted at entryBlock[i].
  const entryBlock: number[] = []
  const latest: number[] = []
  outline.forEach((entry, index) => {
    const at = blockIndexOf.get(entry.blockId)
    if (at === undefined) return
    // An entry pointing back before a later one (a corrected outline out of order): keep the
    // list sorted by block, the later entry winning where blocks tie, as the linear pass does.
    while (entryBlock.length > 0 && entryBlock[entryBlock.length - 1]! >= at) {
      entryBlock.pop()
      latest.pop()
    }
    entryBlock.push(at)
    latest.push(index)
  })
  return (topBlockIndex) => {
    let low = 0
    let high = entryBlock.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (entryBlock[middle]! <= topBlockIndex) low = middle + 1
      else high = middle
    }
    return low === 0 ? -1 : latest[low - 1]!
  }
}
