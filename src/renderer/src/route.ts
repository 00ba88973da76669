import { passageInHash } from '../../shared/passage-link'

/** The view in the address's hash, so a reload comes back to the same place. */
export type Route =
  | { view: 'library' }
  | { view: 'notebook' }
  | { view: 'trash' }
  | { view: 'reader'; documentId: string }

export function parseRoute(hash: string): Route {
  if (hash === '#/notebook') return { view: 'notebook' }
  if (hash === '#/trash') return { view: 'trash' }
  // `?at=<offset>`: a link to a passage (shared/passage-link.ts); the reader jumps there.
  const passage = passageInHash(hash)
  return passage ? { view: 'reader', documentId: passage.documentId } : { view: 'library' }
}

export function routeHash(route: Route): string {
  if (route.view === 'notebook') return '#/notebook'
  if (route.view === 'trash') return '#/trash'
  return route.view === 'reader' ? `#/read/${route.documentId}` : '#/'
}
