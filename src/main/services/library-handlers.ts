import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import type { Channel } from '../../shared/ipc/contract'
import type { ImportProgress } from '../../shared/ipc/events'
import type { Handler } from '../../shared/ipc/handler-table'
import type { ImportOutcome } from '../../shared/ipc/library'
import { MarginError, toIpcError } from '../../shared/ipc/result'
import type { DocumentStore } from './document-store'
import type { EventHub } from './event-hub'
import { importableFilesIn } from './folder-files'

type LibraryChannel = Extract<
  Channel,
  `margin:library.${string}` | 'margin:documents.open' | 'margin:documents.meta' | `margin:documents.${'editDetails' | 'previewEncoding' | 'setEncoding' | 'correctOutline'}`
>

export interface LibraryHandlerDependencies {
  store: DocumentStore
  events: EventHub
  /** Asks the user for files (the native dialog); absent in browser mode. */
  pickFiles?: () => Promise<string[]>
  /** Asks the user for a folder (the native dialog); absent in browser mode. */
  pickFolder?: () => Promise<string | null>
}

/** Cancels that arrive before their import began (browser mode may still be uploading) are remembered a while. */
const EARLY_CANCELS_KEPT = 50

/** The library's handlers: imports with progress and cancel, the trash, a document's details and outline. */
export function createLibraryHandlers({ store, events, pickFiles, pickFolder }: LibraryHandlerDependencies): {
  [C in LibraryChannel]: Handler<C>
} {
  const running = new Map<string, AbortController>()
  const cancelledEarly = new Set<string>()

  async function importAll(
    files: { name: string; read: () => Promise<Uint8Array>; path?: string }[],
    importId = randomBytes(8).toString('hex'),
  ): Promise<ImportOutcome> {
    const outcome: ImportOutcome = { imported: [], failed: [] }
    const controller = new AbortController()
    if (cancelledEarly.delete(importId)) controller.abort()
    running.set(importId, controller)
    const report = (index: number, fileName: string, phase: ImportProgress['phase']) =>
      events.emit('margin:event.importProgress', { importId, index, total: files.length, fileName, phase })
    try {
      for (const [index, file] of files.entries()) {
        if (controller.signal.aborted) {
          outcome.cancelled = true
          break
        }
        try {
          report(index, file.name, 'reading')
          const bytes = await file.read()
          const onPhase = (phase: 'parsing' | 'saving') => report(index, file.name, phase)
          const sourcePath = file.path ? { sourcePath: file.path } : {}
          outcome.imported.push(
            await store.importBytes(file.name, bytes, { signal: controller.signal, onPhase, ...sourcePath }),
          )
        } catch (error) {
          const failure = toIpcError(error)
          if (failure.code === 'cancelled') {
            outcome.cancelled = true
            break
          }
          outcome.failed.push({ name: file.name, message: failure.message })
        }
      }
    } finally {
      running.delete(importId)
      report(files.length, '', 'finished')
      if (outcome.imported.length > 0) events.emit('margin:event.libraryChanged', {})
    }
    return outcome
  }

  const fromPaths = (paths: string[]) =>
    paths.map((path) => ({ name: basename(path), read: () => readFile(path), path }))
  const changed = <T>(value: T): T => {
    events.emit('margin:event.libraryChanged', {})
    return value
  }

  return {
    'margin:library.list': () => store.list(),
    'margin:library.importFiles': ({ files, importId }) =>
      importAll(
        files.map((f) => ({ name: basename(f.name), read: async () => f.bytes })),
        importId,
      ),
    'margin:library.importFromDialog': async ({ importId }) => {
      if (!pickFiles) throw new MarginError('unsupported', 'There is no file dialog in browser mode.')
      return importAll(fromPaths(await pickFiles()), importId)
    },
    'margin:library.importFolderFromDialog': async ({ importId }) => {
      if (!pickFolder) throw new MarginError('unsupported', 'There is no folder dialog in browser mode.')
      const folder = await pickFolder()
      if (!folder) return { imported: [], failed: [] }
      const paths = await importableFilesIn(folder)
      if (paths.length === 0) {
        return { imported: [], failed: [{ name: basename(folder), message: `${basename(folder)}: no TXT, Markdown, HTML or EPUB files inside.` }] }
      }
      return importAll(fromPaths(paths), importId)
    },
    'margin:library.cancelImport': async ({ importId }) => {
      const controller = running.get(importId)
      if (controller) return controller.abort()
      cancelledEarly.add(importId)
      if (cancelledEarly.size > EARLY_CANCELS_KEPT) cancelledEarly.delete(cancelledEarly.values().next().value!)
    },
    'margin:library.remove': async ({ id }) => changed(await store.remove(id)),
    'margin:library.listTrash': () => store.listTrash(),
    'margin:library.restore': async ({ id }) => changed(await store.restore(id)),
    'margin:library.emptyTrash': async () => {
      const ids = await store.emptyTrash()
      if (ids.length > 0) events.emit('margin:event.documentsDeleted', { ids })
      return changed(ids)
    },
    'margin:documents.open': ({ id }) => store.open(id),
    'margin:documents.meta': ({ id }) => store.meta(id),
    'margin:documents.editDetails': async ({ id, title, author }) =>
      changed(
        await store.editDetails(id, {
          ...(title !== undefined ? { title } : {}),
          ...(author !== undefined ? { author } : {}),
        }),
      ),
    'margin:documents.previewEncoding': ({ id, encoding }) => store.previewEncoding(id, encoding),
    'margin:documents.setEncoding': async ({ id, encoding }) => changed(await store.setEncoding(id, encoding)),
    'margin:documents.correctOutline': ({ id, change }) => store.correctOutline(id, change),
  }
}
