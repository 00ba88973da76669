import { useState } from 'react'
import { isSortKey, type SortKey } from './library-order'
import type { LibraryLayout } from './DocumentTile'

const KEY = 'margin.library.view'

interface LibraryPreferences {
  layout: LibraryLayout
  sort: SortKey
}

function load(): LibraryPreferences {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<LibraryPreferences>
    return { layout: saved.layout === 'list' ? 'list' : 'grid', sort: isSortKey(saved.sort) ? saved.sort : 'recently-read' }
  } catch {
    return { layout: 'grid', sort: 'recently-read' }
  }
}

/** Grid or list and the sort order, remembered between visits. */
export function useLibraryPreferences() {
  const [preferences, setPreferences] = useState(load)
  const update = (change: Partial<LibraryPreferences>) =>
    setPreferences((current) => {
      const next = { ...current, ...change }
      try {
        localStorage.setItem(KEY, JSON.stringify(next))
      } catch {
        // Private windows may refuse storage: the choice then lasts for this visit.
      }
      return next
    })
  return [preferences, update] as const
}
