import type { DefaultTreeAdapterMap } from 'parse5'
import { jisX0213Character } from '../text-structure/jis-x-0213'
import { attributeOf } from './parse-html'

/**
 * Pictures that stand for characters in a line of text: Aozora Bunko's gaiji (characters
 * Shift_JIS lacks), emoji (WordPress, Twitter embeds), Wikipedia's formula fallbacks and
 * illustrated capitals (alt="M" before "R. BENNET"). They are
 * read as the character they name, so the sentence around them stays one paragraph and search
 * finds it; a picture of anything else is no character (null).
 */
type Element = DefaultTreeAdapterMap['element']

const GAIJI = /(^|\s)gaiji(\s|$)/i
const EMOJI = /(^|\s)(emoji|wp-smiley|emoticon|twemoji)(\s|$)/i
const INLINE_FORMULA = /(^|\s)mwe-math-fallback-image-inline(\s|$)/
const EUC_JP = new TextDecoder('euc-jp')

export function imageCharacter(image: Element): string | null {
  const classes = attributeOf(image, 'class') ?? ''
  const alt = (attributeOf(image, 'alt') ?? '').replace(/\s+/g, ' ').trim()
  if (alt === '') return null
  if (GAIJI.test(classes)) return gaijiCharacter(alt) ?? alt
  if (EMOJI.test(classes)) return alt
  if (INLINE_FORMULA.test(classes)) return formulaText(alt)
  // An illustrated capital (Project Gutenberg's drop caps): the word's first letter, not a picture of its own.
  if (/^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]$/u.test(alt)) return alt
  return null
}

/** `{\displaystyle \pi r^{2}}` → `\pi r^{2}`: the TeX as a reader would type it. */
export function formulaText(alt: string): string {
  const wrapped = /^\{\\(?:displaystyle|textstyle)\s*([\s\S]*)\}$/.exec(alt.trim())
  return (wrapped ? wrapped[1]! : alt).trim()
}

/** ※(「土へん＋竒」、第3水準1-15-64) → 埼: a Unicode code, or a JIS X 0213 plane, row and cell. */
function gaijiCharacter(alt: string): string | null {
  const unicode = /U\+([0-9A-Fa-f]{4,6})/.exec(alt)
  if (unicode) {
    const code = parseInt(unicode[1]!, 16)
    if (code <= 0x10ffff) return String.fromCodePoint(code)
  }
  const jis = /(?<![\d-])([12])-(\d{1,2})-(\d{1,2})(?![\d-])/.exec(alt)
  if (!jis) return null
  const [plane, row, cell] = [Number(jis[1]), Number(jis[2]), Number(jis[3])]
  const character = jisX0213Character(plane, row, cell)
  if (character !== null || plane !== 1 || row < 1 || row > 94 || cell < 1 || cell > 94)
    return character
  // A character JIS X 0208 has, drawn as a picture all the same.
  const decoded = EUC_JP.decode(new Uint8Array([0xa0 + row, 0xa0 + cell]))
  return decoded.length === 1 && decoded !== '\ufffd' ? decoded : null
}
