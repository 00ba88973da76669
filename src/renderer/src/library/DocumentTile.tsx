import { DocumentCover } from './DocumentCover'
import { formatDate, formatSize } from './describe-document'
import type { LibraryEntry } from './library-order'
import { ReadingProgress } from './ReadingProgress'

export type LibraryLayout = 'grid' | 'list'

interface DocumentTileProps {
  entry: LibraryEntry
  layout: LibraryLayout
  onOpen: (documentId: string) => void
  onDetails: (documentId: string) => void
}

/** One document in the library: opens on click; its details button sits beside. */
export function DocumentTile({ entry: { doc, percent }, layout, onOpen, onDetails }: DocumentTileProps) {
  const titleId = `title-${doc.id}`
  const format = doc.format === 'markdown' ? 'Markdown' : doc.format.toUpperCase()
  return (
    <li className={`tile tile--${layout}`}>
      <button type="button" className="tile__open" onClick={() => onOpen(doc.id)}>
        <DocumentCover doc={doc} />
        <span className="tile__text">
          <span className="tile__title" id={titleId} lang={doc.language ?? undefined}>
            {doc.title}
          </span>
          <span className="tile__author">{doc.author ?? (layout === 'list' ? '—' : '')}</span>
          <span className="tile__details">
            {format} · {formatSize(doc.size)}
            {layout === 'list' && ` · added ${formatDate(doc.importedAt)}`}
          </span>
          <ReadingProgress percent={percent} />
        </span>
      </button>
      <button
        type="button"
        className="tile__more"
        // The title stays out of the name so a search for a title finds the one button that opens it.
        aria-label="Details"
        aria-describedby={titleId}
        title="Details"
        onClick={() => onDetails(doc.id)}
      >
        <span aria-hidden="true">⋯</span>
      </button>
    </li>
  )
}
