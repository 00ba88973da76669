import type { Block, OutlineEntry } from '../../../shared/document-model'

export interface Section {
  title: string
  blockIndex: number
}

/** The outline's entries placed on blocks, in reading order; entries whose block is gone are dropped. */
export function sectionsOf(blocks: readonly Block[], outline: readonly OutlineEntry[]): Section[] {
  const indexById = new Map<string, number>()
  blocks.forEach((block, index) => indexById.set(block.id, index))
  const sections: Section[] = []
  for (const entry of outline) {
    const blockIndex = indexById.get(entry.blockId)
    if (blockIndex !== undefined) sections.push({ title: entry.title, blockIndex })
  }
  return sections.sort((a, b) => a.blockIndex - b.blockIndex)
}

export type ResultRow =
  | { kind: 'section'; title: string; count: number }
  | { kind: 'match'; match: number; blockIndex: number }

/**
 * The results list: each match under the section it is in, a heading row where the section changes.
 * Matches before the first section go under `untitled`; a document without sections gets no heading rows.
 * Matches must be in reading order.
 */
export function groupBySection(
  blocks: readonly Block[],
  sections: readonly Section[],
  starts: Int32Array,
  untitled = 'Beginning',
): ResultRow[] {
  const rows: ResultRow[] = []
  let block = 0
  let section = -1
  let heading: Extract<ResultRow, { kind: 'section' }> | null = null
  let headingSection = -2
  for (let match = 0; match < starts.length; match++) {
    const start = starts[match]!
    // Matches are sorted, so the block and section only ever move forward.
    while (block + 1 < blocks.length && blocks[block + 1]!.start <= start) block++
    while (section + 1 < sections.length && sections[section + 1]!.blockIndex <= block) section++
    if (sections.length > 0 && (!heading || headingSection !== section)) {
      heading = {
        kind: 'section',
        title: section >= 0 ? sections[section]!.title : untitled,
        count: 0,
      }
      headingSection = section
      rows.push(heading)
    }
    if (heading) heading.count++
    rows.push({ kind: 'match', match, blockIndex: block })
  }
  return rows
}
