// What every cohort page's table has in common (rankings, tasks, awards): one page of its
// cohort's list, sorted, searched and paged in the URL (ADR 016), the unit's name linking to its
// profile, the reader's unit marked and the whole list as files. Each feature adds its columns.
import type { TFunction } from 'i18next'
import { Link } from 'react-router'
import type { Column } from '#client/components/ui/data-table.tsx'
import { PagedTable } from '#client/components/ui/data-table-paged.tsx'
import type { CohortParams } from '#client/lib/cohort-params.ts'
import { isFocusUnit, useFocusUnit } from '#client/lib/focus-unit.ts'
import { profileHref } from '#client/lib/profile-link.ts'
import { formatNumber, type Language } from '#client/lib/format.ts'
import type { useTableSearch } from '#client/components/ui/use-table-search.ts'
import { WholeListDownloads } from './whole-list-downloads.tsx'

type UnitRow = { code: string; name: string }

/** The unit's name, linking to its profile in the year shown; stays in view on a phone. */
export function unitNameColumn<R extends UnitRow>(t: TFunction, year: number): Column<R> {
  return {
    key: 'name',
    header: t('columns.unit'),
    value: (r) => r.name,
    sortable: true,
    // On a phone the name stays in view while the counts scroll under it.
    sticky: true,
    render: (r) => <Link to={profileHref(r.code, year)}>{r.name}</Link>,
  }
}

/** A count or a rate, sorted on the server under `key`, in the reader's number format. */
export function numberColumn<R>(
  key: string,
  header: string,
  value: (row: R) => number | null,
  lang: Language,
  options: { digits?: number } & Partial<Column<R>> = {},
): Column<R> {
  const { digits, ...rest } = options
  return {
    key,
    header,
    value,
    render: (r) => formatNumber(value(r), lang, digits),
    numeric: true,
    sortable: true,
    ...rest,
  }
}

type TableState = ReturnType<typeof useTableSearch>

type Props<R> = {
  cohort: CohortParams
  /** The list endpoint ("/api/tasks"), for the whole list as files. */
  path: string
  caption: string
  columns: Column<R>[]
  rows: R[]
  /** The page's answer: rows matching the search, and the cohort's rows. */
  matched: number
  total: number
  testId: string
  /** The table's state in the URL (useTableSearch). */
  controls: TableState['controls']
  table: TableState['table']
}

/** One page of a cohort's list, as every cohort page shows it. */
export function CohortTable<R extends UnitRow>(props: Props<R>) {
  const { code: focusCode } = useFocusUnit()
  const { cohort, path, caption, columns, rows, matched, total, testId, controls, table } = props
  return (
    <PagedTable
      caption={caption}
      captionHidden
      columns={columns}
      rows={rows}
      rowKey={(r) => r.code}
      {...controls}
      matched={matched}
      total={total}
      testId={testId}
      isFocusRow={(r) => isFocusUnit(r.code, focusCode)}
      downloads={<WholeListDownloads path={path} cohort={cohort} table={table} total={total} />}
    />
  )
}
