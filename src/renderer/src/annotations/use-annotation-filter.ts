import { useMemo, useState } from 'react'
import type { AnnotationRecord } from '../db/schema'
import {
  allTags,
  matchesFilter,
  NO_FILTER,
  sortAnnotations,
  type AnnotationFilter,
  type AnnotationOrder,
} from './annotation-filters'

/**
 * The filter bar's state over a list of annotations: what it shows (filtered, sorted) and the
 * props for AnnotationFilterBar. Pass stable `record`/`position` functions so results stay memoized.
 */
export function useAnnotationFilter<T>(
  items: readonly T[],
  initialOrder: AnnotationOrder,
  record: (item: T) => AnnotationRecord,
  position: (item: T) => number | null,
) {
  const [filter, setFilter] = useState<AnnotationFilter>(NO_FILTER)
  const [order, setOrder] = useState<AnnotationOrder>(initialOrder)
  const tags = useMemo(() => allTags(items.map(record)), [items, record])
  const shown = useMemo(
    () =>
      sortAnnotations(
        items.filter((item) => matchesFilter(record(item), filter)),
        order,
        record,
        position,
      ),
    [items, filter, order, record, position],
  )
  return { shown, bar: { filter, onFilter: setFilter, order, onOrder: setOrder, tags } }
}
