import type { HandlerTable } from '../../shared/ipc/handler-table'
import type { DocumentStore } from './document-store'
import { createDocumentPartsHandlers } from './document-parts-handlers'
import type { EventHub } from './event-hub'
import { createLibraryHandlers, type LibraryHandlerDependencies } from './library-handlers'
import { createNotesHandlers, type NotesHandlerDependencies } from './notes-handlers'

export interface HandlerDependencies {
  store: DocumentStore
  events: EventHub
  /** Asks the user for files (the native dialog); absent in browser mode. */
  pickFiles?: () => Promise<string[]>
  /** Asks the user for a folder (the native dialog); absent in browser mode. */
  pickFolder?: LibraryHandlerDependencies['pickFolder']
  /** The data folder, where safety copies go and backups read the documents from. */
  dataFolder?: string
  chooseSavePath?: NotesHandlerDependencies['chooseSavePath']
  appVersion?: string
}

/** The one handler table that both Electron's ipcMain and browser mode's HTTP bridge serve. */
export function createMarginHandlers({
  store,
  events,
  pickFiles,
  pickFolder,
  ...notesDependencies
}: HandlerDependencies): HandlerTable {
  return {
    ...createLibraryHandlers({ store, events, pickFiles, pickFolder }),
    ...createNotesHandlers({ events, ...notesDependencies }),
    ...createDocumentPartsHandlers({ store }),
  }
}
