import { useCallback, useEffect, useState } from 'react'
import { forgetDocuments } from './db/forget-documents'
import { marginDb } from './db/margin-db'
import { NotebookView } from './annotations/NotebookView'
import { LibraryView } from './library/LibraryView'
import { TrashView } from './library/TrashView'
import { ReaderView } from './reader/ReaderView'
import { parseRoute, routeHash, type Route } from './route'
import { passageHash } from '../../shared/passage-link'
import { useAppliedTheme } from './settings/use-applied-theme'

export function App() {
  const [route, setRoute] = useState<Route>(() => parseRoute(location.hash))
  useAppliedTheme()

  useEffect(() => {
    const onHashChange = () => setRoute(parseRoute(location.hash))
    window.addEventListener('hashchange', onHashChange)
    return () => window.removeEventListener('hashchange', onHashChange)
  }, [])

  const navigate = useCallback((next: Route) => {
    location.hash = routeHash(next)
  }, [])

  // A passage link's offset stays in the hash, where the reader's PassageJump finds it.
  useEffect(
    () =>
      window.margin.onOpenDocument(
        ({ id, at }) => void (location.hash = passageHash({ documentId: id, at })),
      ),
    [],
  )

  // Documents deleted for good take their notes, bookmarks and progress with them.
  useEffect(
    () => window.margin.onDocumentsDeleted(({ ids }) => void forgetDocuments(marginDb(), ids)),
    [],
  )

  if (route.view === 'trash') return <TrashView onBack={() => navigate({ view: 'library' })} />
  if (route.view === 'notebook') {
    return (
      <NotebookView
        onOpen={(documentId) => navigate({ view: 'reader', documentId })}
        onClose={() => navigate({ view: 'library' })}
      />
    )
  }
  return route.view === 'reader' ? (
    <ReaderView
      key={route.documentId}
      documentId={route.documentId}
      onClose={() => navigate({ view: 'library' })}
    />
  ) : (
    <LibraryView
      onOpen={(documentId) => navigate({ view: 'reader', documentId })}
      onShowNotebook={() => navigate({ view: 'notebook' })}
      onShowTrash={() => navigate({ view: 'trash' })}
    />
  )
}
