import type { ReaderSettings } from './reader-settings'

/**
 * Which way a document is set. A book typeset vertically (ParsedDocument.writingMode) opens
 * vertically; the user's choice for that book wins over it and is kept with the book alone, so
 * reading one vertical book never turns every other book vertical. Books with no direction of
 * their own follow the reader's setting, and a choice made in one of them changes that setting.
 */
export type WritingMode = ReaderSettings['writingMode']

export function documentWritingMode(
  /** The user's choice for this document, null when there is none. */
  choice: WritingMode | null,
  /** The book's own direction, from its file. */
  own: 'vertical' | undefined,
  setting: WritingMode,
): WritingMode {
  return choice ?? own ?? setting
}

/** Where a choice made while reading a document is kept: with the document when the book has a direction of its own. */
export function choiceScope(own: 'vertical' | undefined): 'document' | 'setting' {
  return own ? 'document' : 'setting'
}

/** What the settings say beside the choice in a book that sets its own direction; null in other books. */
export function writingModeNote(own: 'vertical' | undefined): string | null {
  return own ? 'This book is typeset vertically; a choice here applies to this book only.' : null
}
