import type { Block } from '../../../shared/document-model'
import { ImageBlock } from './ImageBlock'
import { InlineMarkup } from './InlineMarkup'
import { parseInlineMarkup, type InlineNode } from './inline-markup'
import './rich-blocks.css'

/** Types whose '\n' (a <br> in the source: verse, addresses) is a line break inside the block. */
const LINE_BROKEN = new Set([
  'paragraph',
  'subheading',
  'byline',
  'caption',
  'credit',
  'quote',
  'list-item',
])

/**
 * One block of the document, as the element its type calls for. `markup` is the block's inline
 * markup already read (see inline-markup.ts); without it, Block.html is read here.
 */
export function BlockView({
  block,
  documentId,
  markup,
}: {
  block: Block
  documentId?: string
  markup?: InlineNode[] | null
}) {
  const nodes = markup !== undefined ? markup : parseInlineMarkup(block.html, block.text)
  const content = nodes ? <InlineMarkup nodes={nodes} /> : block.text
  const lines = LINE_BROKEN.has(block.type) && block.text.includes('\n') ? ' block--lines' : ''
  switch (block.type) {
    case 'heading': {
      const level = Math.min(6, Math.max(2, (block.level ?? 1) + 1))
      const Tag = `h${level}` as 'h2'
      return <Tag className={`block block--heading block--h${level}`}>{content}</Tag>
    }
    case 'subheading':
      return <p className={`block block--subheading${lines}`}>{content}</p>
    case 'byline':
    case 'caption':
    case 'credit':
    case 'furniture':
      return <p className={`block block--${block.type}${lines}`}>{content}</p>
    case 'verse':
      // Its lines are the poem's own: '\n' stays a line break, never reflowed into prose.
      return <p className="block block--verse">{content}</p>
    case 'quote':
      return <blockquote className={`block block--quote${lines}`}>{content}</blockquote>
    case 'list-item': {
      const ordered = /^\d+\. /.test(block.text)
      // A task (☐/☑, from a Markdown task list) shows its box instead of a bullet.
      const task = /^[☐☑] /.test(block.text)
      return (
        <p
          className={`block block--list-item${ordered ? ' block--list-item-ordered' : ''}${task ? ' block--list-item-task' : ''}${lines}`}
          style={{ '--list-level': Math.min(6, block.level ?? 1) } as React.CSSProperties}
        >
          {content}
        </p>
      )
    }
    case 'code':
      return (
        <pre className="block block--code">
          {/* Markup only where the importer wrote some: ruby in preformatted Japanese text. */}
          <code>{content}</code>
        </pre>
      )
    case 'separator':
      return <hr className="block block--separator" />
    case 'image':
      return <ImageBlock block={block} documentId={documentId} />
    case 'table':
      return (
        <div className="block block--table" role="region" aria-label="Table" tabIndex={0}>
          <table>
            <tbody>
              {(block.rows ?? block.text.split('\n').map((line) => line.split('\t'))).map(
                (row, r) => (
                  <tr key={r}>
                    {row.map((cell, c) => (
                      <td key={c}>{cell}</td>
                    ))}
                  </tr>
                ),
              )}
            </tbody>
          </table>
        </div>
      )
    default:
      return <p className={`block block--paragraph${lines}`}>{content}</p>
  }
}
