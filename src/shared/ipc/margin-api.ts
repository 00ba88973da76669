import type { ArgsOf, Channel, ResultOf } from './contract'
import type { OutlineChange } from '../outline-corrections'
import type { EncodingName } from '../text-encodings'
import type { EventName, EventPayloads, ImportProgress } from './events'
import type { BackupNotes, NotesSnapshot } from './notes'
import type { IpcResult } from './result'

export type Invoke = <C extends Channel>(
  channel: C,
  args: ArgsOf<C>,
) => Promise<IpcResult<ResultOf<C>>>
export type Subscribe = <E extends EventName>(
  event: E,
  listener: (payload: EventPayloads[E]) => void,
) => () => void

export type Platform = 'electron' | 'web'

/**
 * The named functions the renderer may call. The preload builds it over ipcRenderer,
 * browser mode over HTTP; the renderer's `window.margin` type is this function's result.
 */
export function createMarginApi(invoke: Invoke, subscribe: Subscribe, platform: Platform) {
  return {
    platform,
    listDocuments: () => invoke('margin:library.list', {}),
    importFiles: (files: { name: string; bytes: Uint8Array }[], importId?: string) =>
      invoke('margin:library.importFiles', importId ? { files, importId } : { files }),
    importFromDialog: (importId?: string) =>
      invoke('margin:library.importFromDialog', importId ? { importId } : {}),
    importFolderFromDialog: (importId?: string) =>
      invoke('margin:library.importFolderFromDialog', importId ? { importId } : {}),
    cancelImport: (importId: string) => invoke('margin:library.cancelImport', { importId }),
    listTrash: () => invoke('margin:library.listTrash', {}),
    restoreDocument: (id: string) => invoke('margin:library.restore', { id }),
    emptyTrash: () => invoke('margin:library.emptyTrash', {}),
    editDocumentDetails: (id: string, details: { title?: string | null; author?: string | null }) =>
      invoke('margin:documents.editDetails', { id, ...details }),
    previewEncoding: (id: string, encoding: EncodingName) =>
      invoke('margin:documents.previewEncoding', { id, encoding }),
    setDocumentEncoding: (id: string, encoding: EncodingName) =>
      invoke('margin:documents.setEncoding', { id, encoding }),
    correctOutline: (id: string, change: OutlineChange) =>
      invoke('margin:documents.correctOutline', { id, change }),
    onImportProgress: (listener: (progress: ImportProgress) => void) =>
      subscribe('margin:event.importProgress', listener),
    onDocumentsDeleted: (listener: (payload: { ids: string[] }) => void) =>
      subscribe('margin:event.documentsDeleted', listener),
    removeDocument: (id: string) => invoke('margin:library.remove', { id }),
    openDocument: (id: string) => invoke('margin:documents.open', { id }),
    /** Where the page loads an image stored with a document (Block.src, DocumentMeta.cover). */
    assetUrl: (documentId: string, src: string) =>
      platform === 'electron'
        ? `margin-asset://${encodeURIComponent(documentId)}/${encodeURIComponent(src)}`
        : `/asset/${encodeURIComponent(documentId)}/${encodeURIComponent(src)}`,
    openDocumentHead: (id: string, blocks: number) =>
      invoke('margin:documents.openHead', { id, blocks }),
    documentBlocks: (id: string, from: number, to: number) =>
      invoke('margin:documents.blocks', { id, from, to }),
    documentMeta: (id: string) => invoke('margin:documents.meta', { id }),
    saveFile: (suggestedName: string, content: string | Uint8Array) =>
      invoke('margin:notes.saveFile', { suggestedName, content }),
    writeSafetyCopy: (snapshot: NotesSnapshot) =>
      invoke('margin:notes.writeSafetyCopy', { snapshot }),
    listSafetyCopies: () => invoke('margin:notes.listSafetyCopies', {}),
    newestSafetyCopy: () => invoke('margin:notes.newestSafetyCopy', {}),
    buildBackup: (notes: BackupNotes) => invoke('margin:notes.buildBackup', { notes }),
    saveBackup: (notes: BackupNotes) => invoke('margin:notes.saveBackup', { notes }),
    restoreBackup: (archive: Uint8Array) => invoke('margin:notes.restoreBackup', { archive }),
    onLibraryChanged: (listener: () => void) => subscribe('margin:event.libraryChanged', listener),
    onOpenDocument: (listener: (payload: EventPayloads['margin:event.openDocument']) => void) =>
      subscribe('margin:event.openDocument', listener),
  }
}

export type MarginApi = ReturnType<typeof createMarginApi>
