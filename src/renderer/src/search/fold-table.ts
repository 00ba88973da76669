/**
 * Search folding: one UTF-16 code unit in, one out, so a folded text has exactly the length of
 * the original and every offset in it is an offset in the document's normalized text.
 * It folds width (ＡＢＣ１２３，→ abc123,), case, and traditional and variant Chinese characters
 * to simplified ones (OpenCC's character tables). Characters outside the BMP are kept as they are.
 */
import compatibilityIdeographs from 'opencc-js/dict/CJK_Compatibility_Ideographs'
import hongKongVariants from 'opencc-js/dict/HKVariants'
import simplifiedToTraditional from 'opencc-js/dict/STCharacters'
import traditionalToSimplified from 'opencc-js/dict/TSCharacters'
import taiwanVariants from 'opencc-js/dict/TWVariants'

function pairsOf(dictionary: string): [string, string][] {
  return dictionary.split('|').map((entry) => {
    const [from = '', to = ''] = entry.split(' ')
    return [from, to]
  })
}

/**
 * Chinese folding: every character OpenCC relates to another (simplified ↔ traditional, regional
 * variants, compatibility ideographs) joins one class, and each class folds to one member.
 * Classes rather than one-way maps, because the tables disagree (TW maps 吃 → 喫, TS 喫 → 吃).
 */
function chineseFolds(): Map<number, number> {
  const parent = new Map<number, number>()
  const root = (code: number): number => {
    let top = code
    while (parent.has(top) && parent.get(top) !== top) top = parent.get(top)!
    parent.set(code, top)
    return top
  }
  const simplified = new Set<number>()
  for (const [, to] of pairsOf(traditionalToSimplified))
    if (to.length === 1) simplified.add(to.charCodeAt(0))
  for (const dictionary of [
    traditionalToSimplified,
    simplifiedToTraditional,
    taiwanVariants,
    hongKongVariants,
    compatibilityIdeographs,
  ]) {
    for (const [from, to] of pairsOf(dictionary)) {
      if (from.length !== 1 || to.length !== 1 || from === to) continue
      const a = root(from.charCodeAt(0))
      const b = root(to.charCodeAt(0))
      if (a === b) continue
      // The class's representative: a simplified form where there is one, else the lower code point.
      const keepA = simplified.has(a) !== simplified.has(b) ? simplified.has(a) : a < b
      if (keepA) parent.set(b, a)
      else parent.set(a, b)
    }
  }
  const folds = new Map<number, number>()
  for (const code of parent.keys()) if (root(code) !== code) folds.set(code, root(code))
  return folds
}

function foldUnit(code: number): number {
  if (code >= 0xd800 && code <= 0xdfff) return code // a surrogate half: kept, so pairs stay pairs
  const char = String.fromCharCode(code)
  const compatible = char.normalize('NFKC') // full-width forms, ideographic space, Kangxi radicals
  const base = compatible.length === 1 ? compatible : char
  const lower = base.toLowerCase()
  return (lower.length === 1 ? lower : base).charCodeAt(0)
}

export type FoldTable = Uint16Array

/** The table mapping each BMP code unit to its folded unit. Build it once; it takes a few milliseconds. */
export function createFoldTable(): FoldTable {
  const table = new Uint16Array(0x10000)
  for (let code = 0; code < 0x10000; code++) table[code] = foldUnit(code)
  const chinese = chineseFolds()
  for (let code = 0; code < 0x10000; code++) table[code] = chinese.get(table[code]!) ?? table[code]!
  return table
}

/** Folds a text unit by unit; the result has the same length as the input. */
export function foldText(text: string, table: FoldTable): string {
  const units = new Uint16Array(text.length)
  for (let i = 0; i < text.length; i++) units[i] = table[text.charCodeAt(i)]!
  // One decode of the whole buffer is several times faster than building the string piecewise.
  return new TextDecoder('utf-16le').decode(units)
}
