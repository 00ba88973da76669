import type { Block } from '../../../shared/document-model'

/**
 * An image of the document, from the store's asset protocol. With its size known the box keeps
 * its aspect ratio before the picture arrives, so the virtualized page does not jump; an image
 * whose file is missing is a quiet line with its description, never a broken icon.
 */
export function ImageBlock({ block, documentId }: { block: Block; documentId?: string }) {
  if (!block.src || !documentId) {
    return (
      <p
        className="block block--image-missing"
        role="img"
        aria-label={block.text || 'Missing image'}
      >
        {block.text || 'Image'}
      </p>
    )
  }
  const sized = block.width && block.height
  return (
    <figure className="block block--image">
      <span
        className="block__image-frame"
        style={
          sized
            ? {
                aspectRatio: `${block.width} / ${block.height}`,
                width: `min(100%, ${block.width}px)`,
              }
            : undefined
        }
      >
        <img
          src={window.margin.assetUrl(documentId, block.src)}
          alt={block.text}
          loading="lazy"
          decoding="async"
          width={block.width}
          height={block.height}
        />
      </span>
    </figure>
  )
}
