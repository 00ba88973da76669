import { describe, expect, it } from 'vitest'
import { readAccents } from '../../../../../src/main/services/text-structure/aozora-accents'

describe('readAccents', () => {
  it('composes the accented letters Aozora decomposes inside 〔〕 and drops the brackets', () => {
    expect(readAccents("彼は〔Ame'lie〕と言った")).toBe('彼はAmélieと言った')
    expect(readAccents('〔Ho^tel de Ville〕で〔Mu:ller〕氏に会う')).toBe(
      'Hôtel de VilleでMüller氏に会う',
    )
    expect(readAccents('〔Franc,ois〕〔Espan~a〕〔Sto/rmer〕〔Stras&e〕')).toBe(
      'FrançoisEspañaStørmerStraße',
    )
    expect(readAccents('〔Quid aliud est mulier nisi amicitiae& inimica〕')).toBe(
      'Quid aliud est mulier nisi amicitiæ inimica',
    )
  })

  it('leaves brackets that hold no accented letter, and Japanese in brackets, as they are', () => {
    expect(readAccents('〔注〕本文〔Paris〕')).toBe('〔注〕本文〔Paris〕')
    expect(readAccents("〔don't〕")).toBe("〔don't〕")
  })
})
