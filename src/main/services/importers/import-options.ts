import type { ZipLimits } from './zip-reader'

/** Reads a file next to the one being imported (a relative path), or null when there is none. */
export type ReadSibling = (relativePath: string) => Promise<Uint8Array | null>

export interface ImportOptions {
  /** Present when Margin has the imported file's folder (desktop dialog, command line). */
  readSibling?: ReadSibling
  /** Where the file is on disk, when it was read from disk: images beside it are imported with it. */
  sourcePath?: string
  /** The text encoding the user chose over the detected one (text formats). */
  encoding?: string
  signal?: AbortSignal
  /** Larger files are refused; defaults to MAX_IMPORT_BYTES. */
  maxBytes?: number
  zipLimits?: ZipLimits
}
