import type { BlockDraft } from '../../../shared/document-model'
import { isCjkLanguage } from './text-language'

/** Block types whose text is prose; headings keep their text, which the outline repeats. */
const PROSE_TYPES = new Set(['paragraph', 'quote', 'verse', 'caption', 'list-item'])
/** Two or three hyphens right after a word or mark ("cause--his", "objection,--all", "If--"),
 * or four and more anywhere ("the ----shire"); " --verbose" after a space is left alone. */
const TYPED_DASH = /(?<=\S)-{2,3}(?!-)|-{4,}/g
/** Fewer typed dashes than this in a whole book are not its convention. */
const MIN_DASHES = 5

/**
 * Plain-text books (Project Gutenberg's above all) type a dash as two hyphens and an omitted name
 * as four: set as the dashes the printed book had (— and ——). Only in books that do so
 * throughout, never in Chinese, Japanese or Korean text. Runs before markup is made (Gutenberg
 * emphasis), so blocks that already carry markup are left as they are.
 */
export function applyTypedDashes(drafts: BlockDraft[], language: string | null): void {
  if (isCjkLanguage(language)) return
  let found = 0
  for (const draft of drafts) {
    if (!PROSE_TYPES.has(draft.type) || !draft.text.includes('--')) continue
    found += draft.text.match(TYPED_DASH)?.length ?? 0
    if (found >= MIN_DASHES) break
  }
  if (found < MIN_DASHES) return
  for (const draft of drafts) {
    if (!PROSE_TYPES.has(draft.type) || draft.html !== undefined || !draft.text.includes('--'))
      continue
    draft.text = typedDashesAsPrinted(draft.text)
  }
}

/** The text with its typed dashes set as dashes: `--` as —, `----` as ——. */
export function typedDashesAsPrinted(text: string): string {
  return text.replace(TYPED_DASH, (run) => '—'.repeat(Math.max(1, Math.floor(run.length / 2))))
}
