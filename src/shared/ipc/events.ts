/** Messages the main side pushes to the renderer. */
export interface EventPayloads {
  'margin:event.libraryChanged': Record<string, never>
  /** A file given on the command line or by the OS ("Open with Margin") was imported. */
  'margin:event.openDocument': { id: string }
}
export type EventName = keyof EventPayloads
export const EVENT_NAMES: readonly EventName[] = [
  'margin:event.libraryChanged',
  'margin:event.openDocument',
]
