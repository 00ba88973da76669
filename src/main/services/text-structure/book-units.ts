import type { HeadingMatch } from './chapter-heading'

/** One paragraph-sized piece of a book while its structure is worked out. */
export interface BookUnit {
  type:
    | 'heading'
    | 'subheading'
    | 'paragraph'
    | 'separator'
    | 'caption'
    | 'list-item'
    | 'verse'
    | 'byline'
  text: string
  /** Set on headings (and kept on lines demoted from a heading). */
  heading?: HeadingMatch
  /** Outline level, 1 at the top; set on headings once levels are known. */
  level?: number
}
