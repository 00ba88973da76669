import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import type { HandlerTable } from '../../shared/ipc/handler-table'
import type { ImportOutcome } from '../../shared/ipc/library'
import { MarginError, toIpcError } from '../../shared/ipc/result'
import type { DocumentStore } from './document-store'
import type { EventHub } from './event-hub'
import { createNotesHandlers, type NotesHandlerDependencies } from './notes-handlers'

export interface HandlerDependencies {
  store: DocumentStore
  events: EventHub
  /** Asks the user for files (the native dialog); absent in browser mode. */
  pickFiles?: () => Promise<string[]>
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
  ...notesDependencies
}: HandlerDependencies): HandlerTable {
  async function importAll(files: { name: string; read: () => Promise<Uint8Array> }[]): Promise<ImportOutcome> {
    const outcome: ImportOutcome = { imported: [], failed: [] }
    for (const file of files) {
      try {
        outcome.imported.push(await store.importBytes(file.name, await file.read()))
      } catch (error) {
        outcome.failed.push({ name: file.name, message: toIpcError(error).message })
      }
    }
    if (outcome.imported.length > 0) events.emit('margin:event.libraryChanged', {})
    return outcome
  }

  return {
    'margin:library.list': () => store.list(),
    'margin:library.importFiles': ({ files }) =>
      importAll(files.map((f) => ({ name: basename(f.name), read: async () => f.bytes }))),
    'margin:library.importFromDialog': async () => {
      if (!pickFiles) throw new MarginError('unsupported', 'There is no file dialog in browser mode.')
      const paths = await pickFiles()
      return importAll(paths.map((path) => ({ name: basename(path), read: () => readFile(path) })))
    },
    'margin:library.remove': async ({ id }) => {
      await store.remove(id)
      events.emit('margin:event.libraryChanged', {})
    },
    'margin:documents.open': ({ id }) => store.open(id),
    'margin:documents.meta': ({ id }) => store.meta(id),
    ...createNotesHandlers({ events, ...notesDependencies }),
  }
}
