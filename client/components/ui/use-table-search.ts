import { useCallback } from 'react'
import { useSearchParams } from 'react-router'
import type { SortState } from './data-table.tsx'
import {
  parseTableSearch,
  withTableSearch,
  type TableSearch,
  type TableSortSpec,
} from '#client/lib/cohort-params-table.ts'

/**
 * A server-paged table's sort, search and page, kept in the URL: the state read from it, and the
 * PagedTable props that write it back (an unknown sort key from a header is ignored).
 */
export function useTableSearch<K extends string>(spec: TableSortSpec<K>) {
  const [params, setParams] = useSearchParams()
  const table = parseTableSearch(params, spec)
  const update = useCallback(
    (next: Partial<TableSearch<K>>) =>
      setParams((p) => withTableSearch(p, spec, next), { replace: true }),
    [setParams, spec],
  )
  const onQuery = useCallback((q: string) => update({ q }), [update])
  const controls = {
    sort: { key: table.sort, dir: table.dir },
    onSort: (next: SortState) => {
      const key = spec.keys.find((k) => k === next.key)
      if (key) update({ sort: key, dir: next.dir })
    },
    query: table.q,
    onQuery,
    page: table.page,
    onPage: (page: number) => update({ page }),
  }
  return { table, controls }
}
