import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { isImportableName } from '../../shared/importable-files'

/** Enough for any real collection; a folder picked by mistake (a home folder) stops here. */
export const MAX_FOLDER_FILES = 2000

/** The importable files in a folder and its subfolders, in name order; hidden folders and links are skipped. */
export async function importableFilesIn(folder: string, limit = MAX_FOLDER_FILES): Promise<string[]> {
  const found: string[] = []
  const visit = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => [])
    entries.sort((a, b) => a.name.localeCompare(b.name))
    for (const entry of entries) {
      if (found.length >= limit || entry.name.startsWith('.')) continue
      const path = join(dir, entry.name)
      if (entry.isDirectory()) await visit(path)
      else if (entry.isFile() && isImportableName(entry.name)) found.push(path)
    }
  }
  await visit(folder)
  return found
}
