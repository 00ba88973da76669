import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { describe, expect, it } from 'vitest'
import { openMarginDatabase } from '../../../../src/renderer/src/db/margin-db'
import { DEFAULT_SETTINGS } from '../../../../src/renderer/src/settings/reader-settings'
import {
  loadReaderSettings,
  resetReaderSettings,
  saveReaderSetting,
} from '../../../../src/renderer/src/settings/settings-store'

describe('settings-store', () => {
  it('keeps each setting as a key-value row and reads them back after reopening', async () => {
    const indexedDB = new IDBFactory()
    const db = openMarginDatabase('settings-test', { indexedDB, IDBKeyRange })
    expect(await loadReaderSettings(db)).toEqual(DEFAULT_SETTINGS)
    await saveReaderSetting(db, 'theme', 'dark')
    await saveReaderSetting(db, 'fontSize', 23)
    expect(await db.settings.get('reader.theme')).toEqual({ key: 'reader.theme', value: 'dark' })
    db.close()

    const again = openMarginDatabase('settings-test', { indexedDB, IDBKeyRange })
    expect(await loadReaderSettings(again)).toMatchObject({ theme: 'dark', fontSize: 23 })
    await again.settings.put({ key: 'library.sort', value: 'title' })
    await resetReaderSettings(again)
    expect(await loadReaderSettings(again)).toEqual(DEFAULT_SETTINGS)
    expect(await again.settings.get('library.sort')).toBeDefined()
    again.close()
  })
})
