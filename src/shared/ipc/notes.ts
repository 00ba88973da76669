import { z } from 'zod'
import { channel } from './channel'

/** A record from the renderer's database, checked only for the keys the main side relies on. */
const recordWithId = z.looseObject({ id: z.string().min(1).max(200) })
const progressRecord = z.looseObject({ documentId: z.string().min(1).max(200) })
const settingRecord = z.looseObject({ key: z.string().min(1).max(200) })

/** What a safety copy holds: the notes that exist nowhere but in IndexedDB. */
export const notesSnapshot = z
  .object({
    annotations: z.array(recordWithId).max(1_000_000),
    bookmarks: z.array(recordWithId).max(1_000_000),
    progress: z.array(progressRecord).max(1_000_000),
  })
  .strict()
/** Records are the renderer's (db/schema.ts); the main side only relies on their keys. */
export interface NotesSnapshot {
  annotations: { id: string }[]
  bookmarks: { id: string }[]
  progress: { documentId: string }[]
}

/** Everything of the renderer's a backup archive carries besides the documents. */
export const backupNotes = z
  .object({
    annotations: z.array(recordWithId).max(1_000_000),
    bookmarks: z.array(recordWithId).max(1_000_000),
    progress: z.array(progressRecord).max(1_000_000),
    settings: z.array(settingRecord).max(100_000),
  })
  .strict()
export interface BackupNotes extends NotesSnapshot {
  settings: { key: string }[]
}

export interface SafetyCopyInfo {
  /** File name inside `<data>/safety/`. */
  name: string
  /** When the copy was taken (ms since the epoch). */
  savedAt: number
  annotations: number
  bookmarks: number
}

export interface SavedFile {
  /** False when the user closed the save dialog. */
  saved: boolean
  path?: string
}

export interface RestoredBackup {
  /** Documents written into the library; those already present are left as they are. */
  restoredDocuments: number
  keptDocuments: number
  notes: BackupNotes
  createdAt: string
}

const bytes = z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'bytes')
const fileName = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[^/\\:*?"<>|\u0000-\u001f]+$/, 'a file name')

export const notesChannels = {
  /** Shows the native save dialog and writes the file atomically (desktop only). */
  'margin:notes.saveFile': channel<SavedFile>()(
    z.object({ suggestedName: fileName, content: z.union([z.string(), bytes]) }).strict(),
  ),
  'margin:notes.writeSafetyCopy': channel<SafetyCopyInfo>()(
    z.object({ snapshot: notesSnapshot }).strict(),
  ),
  'margin:notes.listSafetyCopies': channel<SafetyCopyInfo[]>()(z.object({}).strict()),
  /** The newest safety copy that reads back whole; damaged ones met on the way are set aside. */
  'margin:notes.newestSafetyCopy': channel<{
    info: SafetyCopyInfo
    snapshot: NotesSnapshot
  } | null>()(z.object({}).strict()),
  /** Builds the backup archive and returns its bytes for the browser to download. */
  'margin:notes.buildBackup': channel<{ name: string; archive: Uint8Array }>()(
    z.object({ notes: backupNotes }).strict(),
  ),
  /** Builds the backup archive and saves it through the native save dialog (desktop only). */
  'margin:notes.saveBackup': channel<SavedFile>()(z.object({ notes: backupNotes }).strict()),
  /** Checks an archive whole, then restores its documents; the renderer puts the notes back. */
  'margin:notes.restoreBackup': channel<RestoredBackup>()(z.object({ archive: bytes }).strict()),
}
