import { formatPercent } from './describe-document'

/** A document's progress as a bar and a figure; "New" before it was opened. */
export function ReadingProgress({ percent }: { percent: number | undefined }) {
  const label = formatPercent(percent)
  return (
    <span className="reading-progress">
      <span className="reading-progress__track" aria-hidden="true">
        <span className="reading-progress__fill" style={{ width: `${Math.min(100, percent ?? 0)}%` }} />
      </span>
      <span className="reading-progress__figure">{label}</span>
    </span>
  )
}
