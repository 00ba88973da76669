import { describe, expect, it } from 'vitest'
import {
  choiceScope,
  documentWritingMode,
  writingModeNote,
} from '../../../../src/renderer/src/settings/writing-mode-choice'

describe('writing-mode-choice', () => {
  it('opens a vertical book vertically whatever the setting, unless the user chose otherwise for it', () => {
    expect(documentWritingMode(null, 'vertical', 'horizontal')).toBe('vertical')
    expect(documentWritingMode('horizontal', 'vertical', 'horizontal')).toBe('horizontal')
    expect(documentWritingMode('horizontal', 'vertical', 'vertical')).toBe('horizontal')
  })

  it('lets a book with no direction of its own follow the setting', () => {
    expect(documentWritingMode(null, undefined, 'horizontal')).toBe('horizontal')
    expect(documentWritingMode(null, undefined, 'vertical')).toBe('vertical')
  })

  it('keeps a choice made in a vertical book with that book, and one made elsewhere as the setting', () => {
    expect(choiceScope('vertical')).toBe('document')
    expect(choiceScope(undefined)).toBe('setting')
  })

  it('says so beside the choice only in a book with its own direction', () => {
    expect(writingModeNote('vertical')).toMatch(/this book only/)
    expect(writingModeNote(undefined)).toBeNull()
  })
})
