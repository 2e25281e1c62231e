import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { compareVi } from '#client/lib/format.ts'

export type CellValue = string | number | null

export type Column<R> = {
  key: string
  header: string
  /** The raw value: what CSV exports and sorting uses. */
  value: (row: R) => CellValue
  /** What the table shows (locale formatting, arrows, links). Defaults to the raw value. */
  render?: (row: R) => ReactNode
  numeric?: boolean
  /** Long text (notes) may wrap; other cells stay on one line and the table scrolls. */
  wrap?: boolean
  sortable?: boolean
  /** Left out of CSV (e.g. a purely visual column). */
  noCsv?: boolean
}

export type SortState = { key: string; dir: 'asc' | 'desc' }

/** Sorts rows by one column: numbers numerically, text with Vietnamese collation, nulls last. */
export function sortRows<R>(rows: R[], columns: Column<R>[], sort: SortState | undefined): R[] {
  const column = sort && columns.find((c) => c.key === sort.key)
  if (!sort || !column) return rows
  const sign = sort.dir === 'asc' ? 1 : -1
  return [...rows].sort((a, b) => {
    const x = column.value(a)
    const y = column.value(b)
    if (x === null && y === null) return 0
    if (x === null) return 1
    if (y === null) return -1
    if (typeof x === 'number' && typeof y === 'number') return (x - y) * sign
    return compareVi(String(x), String(y)) * sign
  })
}

type Props<R> = {
  caption: string
  columns: Column<R>[]
  rows: R[]
  rowKey: (row: R) => string
  sort?: SortState
  onSort?: (sort: SortState) => void
  captionHidden?: boolean
  testId?: string
}

/** An accessible table; with `onSort`, sortable column headers are buttons with aria-sort. */
export function DataTable<R>({ caption, columns, rows, rowKey, sort, onSort, captionHidden, testId }: Props<R>) {
  const { t } = useTranslation()
  const sorted = onSort ? sortRows(rows, columns, sort) : rows
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="data-table" data-testid={testId}>
        <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => {
              const active = sort?.key === column.key
              const ariaSort = active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined
              return (
                <th key={column.key} scope="col" aria-sort={ariaSort} className={column.numeric ? 'num' : undefined}>
                  {onSort && column.sortable ? (
                    <button
                      type="button"
                      className="sort-button"
                      title={t('rankings.sortBy', { column: column.header })}
                      onClick={() =>
                        onSort({ key: column.key, dir: active && sort.dir === 'asc' ? 'desc' : 'asc' })
                      }
                    >
                      {column.header}
                      <span aria-hidden="true" className="sort-mark">
                        {active ? (sort.dir === 'asc' ? '▲' : '▼') : '↕'}
                      </span>
                    </button>
                  ) : (
                    column.header
                  )}
                </th>
              )
            })}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column) => (
                <td key={column.key} className={column.numeric ? 'num' : column.wrap ? 'wrap' : undefined}>
                  {column.render ? column.render(row) : (column.value(row) ?? '–')}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** The header and raw rows a CSV export writes. */
export function tableToCsvRows<R>(columns: Column<R>[], rows: R[]) {
  const kept = columns.filter((c) => !c.noCsv)
  return { header: kept.map((c) => c.header), rows: rows.map((row) => kept.map((c) => c.value(row))) }
}
