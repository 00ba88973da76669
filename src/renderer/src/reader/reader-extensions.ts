import { SearchPanel } from '../search/SearchPanel'
import { AnnotationsExtension } from '../annotations/AnnotationsExtension'
import { ANNOTATION_SHORTCUTS } from '../annotations/annotation-shortcuts'
import { ReaderNotesExport } from '../export/ReaderNotesExport'
import type { ReaderExtension } from './reader-navigation'

/**
 * Features mounted inside the reader (see reader-navigation.ts for what they can use).
 * Add one line per feature; the reader renders them in this order.
 */
export const READER_EXTENSIONS: readonly ReaderExtension[] = [
  {
    id: 'search',
    Component: SearchPanel,
    shortcuts: [
      { keys: 'Ctrl+F', action: 'Search in the document' },
      { keys: 'Enter, F3', action: 'Next match' },
      { keys: 'Shift+Enter, Shift+F3', action: 'Previous match' },
    ],
  },
  { id: 'annotations', Component: AnnotationsExtension, shortcuts: ANNOTATION_SHORTCUTS },
  { id: 'notes-export', Component: ReaderNotesExport },
]
