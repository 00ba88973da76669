import type { Block } from '../../src/shared/document-model'
import type { AnnotationRecord } from '../../src/renderer/src/db/schema'
import { blockIndexAtOffset } from '../../src/renderer/src/reader/reading-position'

const COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const

/** `count` highlights of about 8 characters, one every `spacing` characters from `from`, a quarter with notes. */
export function annotationRecords(
  documentId: string,
  blocks: readonly Block[],
  count: number,
  from: number,
  spacing: number,
): AnnotationRecord[] {
  const records: AnnotationRecord[] = []
  const now = Date.now()
  for (let i = 0, offset = from; records.length < count && i < count * 4; i++, offset += spacing) {
    const block = blocks[blockIndexAtOffset(blocks, offset)]!
    if (block.text.length < 12) continue
    const local = Math.min(offset - block.start, block.text.length - 9)
    const start = block.start + Math.max(0, local)
    const end = start + 8
    const at = start - block.start
    records.push({
      id: `bench-${documentId.slice(0, 8)}-${i}`,
      documentId,
      blockId: block.id,
      selectors: [
        { type: 'TextPositionSelector', start, end },
        {
          type: 'TextQuoteSelector',
          exact: block.text.slice(at, at + 8),
          prefix: block.text.slice(Math.max(0, at - 32), at),
          suffix: block.text.slice(at + 8, at + 40),
        },
      ],
      color: COLORS[i % COLORS.length]!,
      style: i % 7 === 0 ? 'underline' : 'highlight',
      note: i % 4 === 0 ? `第${i}条笔记：这里写得很好。` : '',
      tags: i % 10 === 0 ? ['bench'] : [],
      createdAt: now + i,
      updatedAt: now + i,
    })
  }
  return records
}
