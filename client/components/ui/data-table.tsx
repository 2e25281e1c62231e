import { lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { filterByName, FOCUS_THRESHOLD } from '#client/lib/focus-units.ts'
import { compareVi, formatNumber, type Language } from '#client/lib/format.ts'
import { useLang } from '#client/lib/use-lang.ts'
import { rankOfSizeInCsv } from '#shared/text/csv.ts'
import { PlainTable, type TableViewProps } from './plain-table.tsx'
import { useExtraColumns } from './extra-columns.tsx'
import './data-table.css'

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
  /**
   * In the CSV only, not drawn in the table: a chart's figures that the table gives another way
   * (the tasks chart's shares, whose counts the table shows).
   */
  csvOnly?: boolean
  /**
   * The CSV writes the cell as shown (its `render`, text): a rank of its cohort's size ("5/15"),
   * which its raw number alone would misstate where the sizes differ from year to year.
   */
  csvAsShown?: boolean
  /** On a phone the column stays in view while the table scrolls sideways (the unit's name). */
  sticky?: boolean
  /** On a phone the column waits behind "More columns": not one a reader needs at a glance. */
  extra?: boolean
  /** Left off a printed page: its numbers are printed another way beside it (the awards' details). */
  printHidden?: boolean
}

export type SortState = { key: string; dir: 'asc' | 'desc' }

/** Above this many rows only the rows in view are drawn (the virtualiser loads on demand). */
export const VIRTUALIZE_ABOVE = 200

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

// Most tables are small: the virtualiser (about 10 kB gzip) is fetched only for a large one.
const VirtualTable = lazy(async () => ({
  default: (await import('./virtual-table.tsx')).VirtualTable as ComponentType<
    TableViewProps<unknown>
  >,
}))

type Props<R> = {
  caption: string
  columns: Column<R>[]
  rows: R[]
  rowKey: (row: R) => string
  sort?: SortState
  onSort?: (sort: SortState) => void
  captionHidden?: boolean
  testId?: string
  /** The column a search box filters by (unit names); shown when there are many rows. */
  searchKey?: string
  /** The reader's unit's row (client/lib/focus-unit.ts), marked in the table. */
  isFocusRow?: (row: R) => boolean
}

/**
 * An accessible table; with `onSort`, sortable column headers are buttons with aria-sort. Long
 * tables get a search box (by unit name, ignoring diacritics) and draw only the rows in view.
 */
export function DataTable<R>(props: Props<R>) {
  const { rows, sort, onSort, searchKey = 'unit' } = props
  const columns = shownColumns(props.columns)
  const { t } = useTranslation()
  const lang = useLang()
  const [query, setQuery] = useState('')
  const searchColumn =
    rows.length > FOCUS_THRESHOLD ? columns.find((c) => c.key === searchKey) : undefined
  const filtered = searchColumn
    ? filterByName(rows, query, (row) => String(searchColumn.value(row) ?? ''))
    : rows
  const sorted = onSort ? sortRows(filtered, columns, sort) : filtered
  const extras = useExtraColumns(columns)
  const view: TableViewProps<R> = { ...props, columns, rows: sorted, extrasShown: extras.shown }
  const total = formatNumber(rows.length, lang)
  // On a phone, a table whose caption shows heads its block with it, the toggle beside it: above
  // the caption the toggle read as the end of whatever was above the table (data-table.css).
  const titled = extras.toggle !== null && !props.captionHidden
  return (
    <div className={titled ? 'table-block titled' : 'table-block'}>
      {searchColumn && (
        <div className="table-tools">
          <label className="table-search">
            <span>{t('table.search')}</span>
            <input
              type="search"
              value={query}
              placeholder={t('table.searchPlaceholder')}
              onChange={(e) => setQuery(e.target.value)}
            />
          </label>
          <p className="table-count" role="status">
            {query.trim()
              ? t('table.matches', {
                  count: sorted.length,
                  shown: formatNumber(sorted.length, lang),
                  total,
                })
              : t('table.rows', { total })}
          </p>
        </div>
      )}
      {titled ? (
        <div className="table-heading">
          {/* The caption's text for the eye; readers have the table's own caption. */}
          <p className="table-title" aria-hidden="true">
            {props.caption}
          </p>
          {extras.toggle}
        </div>
      ) : (
        extras.toggle
      )}
      {sorted.length > VIRTUALIZE_ABOVE ? (
        <Suspense fallback={<PlainTable {...view} rows={sorted.slice(0, 30)} />}>
          <VirtualTable {...(view as TableViewProps<unknown>)} />
        </Suspense>
      ) : (
        <PlainTable {...view} />
      )}
      {searchColumn && sorted.length === 0 && (
        <p className="empty-state">{t('table.noMatch', { query: query.trim() })}</p>
      )}
    </div>
  )
}

/** The columns a table draws: all but those only its CSV writes. */
export function shownColumns<R>(columns: Column<R>[]): Column<R>[] {
  return columns.some((c) => c.csvOnly) ? columns.filter((c) => !c.csvOnly) : columns
}

/**
 * The header and rows a CSV export writes: raw values (numbers unrounded), with a decimal comma in
 * Vietnamese, as the file's ";" separator expects; a `csvAsShown` column as its cells read.
 */
export function tableToCsvRows<R>(columns: Column<R>[], rows: R[], lang: Language) {
  const kept = columns.filter((c) => !c.noCsv)
  const cell = (c: Column<R>, row: R): CellValue => {
    const shown = c.csvAsShown ? c.render?.(row) : undefined
    // A dash stands for no value on screen; the file leaves the cell empty.
    if (typeof shown === 'string') return shown === '–' ? null : rankOfSizeInCsv(shown, lang)
    const value = c.value(row)
    return typeof value === 'number' && lang === 'vi' ? String(value).replace('.', ',') : value
  }
  return {
    header: kept.map((c) => c.header),
    rows: rows.map((row) => kept.map((c) => cell(c, row))),
  }
}
