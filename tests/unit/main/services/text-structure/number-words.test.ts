import { describe, expect, it } from 'vitest'
import {
  firstWordOf,
  isOrdinalOpener,
  readNumberWords,
} from '../../../../../src/main/services/text-structure/number-words'

const opensWithOrdinal = (text: string) => isOrdinalOpener(firstWordOf(text))

describe('numbers spelled in words', () => {
  it.each([
    ['Twenty-Three', ['en'], 23, false],
    ['twenty three', ['en'], 23, false],
    ['One Hundred and Five', ['en'], 105, false],
    ['Forty-Second', ['en'], 42, true],
    ['premier', ['fr'], 1, true],
    ['vingt et un', ['fr'], 21, false],
    ['soixante-dix-sept', ['fr'], 77, false],
    ['quatre-vingt-onze', ['fr'], 91, false],
    ['Quarante-Deuxième', ['fr'], 42, true],
    ['Einundzwanzigstes', ['de'], 21, true],
    ['dreißig', ['de'], 30, false],
    ['DREISSIGSTER', ['de'], 30, true],
    ['treinta y dos', ['es'], 32, false],
    ['veintitrés', ['es'], 23, false],
    ['Vigésima Quinta', ['es'], 25, true],
    ['decimotercero', ['es'], 13, true],
    ['cinquantesimo', ['it'], 50, true],
    ['ventitré', ['it'], 23, false],
    ['trentottesima', ['it'], 38, true],
    ['quarenta e sete', ['pt'], 47, false],
    ['Trigésimo Terceiro', ['pt'], 33, true],
    ['сорок вторая', ['ru'], 42, true],
    ['ДВАДЦАТЬ ТРЕТЬЯ', ['ru'], 23, true],
    ['пятидесятый', ['ru'], 50, true],
    ['четвёртая', ['ru'], 4, true],
  ] as const)('%s in %j is %i', (text, languages, value, ordinal) => {
    const read = readNumberWords(text, languages)
    expect(read).toMatchObject({ value, ordinal, length: text.length })
  })

  it('read the longest number and stop before the words after it', () => {
    expect(readNumberWords('Twenty One Nights', ['en'])).toMatchObject({ value: 21, length: 10 })
    expect(readNumberWords('treinta y uno. El fin', ['es'])).toMatchObject({
      value: 31,
      length: 13,
    })
  })

  it('are read in the language asked for only', () => {
    expect(readNumberWords('zwei', ['fr'])).toBeNull()
    expect(readNumberWords('quinto', ['it'])?.languages).toEqual(['it'])
    expect(readNumberWords('one', ['en'], true)).toBeNull()
    expect(readNumberWords('semaine', ['fr'])).toBeNull()
  })

  it('tell a line opening with an ordinal by its first word', () => {
    expect(opensWithOrdinal('Erstes Kapitel')).toBe(true)
    expect(opensWithOrdinal('DEUXIÈME PARTIE')).toBe(true)
    expect(opensWithOrdinal('Первая часть')).toBe(true)
    expect(opensWithOrdinal('Premiere partie')).toBe(true)
    expect(opensWithOrdinal('Четвертая глава')).toBe(true)
    expect(opensWithOrdinal('The house was quiet')).toBe(false)
  })
})
