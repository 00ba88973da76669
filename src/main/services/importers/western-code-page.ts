/**
 * Mac Roman or a Windows code page for a Western European file that is not UTF-8. Detectors
 * score the two nearly alike; misread letters tell: Mac Roman's ä é ü ß ’ read in Windows-1252
 * are Š Ž Ÿ § Õ in the middle of lower-case words, and Windows-1252's é ä read in Mac Roman are
 * È ‰. (Windows-1252's curly quotes read in Mac Roman are plausible letters, í ì î: only
 * misfits count.)
 */
import { decodeWindows1252 } from './windows-1252'

const macRoman = new TextDecoder('macintosh')

/** Misfits a Windows-1252 reading needs before Mac Roman is considered, and how many times fewer Mac Roman's must be. */
const MIN_MISFITS = 2
const MISFIT_RATIO = 4

export function readsAsMacRoman(sample: Uint8Array): boolean {
  const windows = wordMisfits(decodeWindows1252(sample))
  if (windows < MIN_MISFITS) return false
  return wordMisfits(macRoman.decode(sample)) * MISFIT_RATIO < windows
}

/**
 * Non-ASCII characters touching a lower-case ASCII letter that cannot sit there: not a
 * lower-case letter, not punctuation of U+2000–U+206F (’ — …), not a no-break space.
 */
export function wordMisfits(text: string): number {
  let misfits = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80 || c === 0xa0 || (c >= 0x2000 && c <= 0x206f)) continue
    if (!isLowerAscii(text.charCodeAt(i - 1)) && !isLowerAscii(text.charCodeAt(i + 1))) continue
    const ch = text[i]!
    if (ch === ch.toUpperCase() || ch !== ch.toLowerCase()) misfits++
  }
  return misfits
}

function isLowerAscii(c: number): boolean {
  return c >= 0x61 && c <= 0x7a
}
