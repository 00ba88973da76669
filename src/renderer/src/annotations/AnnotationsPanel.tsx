import type { AnnotationRecord } from '../db/schema'
import type { PlacedAnnotation } from './anchored-annotations'
import { AnnotationCard } from './AnnotationCard'
import { AnnotationFilterBar } from './AnnotationFilterBar'
import { SidePanelHeader } from './SidePanelHeader'
import { useAnnotationFilter } from './use-annotation-filter'

interface Props {
  placed: readonly PlacedAnnotation[]
  activeId: string | null
  /** Whether text is selected in the page now (an orphan can be re-attached to it). */
  canReattach: boolean
  onJump(item: PlacedAnnotation): void
  onReattach(record: AnnotationRecord): void
  onClose(): void
}

const recordOf = (item: PlacedAnnotation) => item.record
const startOf = (item: PlacedAnnotation) => item.anchor?.start ?? null

/** The open document's highlights and notes, filtered and sorted; orphans listed apart. */
export function AnnotationsPanel({
  placed,
  activeId,
  canReattach,
  onJump,
  onReattach,
  onClose,
}: Props) {
  const { shown, bar } = useAnnotationFilter(placed, 'reading', recordOf, startOf)
  const anchored = shown.filter((p) => p.anchor)
  const orphans = shown.filter((p) => !p.anchor)

  return (
    <aside className="side-panel" aria-label="Annotations">
      <SidePanelHeader
        title="Annotations"
        count={placed.length}
        closeLabel="Close annotations"
        onClose={onClose}
      />
      <AnnotationFilterBar {...bar} />
      {placed.length === 0 && (
        <p className="side-panel__empty">Select text to highlight it or add a note.</p>
      )}
      {placed.length > 0 && shown.length === 0 && (
        <p className="side-panel__empty">Nothing matches these filters.</p>
      )}
      <ol className="annotation-list" aria-label="Highlights and notes">
        {anchored.map((item) => (
          <AnnotationCard
            key={item.record.id}
            record={item.record}
            active={item.record.id === activeId}
            onOpen={() => onJump(item)}
          />
        ))}
      </ol>
      {orphans.length > 0 && (
        <section aria-label="Not found in this version">
          <h3 className="side-panel__subheading">Not found in this version ({orphans.length})</h3>
          <p className="side-panel__hint">
            The document changed and these passages could not be found. Select the passage in the
            text, then re-attach.
          </p>
          <ol className="annotation-list">
            {orphans.map((item) => (
              <AnnotationCard key={item.record.id} record={item.record}>
                <button
                  type="button"
                  className="button button--small"
                  disabled={!canReattach}
                  onClick={() => onReattach(item.record)}
                >
                  Re-attach to selected text
                </button>
              </AnnotationCard>
            ))}
          </ol>
        </section>
      )}
    </aside>
  )
}
