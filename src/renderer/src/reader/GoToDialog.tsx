import { useState } from 'react'
import type { OutlineEntry } from '../../../shared/document-model'
import { ModalDialog } from '../dialogs/ModalDialog'

/** Go to a percentage of the document, or to a chapter. */
export function GoToDialog({
  outline,
  percent,
  onPercent,
  onEntry,
  onClose,
}: {
  outline: readonly OutlineEntry[]
  percent: number
  onPercent: (percent: number) => void
  onEntry: (entry: OutlineEntry) => void
  onClose: () => void
}) {
  const [value, setValue] = useState(String(Math.floor(percent)))
  const [chapter, setChapter] = useState('0')
  const number = Number(value)
  const valid = value.trim() !== '' && Number.isFinite(number) && number >= 0 && number <= 100
  return (
    <ModalDialog title="Go to" onClose={onClose} className="reader-dialog reader-dialog--narrow">
      <form
        className="reader-dialog__section"
        onSubmit={(event) => {
          event.preventDefault()
          if (valid) onPercent(number)
        }}
      >
        <label className="reader-field">
          <span className="reader-field__label">Percent of the document</span>
          <input
            className="reader-field__input"
            type="number"
            min={0}
            max={100}
            step="any"
            value={value}
            autoFocus
            aria-invalid={!valid}
            onChange={(e) => setValue(e.currentTarget.value)}
          />
        </label>
        <button type="submit" className="button button--primary" disabled={!valid}>
          Go to percent
        </button>
      </form>
      {outline.length > 0 && (
        <form
          className="reader-dialog__section"
          onSubmit={(event) => {
            event.preventDefault()
            const entry = outline[Number(chapter)]
            if (entry) onEntry(entry)
          }}
        >
          <label className="reader-field">
            <span className="reader-field__label">Chapter</span>
            <select
              className="reader-field__input"
              value={chapter}
              onChange={(e) => setChapter(e.currentTarget.value)}
            >
              {outline.map((entry, index) => (
                <option key={index} value={index}>
                  {'\u2003'.repeat(Math.max(0, entry.level - 1)) + entry.title}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="button button--primary">
            Go to chapter
          </button>
        </form>
      )}
    </ModalDialog>
  )
}
