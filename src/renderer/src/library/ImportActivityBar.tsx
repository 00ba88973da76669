import type { ImportActivity } from './use-import'

const PHASES: Record<ImportActivity['phase'], string> = {
  starting: 'Starting',
  reading: 'Reading',
  parsing: 'Finding chapters and paragraphs in',
  saving: 'Saving',
  finished: 'Finishing',
}

/** What an import is doing now, how far it has got, and a button to stop it. */
export function ImportActivityBar({ activity, onCancel }: { activity: ImportActivity; onCancel: () => void }) {
  const { done, total, fileName, phase, cancelling } = activity
  const counted = total > 1 ? `File ${Math.min(done + 1, total)} of ${total}: ` : ''
  const text = cancelling ? 'Cancelling…' : fileName ? `${counted}${PHASES[phase]} ${fileName}…` : 'Importing…'
  return (
    <div className="import-activity" role="status" aria-live="polite">
      <span className="import-activity__text">{text}</span>
      <progress
        className="import-activity__bar"
        aria-label="Import progress"
        {...(total > 0 ? { max: total, value: done } : {})}
      />
      <button type="button" className="button" onClick={onCancel} disabled={cancelling}>
        Cancel import
      </button>
    </div>
  )
}
