import type { Column, SortState } from './data-table.tsx'
import { TableHead, TableRow, tableClass } from './table-parts.tsx'

/** What a table view draws: rows already filtered and sorted. */
export type TableViewProps<R> = {
  caption: string
  captionHidden?: boolean
  columns: Column<R>[]
  rows: R[]
  rowKey: (row: R) => string
  sort?: SortState
  onSort?: (sort: SortState) => void
  testId?: string
  /** The reader's unit's row, marked. */
  isFocusRow?: (row: R) => boolean
  /** On a phone, whether the `extra` columns are shown (they are hidden until asked for). */
  extrasShown?: boolean
}

/** Every row in the DOM: for the small tables most pages show. */
export function PlainTable<R>({
  caption,
  captionHidden,
  columns,
  rows,
  rowKey,
  sort,
  onSort,
  testId,
  isFocusRow,
  extrasShown = true,
}: TableViewProps<R>) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className={tableClass(extrasShown)} data-testid={testId}>
        <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
        <TableHead columns={columns} sort={sort} onSort={onSort} />
        <tbody>
          {rows.map((row) => (
            <TableRow key={rowKey(row)} row={row} columns={columns} focused={isFocusRow?.(row)} />
          ))}
        </tbody>
      </table>
    </div>
  )
}
