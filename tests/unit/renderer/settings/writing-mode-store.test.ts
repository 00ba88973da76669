import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { describe, expect, it } from 'vitest'
import { openMarginDatabase } from '../../../../src/renderer/src/db/margin-db'
import {
  loadReaderSettings,
  resetReaderSettings,
} from '../../../../src/renderer/src/settings/settings-store'
import {
  loadWritingModeChoice,
  saveWritingModeChoice,
} from '../../../../src/renderer/src/settings/writing-mode-store'

describe('writing-mode-store', () => {
  it("keeps a choice made in a vertical book with that book, leaving the reader's setting alone", async () => {
    const db = openMarginDatabase('writing-mode-test', { indexedDB: new IDBFactory(), IDBKeyRange })
    expect(await loadWritingModeChoice(db, 'tate')).toBeNull()
    await saveWritingModeChoice(db, 'tate', 'vertical', 'horizontal')
    expect(await loadWritingModeChoice(db, 'tate')).toBe('horizontal')
    expect(await loadWritingModeChoice(db, 'other')).toBeNull()
    expect((await loadReaderSettings(db)).writingMode).toBe('horizontal')
    await saveWritingModeChoice(db, 'tate', 'vertical', 'vertical')
    expect(await loadWritingModeChoice(db, 'tate')).toBe('vertical')
    expect((await loadReaderSettings(db)).writingMode).toBe('horizontal')

    // In a book with no direction of its own the choice is the setting, as before.
    await saveWritingModeChoice(db, 'novel', undefined, 'vertical')
    expect((await loadReaderSettings(db)).writingMode).toBe('vertical')
    expect(await loadWritingModeChoice(db, 'novel')).toBeNull()

    // Restoring the default settings keeps the choice made for a book; an odd stored value reads as none.
    await resetReaderSettings(db)
    expect((await loadReaderSettings(db)).writingMode).toBe('horizontal')
    expect(await loadWritingModeChoice(db, 'tate')).toBe('vertical')
    await db.settings.put({ key: 'document.tate.writingMode', value: 'diagonal' })
    expect(await loadWritingModeChoice(db, 'tate')).toBeNull()
    db.close()
  })
})
