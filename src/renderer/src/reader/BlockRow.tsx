import { memo } from 'react'
import type { Block, BlockType } from '../../../shared/document-model'
import { BlockView } from './BlockView'
import type { InlineNode } from './inline-markup'

interface BlockRowProps {
  index: number
  /** The block's place along the reading direction, in px from the start of the page. */
  offset: number
  vertical: boolean
  /** The block as displayed (converted text); the same object while it stays rendered. */
  block: Block
  /**
   * The previous block's type, from the data: styles may space a block by what it follows without
   * reading the DOM, where the previous row may not be rendered yet (rows are measured one by one).
   */
  after: BlockType | undefined
  markup: InlineNode[] | null
  documentId: string | undefined
  measure: (element: HTMLElement | null) => void
}

// Memoized: while scrolling, only rows that moved re-render, and only their wrapper's style.
const MemoBlockView = memo(BlockView)

/** One rendered block in the virtualized page, placed at its offset and measured by the virtualizer. */
export const BlockRow = memo(function BlockRow({
  index,
  offset,
  vertical,
  block,
  after,
  markup,
  documentId,
  measure,
}: BlockRowProps) {
  return (
    <div
      data-index={index}
      data-block-id={block.id}
      data-block-start={block.start}
      data-after={after}
      ref={measure}
      className={`reader__block reader__block--${block.type}`}
      style={{ transform: vertical ? `translateX(${-offset}px)` : `translateY(${offset}px)` }}
    >
      <MemoBlockView block={block} documentId={documentId} markup={markup} />
    </div>
  )
})
