import { useCallback } from 'react'
import { useSearchParams } from 'react-router'
import type { SortState } from './data-table.tsx'
import {
  isHistoryStep,
  parseTableSearch,
  withTableSearch,
  type TableSearch,
  type TableSortSpec,
} from '#client/lib/cohort-params-table.ts'
import { useLatestSearchParams, useReadLatestSearchParams } from '#client/lib/latest-url.tsx'

/**
 * A server-paged table's sort, search and page, kept in the URL: the state read from it, and the
 * PagedTable props that write it back (an unknown sort key from a header is ignored). `table` is
 * the view on screen, what its rows are read for; the controls show the URL just chosen, ahead of
 * the rows while they load, and build on it (a sort chosen then keeps the search just typed).
 */
export function useTableSearch<K extends string>(spec: TableSortSpec<K>) {
  const [params] = useSearchParams()
  const [latest, setParams] = useLatestSearchParams()
  const readLatest = useReadLatestSearchParams()
  const table = parseTableSearch(params, spec)
  const chosen = parseTableSearch(latest, spec)
  // A sort, a direction, a page or a search begun is a history entry (Back returns to the order
  // before); the search's later keystrokes and corrections replace it (isHistoryStep).
  const update = useCallback(
    (next: Partial<TableSearch<K>>, correction = false) => {
      const before = readLatest()
      const after = withTableSearch(before, spec, next)
      setParams(after, { replace: correction || !isHistoryStep(before, after, spec) })
    },
    [readLatest, setParams, spec],
  )
  const onQuery = useCallback((q: string) => update({ q }), [update])
  const controls = {
    sort: { key: chosen.sort, dir: chosen.dir },
    onSort: (next: SortState) => {
      const key = spec.keys.find((k) => k === next.key)
      if (key) update({ sort: key, dir: next.dir })
    },
    query: chosen.q,
    onQuery,
    page: chosen.page,
    onPage: (page: number, correction?: boolean) => update({ page }, correction),
    shown: { query: table.q, page: table.page },
  }
  return { table, controls }
}
