import { HIGHLIGHT_COLORS } from '../db/schema'
import type { AnnotationFilter, AnnotationOrder } from './annotation-filters'
import { COLOR_LABELS } from './color-labels'

interface Props {
  filter: AnnotationFilter
  onFilter(filter: AnnotationFilter): void
  order: AnnotationOrder
  onOrder(order: AnnotationOrder): void
  tags: readonly string[]
  /** The notebook has no reading order across documents. */
  readingOrder?: boolean
}

/** Search, order, colour and tag filters, shared by the annotations panel and the notebook. */
export function AnnotationFilterBar({
  filter,
  onFilter,
  order,
  onOrder,
  tags,
  readingOrder = true,
}: Props) {
  return (
    <div className="annotation-filters">
      <input
        type="search"
        aria-label="Search notes"
        placeholder="Search notes"
        value={filter.query}
        onChange={(event) => onFilter({ ...filter, query: event.target.value })}
      />
      <div className="annotation-filters__row">
        <select
          aria-label="Order"
          value={order}
          onChange={(event) => onOrder(event.target.value as AnnotationOrder)}
        >
          {readingOrder && <option value="reading">Reading order</option>}
          <option value="newest">Newest first</option>
          <option value="oldest">Oldest first</option>
        </select>
        <select
          aria-label="Tag"
          value={filter.tag ?? ''}
          onChange={(event) => onFilter({ ...filter, tag: event.target.value || null })}
        >
          <option value="">All tags</option>
          {tags.map((tag) => (
            <option key={tag} value={tag}>
              #{tag}
            </option>
          ))}
        </select>
      </div>
      <div className="annotation-filters__row" role="group" aria-label="Filter by colour">
        {HIGHLIGHT_COLORS.map((color) => {
          const on = filter.colors.includes(color)
          return (
            <button
              key={color}
              type="button"
              className={`swatch swatch--${color}`}
              aria-label={`Only ${COLOR_LABELS[color]}`}
              aria-pressed={on}
              onClick={() =>
                onFilter({
                  ...filter,
                  colors: on ? filter.colors.filter((c) => c !== color) : [...filter.colors, color],
                })
              }
            />
          )
        })}
      </div>
    </div>
  )
}
