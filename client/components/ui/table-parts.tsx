import { type CSSProperties, useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { Column, SortState } from './data-table.tsx'

/** A cell's classes: numbers right-aligned, notes wrapping, the phone's sticky and extra columns. */
export function cellClass<R>(column: Column<R>): string | undefined {
  const classes = [
    column.numeric ? 'num' : column.wrap ? 'wrap' : null,
    column.sticky ? 'col-sticky' : null,
    column.extra ? 'col-extra' : null,
    column.printHidden ? 'col-print-hidden' : null,
  ].filter(Boolean)
  return classes.length > 0 ? classes.join(' ') : undefined
}

/** The table's classes: on a phone the extra columns hide until "More columns" shows them. */
export function tableClass(extrasShown: boolean): string {
  return extrasShown ? 'data-table' : 'data-table extras-hidden'
}

type HeadProps<R> = {
  columns: Column<R>[]
  sort?: SortState
  onSort?: (sort: SortState) => void
  /** 1 when the table is virtualised (rows then carry aria-rowindex). */
  rowIndex?: number
}

/** The header row; with `onSort`, sortable headers are buttons with aria-sort. */
export function TableHead<R>({ columns, sort, onSort, rowIndex }: HeadProps<R>) {
  const { t } = useTranslation()
  // The sort the last click asked for, until `sort` shows it: where the sort lives in the URL,
  // a second click before the table has re-rendered toggles from the first click's choice,
  // not from the sort still on screen (a quick double click gave ascending twice).
  const requested = useRef<SortState | undefined>(undefined)
  useEffect(() => {
    const asked = requested.current
    if (asked && asked.key === sort?.key && asked.dir === sort.dir) requested.current = undefined
  }, [sort])
  const toggle = (key: string) => {
    const current = requested.current ?? sort
    const next: SortState = {
      key,
      dir: current?.key === key && current.dir === 'asc' ? 'desc' : 'asc',
    }
    requested.current = next
    onSort?.(next)
  }
  return (
    <thead>
      <tr aria-rowindex={rowIndex}>
        {columns.map((column) => {
          const active = sort?.key === column.key
          const ariaSort = active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined
          return (
            <th
              key={column.key}
              scope="col"
              aria-sort={ariaSort}
              className={cellClass({ ...column, wrap: false })}
            >
              {onSort && column.sortable ? (
                <button
                  type="button"
                  className="sort-button"
                  title={t('rankings.sortBy', { column: column.header })}
                  onClick={() => toggle(column.key)}
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
  )
}

type RowProps<R> = {
  row: R
  columns: Column<R>[]
  rowIndex?: number
  /** The reader's unit (client/lib/focus-unit.ts): a bold row with a heavy left rule. */
  focused?: boolean
  /** A row's own class (a table's reference rows). */
  className?: string
}

/** One body row. */
export function TableRow<R>({ row, columns, rowIndex, focused, className }: RowProps<R>) {
  return (
    <tr
      aria-rowindex={rowIndex}
      className={[focused ? 'focus-row' : null, className].filter(Boolean).join(' ') || undefined}
      data-focus-unit={focused ? 'true' : undefined}
    >
      {columns.map((column) => (
        <td key={column.key} className={cellClass(column)}>
          {column.render ? column.render(row) : (column.value(row) ?? '–')}
        </td>
      ))}
    </tr>
  )
}

const SPACER_CELL: CSSProperties = { padding: 0, border: 0 }

/** Empty space standing for the rows a virtualised table does not draw; hidden from readers. */
export function SpacerRow({ height, span }: { height: number; span: number }) {
  if (height <= 0) return null
  return (
    <tr aria-hidden="true" className="spacer-row" style={{ height }}>
      <td colSpan={span} style={SPACER_CELL} />
    </tr>
  )
}
