/**
 * Writes of one annotation's note, one after another. `save` resolves only once every write
 * asked for so far has committed: the popover shows a note as saved only when it is on disk,
 * even when Dexie's live queries already show the new text optimistically.
 */
export interface NoteSaver {
  /** Queues a write of `note` unless it is the last one queued; resolves when all queued writes have committed. */
  save(note: string): Promise<void>
}

export function createNoteSaver(write: (note: string) => Promise<void>, stored: string): NoteSaver {
  let queued = stored
  let writes: Promise<void> = Promise.resolve()
  return {
    save(note) {
      if (note !== queued) {
        queued = note
        // A failed write does not stop later ones; whoever awaits this write still sees its failure.
        writes = writes.catch(() => undefined).then(() => write(note))
      }
      return writes
    },
  }
}
