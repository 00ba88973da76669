import { describe, expect, it } from 'vitest'
import { isRightToLeft } from '../../../../src/renderer/src/reader/document-language'

describe('reading direction', () => {
  it('runs Arabic, Persian and Hebrew from the right, everything else from the left', () => {
    for (const language of ['ar', 'fa', 'he', 'ar-EG']) expect(isRightToLeft(language)).toBe(true)
    for (const language of ['en', 'zh-Hans', 'ja', 'ru', 'th', 'arn', null])
      expect(isRightToLeft(language)).toBe(false)
  })
})
