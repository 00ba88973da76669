/** What a key press does in the reader. Keys typed into a field or on a button are left to it. */
export type ReaderAction =
  | { kind: 'page'; direction: 1 | -1 }
  | { kind: 'line'; direction: 1 | -1 }
  | { kind: 'edge'; edge: 'start' | 'end' }
  | { kind: 'toggle-outline' }
  | { kind: 'open-settings' }
  | { kind: 'open-go-to' }
  | { kind: 'open-help' }

export interface KeyPress {
  key: string
  shiftKey: boolean
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
}

/** The shortcuts, as the help dialog lists them. */
export const READER_SHORTCUTS: { keys: string; action: string }[] = [
  { keys: 'Page Down, Space', action: 'Next screen' },
  { keys: 'Page Up, Shift+Space', action: 'Previous screen' },
  { keys: '↓ ↑ (← → in vertical writing)', action: 'Next or previous line' },
  { keys: 'Home, End', action: 'Beginning or end of the document' },
  { keys: 'O', action: 'Show or hide the outline' },
  { keys: 'S', action: 'Reading settings' },
  { keys: 'G, Ctrl+G', action: 'Go to a percentage or a chapter' },
  { keys: '?', action: 'These shortcuts' },
  { keys: 'Esc', action: 'Close a dialog' },
]

export function readerAction(press: KeyPress, vertical: boolean): ReaderAction | null {
  const command = press.ctrlKey || press.metaKey
  if (press.altKey) return null
  if (command) return press.key.toLowerCase() === 'g' ? { kind: 'open-go-to' } : null
  switch (press.key) {
    case 'PageDown':
      return { kind: 'page', direction: 1 }
    case 'PageUp':
      return { kind: 'page', direction: -1 }
    case ' ':
      return { kind: 'page', direction: press.shiftKey ? -1 : 1 }
    case 'ArrowDown':
      return { kind: 'line', direction: 1 }
    case 'ArrowUp':
      return { kind: 'line', direction: -1 }
    case 'ArrowLeft':
      return vertical ? { kind: 'line', direction: 1 } : null
    case 'ArrowRight':
      return vertical ? { kind: 'line', direction: -1 } : null
    case 'Home':
      return { kind: 'edge', edge: 'start' }
    case 'End':
      return { kind: 'edge', edge: 'end' }
    case 'o':
    case 'O':
      return { kind: 'toggle-outline' }
    case 's':
    case 'S':
      return { kind: 'open-settings' }
    case 'g':
    case 'G':
      return { kind: 'open-go-to' }
    case '?':
      return { kind: 'open-help' }
    default:
      return null
  }
}

/** Whether a key event belongs to the element it happened in (a field, a button, a dialog). */
export function isOwnedByTarget(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof Element)) return false
  if (
    target.closest(
      'input, textarea, select, [contenteditable=""], [contenteditable="true"], dialog',
    )
  )
    return true
  // Arrows move within a tree or menu; Space and Enter press a focused button or link.
  if (target.closest('[role="tree"], [role="menu"], [role="listbox"]') && key.startsWith('Arrow'))
    return true
  return Boolean(target.closest('button, a, summary')) && (key === ' ' || key === 'Enter')
}
