import { isImportableName } from '../../../shared/importable-files'

/**
 * The importable files in a drop, folders included (walked through webkitGetAsEntry).
 * Entries must be taken while the drop event runs: call this synchronously from the handler.
 */
export function collectDroppedFiles(data: DataTransfer): Promise<File[]> {
  const entries = Array.from(data.items ?? [])
    .map((item) => (item.kind === 'file' ? item.webkitGetAsEntry?.() : null))
    .filter((entry): entry is FileSystemEntry => !!entry)
  if (entries.length === 0) return Promise.resolve(importableFiles(Array.from(data.files)))
  return Promise.all(entries.map(filesOfEntry)).then((lists) => lists.flat())
}

export function importableFiles(files: Iterable<File>): File[] {
  return Array.from(files).filter((file) => isImportableName(file.name))
}

async function filesOfEntry(entry: FileSystemEntry): Promise<File[]> {
  if (entry.isFile) {
    if (!isImportableName(entry.name)) return []
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject))
    return [file]
  }
  if (!entry.isDirectory || entry.name.startsWith('.')) return []
  const reader = (entry as FileSystemDirectoryEntry).createReader()
  const children: FileSystemEntry[] = []
  // readEntries answers in batches (100 at a time in Chromium) until it answers none.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject))
    if (batch.length === 0) break
    children.push(...batch)
  }
  children.sort((a, b) => a.name.localeCompare(b.name))
  const nested = await Promise.all(children.map(filesOfEntry))
  return nested.flat()
}
