import type { DefaultTreeAdapterMap } from 'parse5'
import { characterFromCode } from '../text-structure/jis-x-0213'
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

export function imageCharacter(image: Element): string | null {
  const classes = attributeOf(image, 'class') ?? ''
  const alt = (attributeOf(image, 'alt') ?? '').replace(/\s+/g, ' ').trim()
  if (alt === '') return null
  if (GAIJI.test(classes)) return characterFromCode(alt) ?? alt
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
