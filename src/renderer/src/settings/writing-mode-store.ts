import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import { marginDb, type MarginDatabase } from '../db/margin-db'
import { WRITING_MODES, type ReaderSettings } from './reader-settings'
import { saveReaderSetting, useReaderSettings } from './settings-store'
import { choiceScope, documentWritingMode, type WritingMode } from './writing-mode-choice'

/** A document's writing-mode choice is a settings row of its own, apart from the `reader.` settings a reset clears. */
const keyOf = (documentId: string) => `document.${documentId}.writingMode`

export async function loadWritingModeChoice(
  db: MarginDatabase,
  documentId: string,
): Promise<WritingMode | null> {
  const row = await db.settings.get(keyOf(documentId))
  return WRITING_MODES.includes(row?.value as WritingMode) ? (row!.value as WritingMode) : null
}

/** Keeps a writing mode chosen while reading: with the document, or as the reader's setting (see choiceScope). */
export async function saveWritingModeChoice(
  db: MarginDatabase,
  documentId: string,
  own: 'vertical' | undefined,
  mode: WritingMode,
): Promise<void> {
  if (choiceScope(own) === 'setting') return saveReaderSetting(db, 'writingMode', mode)
  await db.transaction('rw', db.settings, () =>
    db.settings.put({ key: keyOf(documentId), value: mode }),
  )
}

/** The reader settings for one document, its writing mode decided by documentWritingMode; null while loading. */
export function useDocumentReaderSettings(
  documentId: string,
  own: 'vertical' | undefined,
): ReaderSettings | null {
  const settings = useReaderSettings()
  const choice = useLiveQuery(() => loadWritingModeChoice(marginDb(), documentId), [documentId])
  return useMemo(
    () =>
      settings && choice !== undefined
        ? { ...settings, writingMode: documentWritingMode(choice, own, settings.writingMode) }
        : null,
    [settings, choice, own],
  )
}
