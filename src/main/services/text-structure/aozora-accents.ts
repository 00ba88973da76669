/**
 * Aozora Bunko writes accented Latin letters, which Shift_JIS lacks, as a letter and a sign inside
 * 〔…〕: 〔Ame'lie〕 is Amélie, 〔Ho^tel〕 Hôtel, 〔Mu:ller〕 Müller. The brackets go where a sign was read.
 */

/** The combining mark each sign stands for, and the letters it may follow. */
const SIGNS: Record<string, { mark: string; letters: RegExp }> = {
  '`': { mark: '\u0300', letters: /[aeiouAEIOU]/ },
  "'": { mark: '\u0301', letters: /[aeiouyAEIOUY]/ },
  '^': { mark: '\u0302', letters: /[aeiouAEIOU]/ },
  '~': { mark: '\u0303', letters: /[anoANO]/ },
  ':': { mark: '\u0308', letters: /[aeiouyAEIOUY]/ },
  '&': { mark: '\u030a', letters: /[aAuU]/ },
  _: { mark: '\u0304', letters: /[aeiouAEIOU]/ },
  ',': { mark: '\u0327', letters: /[cC]/ },
}
const LIGATURES: Record<string, string> = {
  'ae&': 'æ',
  'AE&': 'Æ',
  'oe&': 'œ',
  'OE&': 'Œ',
  's&': 'ß',
  'o/': 'ø',
  'O/': 'Ø',
}
const SPAN = /〔([\u0020-\u007e\u00a0-\u024f]+)〕/gu
const SIGNED = /ae&|AE&|oe&|OE&|s&|[oO]\/|([A-Za-z])([`'^~:&_,])/gu

export function readAccents(line: string): string {
  if (!line.includes('〔')) return line
  return line.replace(SPAN, (whole, inner: string) => {
    let changed = false
    const read = inner.replace(SIGNED, (signed, letter?: string, sign?: string) => {
      const ligature = LIGATURES[signed]
      if (ligature) {
        changed = true
        return ligature
      }
      const rule = SIGNS[sign!]!
      if (!rule.letters.test(letter!)) return signed
      changed = true
      return (letter! + rule.mark).normalize('NFC')
    })
    return changed ? read : whole
  })
}
