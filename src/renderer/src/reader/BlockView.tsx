import type { Block } from '../../../shared/document-model'

/** One block of the document, as the element its type calls for. */
export function BlockView({ block }: { block: Block }) {
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
    case 'list-item':
      return <p className="block block--list-item">{block.text}</p>
    case 'code':
      return (
        <pre className="block block--code">
          <code>{block.text}</code>
        </pre>
      )
    case 'separator':
      return <hr className="block block--separator" />
    case 'image':
      return <p className="block block--image-missing">{block.text || 'Image'}</p>
    case 'table':
      return (
        <table className="block block--table">
          <tbody>
            {(block.rows ?? [block.text.split('\t')]).map((row, r) => (
              <tr key={r}>
                {row.map((cell, c) => (
                  <td key={c}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )
    default:
      return <p className="block block--paragraph">{block.text}</p>
  }
}
