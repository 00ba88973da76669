import { describe, expect, it } from 'vitest'
import type { DocumentMeta } from '../../../../src/shared/document-model'
import { describeOutcome } from '../../../../src/renderer/src/library/use-library'

const meta = (title: string) => ({ title }) as DocumentMeta
const failure = (name: string, reason: string) => ({ name, message: `${name}: ${reason}` })

describe('the report after an import', () => {
  it('says one failure in a sentence, and lists several one file a line under a count', () => {
    expect(
      describeOutcome({
        imported: [],
        failed: [failure('a.txt', 'this looks like a binary file, not text.')],
      }),
    ).toEqual({
      kind: 'error',
      message: 'a.txt: this looks like a binary file, not text.',
      details: [],
    })
    const several = describeOutcome({
      imported: [meta('红楼梦')],
      failed: [failure('a.txt', 'binary.'), failure('b.epub', 'protected by DRM.')],
    })
    expect(several).toEqual({
      kind: 'error',
      message: 'Imported “红楼梦”. 2 files could not be imported:',
      details: ['a.txt: binary.', 'b.epub: protected by DRM.'],
    })
  })

  it('reports success, a cancel, and nothing for nothing', () => {
    expect(describeOutcome({ imported: [meta('a'), meta('b')], failed: [] })).toEqual({
      kind: 'success',
      message: 'Imported 2 documents.',
      details: [],
    })
    expect(
      describeOutcome({
        imported: [meta('a')],
        failed: [failure('c.txt', 'empty.')],
        cancelled: true,
      })?.details,
    ).toEqual(['c.txt: empty.'])
    expect(describeOutcome({ imported: [], failed: [] })).toBeNull()
  })
})
