import type { Block } from '../../../shared/document-model'
import { ImageBlock } from './ImageBlock'
import './rich-blocks.css'

/** One block of the document, as the element its type calls for. */
export function BlockView({ block, documentId }: { block: Block; documentId?: string }) {
  switch (block.type) {
    case 'heading': {
      const level = Math.min(6, Math.max(2, (block.level ?? 1) + 1))
      const Tag = `h${level}` as 'h2'
      return <Tag className={`block block--heading block--h${level}`}>{block.text}</Tag>
    }
    case 'subheading':
      return <p className="block block--subheading">{block.text}</p>
    case 'byline':
    case 'caption':
    case 'credit':
      return <p className={`block block--${block.type}`}>{block.text}</p>
    case 'quote':
      return <blockquote className="block block--quote">{block.text}</blockquote>
    case 'list-item': {
      const ordered = /^\d+\. /.test(block.text)
      return (
        <p
          className={`block block--list-item${ordered ? ' block--list-item-ordered' : ''}`}
          style={{ '--list-level': Math.min(6, block.level ?? 1) } as React.CSSProperties}
        >
          {block.text}
        </p>
      )
    }
    case 'code':
      return (
        <pre className="block block--code">
          <code>{block.text}</code>
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
      return <p className="block block--paragraph">{block.text}</p>
  }
}
