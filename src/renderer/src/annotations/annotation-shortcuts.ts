import { HIGHLIGHT_COLORS, type HighlightColor } from '../db/schema'

export type ShortcutAction =
  | { kind: 'highlight'; color: HighlightColor | null }
  | { kind: 'underline' | 'note' | 'copy' | 'cite' | 'bookmark' | 'undo' | 'dismiss' }
  | {
      kind: 'extend'
      direction: 'forward' | 'backward'
      granularity: 'character' | 'word' | 'line'
    }

type Keys = Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>

/** Shortcuts, listed in the reader's help dialog. */
export const ANNOTATION_SHORTCUTS = [
  { keys: '1 – 5', action: 'Highlight the selected text in colour 1–5' },
  { keys: 'H', action: 'Highlight the selected text (last colour)' },
  { keys: 'U', action: 'Underline the selected text' },
  { keys: 'N', action: 'Add a note to the selected text' },
  { keys: 'C', action: 'Copy the selected text' },
  { keys: 'Shift+C', action: 'Copy the selected text with a citation' },
  { keys: 'Shift+Arrows', action: 'Select text with the keyboard (Ctrl for words)' },
  { keys: 'Ctrl+D / ⌘D', action: 'Bookmark this place, or remove its bookmark' },
  { keys: 'Ctrl+Z / ⌘Z', action: 'Undo a deleted highlight or bookmark' },
]

/** What a key press means, given whether text is selected in the page. Pure, so it can be tested. */
export function shortcutFor(event: Keys, hasSelection: boolean): ShortcutAction | null {
  const command = event.ctrlKey || event.metaKey
  if (command && !event.altKey && !event.shiftKey && event.code === 'KeyD')
    return { kind: 'bookmark' }
  if (command && !event.altKey && !event.shiftKey && event.code === 'KeyZ') return { kind: 'undo' }
  if (event.shiftKey && !event.altKey && !event.metaKey && event.key.startsWith('Arrow')) {
    const forward = event.key === 'ArrowRight' || event.key === 'ArrowDown'
    const granularity =
      event.key === 'ArrowUp' || event.key === 'ArrowDown'
        ? 'line'
        : event.ctrlKey
          ? 'word'
          : 'character'
    return { kind: 'extend', direction: forward ? 'forward' : 'backward', granularity }
  }
  if (!hasSelection || command || event.altKey) return null
  if (event.key === 'Escape') return { kind: 'dismiss' }
  const digit = /^Digit([1-5])$/.exec(event.code)
  if (digit && !event.shiftKey)
    return { kind: 'highlight', color: HIGHLIGHT_COLORS[Number(digit[1]) - 1]! }
  switch (event.code) {
    case 'KeyH':
      return event.shiftKey ? null : { kind: 'highlight', color: null }
    case 'KeyU':
      return event.shiftKey ? null : { kind: 'underline' }
    case 'KeyN':
      return event.shiftKey ? null : { kind: 'note' }
    case 'KeyC':
      return { kind: event.shiftKey ? 'cite' : 'copy' }
    default:
      return null
  }
}
