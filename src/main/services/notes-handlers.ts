import type { HandlerTable } from '../../shared/ipc/handler-table'
import type { notesChannels } from '../../shared/ipc/notes'
import { MarginError } from '../../shared/ipc/result'
import { writeFileAtomic } from './atomic-write'
import { buildBackupArchive, readBackupArchive, restoreBackupDocuments } from './backup-archive'
import type { EventHub } from './event-hub'
import { createSafetyCopies } from './safety-copies'

export interface NotesHandlerDependencies {
  /** The data folder (documents, safety copies). Without it the notes channels say so. */
  dataFolder?: string
  events: EventHub
  /** Asks the user where to save a file (the native dialog); null when cancelled; absent in browser mode. */
  chooseSavePath?: (suggestedName: string) => Promise<string | null>
  appVersion?: string
  now?: () => Date
}

type NotesHandlers = Pick<HandlerTable, keyof typeof notesChannels>

function backupName(now: Date): string {
  return `margin-backup-${now.toISOString().slice(0, 19).replace(/[:T]/g, '-')}.zip`
}

/** Export files, safety copies and backups: the handlers margin-handlers.ts spreads into its table. */
export function createNotesHandlers({
  dataFolder,
  events,
  chooseSavePath,
  appVersion = '0.1.0',
  now = () => new Date(),
}: NotesHandlerDependencies): NotesHandlers {
  const needFolder = (): string => {
    if (!dataFolder)
      throw new MarginError('unsupported', 'Margin was started without a data folder.')
    return dataFolder
  }
  const safety = dataFolder
    ? createSafetyCopies({ dataFolder, now: () => now().getTime() })
    : undefined
  const needSafety = () => safety ?? (needFolder(), safety!)

  async function saveThroughDialog(
    suggestedName: string,
    content: () => Promise<string | Uint8Array>,
  ) {
    if (!chooseSavePath)
      throw new MarginError('unsupported', 'There is no save dialog in browser mode.')
    const path = await chooseSavePath(suggestedName)
    if (!path) return { saved: false }
    await writeFileAtomic(path, await content())
    return { saved: true, path }
  }

  return {
    'margin:notes.saveFile': ({ suggestedName, content }) =>
      saveThroughDialog(suggestedName, async () => content),
    'margin:notes.writeSafetyCopy': ({ snapshot }) => needSafety().write(snapshot),
    'margin:notes.listSafetyCopies': () => needSafety().list(),
    'margin:notes.newestSafetyCopy': () => needSafety().newest(),
    'margin:notes.buildBackup': async ({ notes }) => {
      const at = now()
      const archive = await buildBackupArchive({
        dataFolder: needFolder(),
        notes,
        appVersion,
        now: () => at,
      })
      return { name: backupName(at), archive }
    },
    'margin:notes.saveBackup': ({ notes }) => {
      const at = now()
      return saveThroughDialog(backupName(at), () =>
        buildBackupArchive({ dataFolder: needFolder(), notes, appVersion, now: () => at }),
      )
    },
    'margin:notes.restoreBackup': async ({ archive }) => {
      const folder = needFolder()
      const contents = readBackupArchive(archive)
      const { restored, kept } = await restoreBackupDocuments(folder, contents)
      if (restored > 0) events.emit('margin:event.libraryChanged', {})
      return {
        restoredDocuments: restored,
        keptDocuments: kept,
        notes: contents.notes,
        createdAt: contents.manifest.createdAt,
      }
    },
  }
}
