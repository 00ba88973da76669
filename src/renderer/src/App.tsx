import { useCallback, useEffect, useState } from 'react'
import { LibraryView } from './library/LibraryView'
import { ReaderView } from './reader/ReaderView'
import { parseRoute, routeHash, type Route } from './route'

export function App() {
  const [route, setRoute] = useState<Route>(() => parseRoute(location.hash))

  useEffect(() => {
    const onHashChange = () => setRoute(parseRoute(location.hash))
    window.addEventListener('hashchange', onHashChange)
    return () => window.removeEventListener('hashchange', onHashChange)
  }, [])

  const navigate = useCallback((next: Route) => {
    location.hash = routeHash(next)
  }, [])

  useEffect(
    () => window.margin.onOpenDocument(({ id }) => navigate({ view: 'reader', documentId: id })),
    [navigate],
  )

  return route.view === 'reader' ? (
    <ReaderView key={route.documentId} documentId={route.documentId} onClose={() => navigate({ view: 'library' })} />
  ) : (
    <LibraryView onOpen={(documentId) => navigate({ view: 'reader', documentId })} />
  )
}
