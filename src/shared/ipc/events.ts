/** Messages the main side pushes to the renderer. */
export interface EventPayloads {
  'margin:event.libraryChanged': Record<string, never>
  /**
   * Open a document: a file given on the command line or by the OS ("Open with Margin") was
   * imported, or the OS handed Margin a passage link (`at`: the offset to show).
   */
  'margin:event.openDocument': { id: string; at?: number }
  /** How far an import has got; `phase: 'finished'` ends it. */
  'margin:event.importProgress': ImportProgress
  /** Documents deleted for good (the trash was emptied): their notes, bookmarks and progress go too. */
  'margin:event.documentsDeleted': { ids: string[] }
}

export interface ImportProgress {
  importId: string
  /** The file being worked on, 0-based, of `total`. */
  index: number
  total: number
  fileName: string
  phase: 'reading' | 'parsing' | 'saving' | 'finished'
}
export type EventName = keyof EventPayloads
export const EVENT_NAMES: readonly EventName[] = [
  'margin:event.libraryChanged',
  'margin:event.openDocument',
  'margin:event.importProgress',
  'margin:event.documentsDeleted',
]
