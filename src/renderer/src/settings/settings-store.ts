import { useLiveQuery } from 'dexie-react-hooks'
import type { MarginDatabase } from '../db/margin-db'
import { marginDb } from '../db/margin-db'
import { readSettings, type ReaderSettings } from './reader-settings'

/** Each reader setting is its own row of the `settings` table, keyed `reader.<name>`. */
const PREFIX = 'reader.'

export async function loadReaderSettings(db: MarginDatabase): Promise<ReaderSettings> {
  const rows = await db.settings.where('key').startsWith(PREFIX).toArray()
  return readSettings(
    Object.fromEntries(rows.map((row) => [row.key.slice(PREFIX.length), row.value])),
  )
}

export async function saveReaderSetting<K extends keyof ReaderSettings>(
  db: MarginDatabase,
  key: K,
  value: ReaderSettings[K],
): Promise<void> {
  await db.transaction('rw', db.settings, () => db.settings.put({ key: PREFIX + key, value }))
}

/** Forgets every reader setting, so the defaults apply again. */
export async function resetReaderSettings(db: MarginDatabase): Promise<void> {
  await db.transaction('rw', db.settings, () =>
    db.settings.where('key').startsWith(PREFIX).delete(),
  )
}

/** The live settings; null while they load. */
export function useReaderSettings(): ReaderSettings | null {
  return useLiveQuery(() => loadReaderSettings(marginDb()), [], null)
}

/** Whether the reader's contents sidebar is open: a row of its own, apart from the typography. */
const OUTLINE_OPEN = 'ui.outlineOpen'

export async function loadOutlineOpen(db: MarginDatabase): Promise<boolean> {
  const row = await db.settings.get(OUTLINE_OPEN)
  return typeof row?.value === 'boolean' ? row.value : true
}

export async function saveOutlineOpen(db: MarginDatabase, open: boolean): Promise<void> {
  await db.transaction('rw', db.settings, () => db.settings.put({ key: OUTLINE_OPEN, value: open }))
}
