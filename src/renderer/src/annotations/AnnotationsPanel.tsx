import { useMemo, useState } from 'react'
import type { AnnotationRecord } from '../db/schema'
import type { PlacedAnnotation } from './anchored-annotations'
import {
  allTags,
  matchesFilter,
  NO_FILTER,
  sortAnnotations,
  type AnnotationFilter,
  type AnnotationOrder,
} from './annotation-filters'
import { AnnotationCard } from './AnnotationCard'
import { AnnotationFilterBar } from './AnnotationFilterBar'

interface Props {
  placed: readonly PlacedAnnotation[]
  activeId: string | null
  /** Whether text is selected in the page now (an orphan can be re-attached to it). */
  canReattach: boolean
  onJump(item: PlacedAnnotation): void
  onReattach(record: AnnotationRecord): void
  onClose(): void
}

/** The open document's highlights and notes, filtered and sorted; orphans listed apart. */
export function AnnotationsPanel({
  placed,
  activeId,
  canReattach,
  onJump,
  onReattach,
  onClose,
}: Props) {
  const [filter, setFilter] = useState<AnnotationFilter>(NO_FILTER)
  const [order, setOrder] = useState<AnnotationOrder>('reading')
  const tags = useMemo(() => allTags(placed.map((p) => p.record)), [placed])
  const shown = useMemo(
    () =>
      sortAnnotations(
        placed.filter((p) => matchesFilter(p.record, filter)),
        order,
        (p) => p.record,
        (p) => p.anchor?.start ?? null,
      ),
    [placed, filter, order],
  )
  const anchored = shown.filter((p) => p.anchor)
  const orphans = shown.filter((p) => !p.anchor)

  return (
    <aside className="side-panel" aria-label="Annotations">
      <header className="side-panel__header">
        <h2>Annotations</h2>
        <span className="side-panel__count">{placed.length}</span>
        <button
          type="button"
          className="button button--small"
          aria-label="Close annotations"
          onClick={onClose}
        >
          ×
        </button>
      </header>
      <AnnotationFilterBar
        filter={filter}
        onFilter={setFilter}
        order={order}
        onOrder={setOrder}
        tags={tags}
      />
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
