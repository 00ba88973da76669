import { HIGHLIGHT_COLORS, type HighlightColor } from '../db/schema'
import { COLOR_LABELS } from './color-labels'
import type { PageSelection } from './use-page-selection'

export interface SelectionActions {
  highlight(color: HighlightColor): void
  underline(): void
  note(): void
  copy(): void
  cite(): void
}

const TOOLBAR_WIDTH = 330
const TOOLBAR_HEIGHT = 44

/** Floats above the selected text and offers what can be done with it. */
export function SelectionToolbar({
  selection,
  actions,
}: {
  selection: PageSelection
  actions: SelectionActions
}) {
  const { rect } = selection
  const above = rect.top - TOOLBAR_HEIGHT - 8
  const top = above > 8 ? above : Math.min(window.innerHeight - TOOLBAR_HEIGHT - 8, rect.bottom + 8)
  const left = Math.max(
    8,
    Math.min(window.innerWidth - TOOLBAR_WIDTH - 8, rect.left + rect.width / 2 - TOOLBAR_WIDTH / 2),
  )
  return (
    <div
      role="toolbar"
      aria-label="Selected text"
      className="selection-toolbar"
      style={{ top, left }}
      // Keep the selection: a press on the toolbar must not collapse it.
      onMouseDown={(event) => event.preventDefault()}
    >
      {HIGHLIGHT_COLORS.map((color, i) => (
        <button
          key={color}
          type="button"
          className={`swatch swatch--${color}`}
          aria-label={`Highlight ${COLOR_LABELS[color]}`}
          title={`Highlight ${COLOR_LABELS[color]} (${i + 1})`}
          onClick={() => actions.highlight(color)}
        />
      ))}
      <button
        type="button"
        className="selection-toolbar__action"
        title="Underline (U)"
        onClick={actions.underline}
      >
        <u>Underline</u>
      </button>
      <button
        type="button"
        className="selection-toolbar__action"
        title="Add a note (N)"
        onClick={actions.note}
      >
        Note
      </button>
      <button
        type="button"
        className="selection-toolbar__action"
        title="Copy (C)"
        onClick={actions.copy}
      >
        Copy
      </button>
      <button
        type="button"
        className="selection-toolbar__action"
        aria-label="Copy with citation"
        title="Copy with citation (Shift+C)"
        onClick={actions.cite}
      >
        Cite
      </button>
    </div>
  )
}
