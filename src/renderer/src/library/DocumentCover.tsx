import { useState } from 'react'
import type { DocumentMeta } from '../../../shared/document-model'

/** Muted cloth colours for documents without a cover image, chosen by id so each keeps its own. */
const CLOTH = ['#7a4a2a', '#2f5d62', '#5b4b8a', '#8a3b3b', '#3d5a3a', '#6a5a2e', '#2e4a6a', '#6a2e55']

/** The asset URL of an EPUB's cover, where the bridge can serve store assets. */
function coverUrl(doc: DocumentMeta): string | null {
  const api = window.margin as { assetUrl?: (documentId: string, assetName: string) => string }
  return doc.cover && typeof api.assetUrl === 'function' ? api.assetUrl(doc.id, doc.cover) : null
}

export function DocumentCover({ doc }: { doc: DocumentMeta }) {
  const [failed, setFailed] = useState(false)
  const url = failed ? null : coverUrl(doc)
  if (url) return <img className="cover cover--image" src={url} alt="" loading="lazy" onError={() => setFailed(true)} />
  const cloth = CLOTH[parseInt(doc.id.slice(0, 6), 16) % CLOTH.length]
  return (
    <span className="cover cover--placeholder" style={{ backgroundColor: cloth }} aria-hidden="true">
      <span className="cover__title" lang={doc.language ?? undefined}>
        {doc.title}
      </span>
      {doc.author && <span className="cover__author">{doc.author}</span>}
      <span className="cover__format">{doc.format === 'markdown' ? 'MD' : doc.format.toUpperCase()}</span>
    </span>
  )
}
