import { useEffect, useId, useRef, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { pageCount, pageRange, TABLE_PAGE_SIZE } from '#client/lib/cohort-params-table.ts'
import { formatNumber } from '#client/lib/format.ts'
import { useFocusAfterChange } from '#client/lib/use-focus-after-change.ts'
import { useLang } from '#client/lib/use-lang.ts'
import type { Column, SortState } from './data-table.tsx'
import { useExtraColumns } from './extra-columns.tsx'
import { TableHead, TableRow, tableClass } from './table-parts.tsx'
import './data-table.css'

/** How long typing pauses before the search is sent (one request per pause, not per key). */
const SEARCH_DELAY_MS = 300

type Props<R> = {
  caption: string
  captionHidden?: boolean
  columns: Column<R>[]
  /** The page's rows, in the server's order. */
  rows: R[]
  rowKey: (row: R) => string
  sort: SortState
  onSort: (sort: SortState) => void
  /** The search as the URL holds it, and where a new one goes. */
  query: string
  onQuery: (query: string) => void
  /**
   * 1-based page, and where another page goes: a step in the history, or with `correction` in
   * place of the last (a page past the end made the last page).
   */
  page: number
  onPage: (page: number, correction?: boolean) => void
  /**
   * The search and page of the rows on screen while the URL's are on their way (useTableSearch):
   * what the count and the rows' places say. The URL's own when left out.
   */
  shown?: { query: string; page: number }
  /** Rows matching the search before paging (the whole cohort without a search). */
  matched: number
  /** Rows of the cohort, whatever the search. */
  total: number
  testId?: string
  /** Links to the whole list as files, shown beside the pager. */
  downloads?: ReactNode
  /** The reader's unit's row (client/lib/focus-unit.ts), marked. */
  isFocusRow?: (row: R) => boolean
  /** Rows above the page that are not part of the list (a cohort's best and median). */
  leadRows?: R[]
}

/**
 * A table of one page of a long list sorted, searched and paged on the server (ADR 016): the
 * search box is always there, the pager says which rows are shown of how many, and sortable
 * headers are buttons with aria-sort. `aria-rowcount` and `aria-rowindex` place the page's rows
 * in the whole list for screen readers.
 */
export function PagedTable<R>(props: Props<R>) {
  const {
    caption,
    captionHidden,
    columns,
    rows,
    rowKey,
    sort,
    onSort,
    query,
    onQuery,
    page,
    onPage,
    matched,
    total,
    testId,
    downloads,
    isFocusRow,
    leadRows,
  } = props
  const shown = props.shown ?? { query, page }
  const extras = useExtraColumns(columns)
  const { t } = useTranslation()
  const lang = useLang()
  const id = useId()
  const [draft, setDraft] = useState(query)
  const sent = useRef(query)
  // Back/forward or a link changes the URL's search: the box follows it.
  useEffect(() => {
    if (query !== sent.current) {
      sent.current = query
      setDraft(query)
    }
  }, [query])
  useEffect(() => {
    if (draft.trim() === sent.current.trim()) return
    const timer = setTimeout(() => {
      sent.current = draft.trim()
      onQuery(draft.trim())
    }, SEARCH_DELAY_MS)
    return () => clearTimeout(timer)
  }, [draft, onQuery])
  const pages = pageCount(matched)
  // A link to a page past the end (typed, or kept while the list shrank) opens the last page, in
  // place of the link's history entry: not an empty table that says "rows 0–0" without a pager.
  // Unless the reader has already chosen another page.
  const pastEnd = shown.page > pages
  useEffect(() => {
    if (pastEnd && page === shown.page) onPage(pages, true)
  }, [pastEnd, page, shown.page, pages, onPage])
  const { first, last } = pageRange(shown.page, rows.length)
  const n = (v: number) => formatNumber(v, lang)
  const status = pastEnd
    ? t('cohortPages.pastEnd', { page: n(shown.page), pages: n(pages) })
    : !shown.query
      ? t('cohortPages.rowsOf', { first: n(first), last: n(last), total: n(matched) })
      : matched === 0
        ? t('cohortPages.noneMatched', { total: n(total) })
        : t('cohortPages.rowsOfMatched', {
            first: n(first),
            last: n(last),
            matched: n(matched),
            // Picks the singular "Row 1 of 1 unit" in English.
            count: matched,
            total: n(total),
            query: shown.query,
          })
  const offset = (shown.page - 1) * TABLE_PAGE_SIZE
  // A pager button pressed onto the first or last page is disabled there, and the focus fell to
  // the document: it stays on the button pressed, or goes to the one that leads back.
  const pager = useRef<HTMLElement>(null)
  const focusAfter = useFocusAfterChange(String(page))
  const pagerButton = (name: string) =>
    pager.current?.querySelector<HTMLElement>(`button[data-pager="${name}"]`)
  const turn = (to: number, pressed: string, otherwise: string) => {
    focusAfter(() => [pagerButton(pressed), pagerButton(otherwise)])
    onPage(to)
  }
  return (
    <div className="table-block">
      <div className="table-tools">
        <form
          className="table-search"
          role="search"
          onSubmit={(e) => {
            e.preventDefault()
            sent.current = draft.trim()
            onQuery(draft.trim())
          }}
        >
          <label htmlFor={`${id}-q`}>{t('table.search')}</label>
          <input
            id={`${id}-q`}
            type="search"
            value={draft}
            placeholder={t('table.searchPlaceholder')}
            onChange={(e) => setDraft(e.target.value)}
          />
        </form>
        <p
          className="table-count"
          role="status"
          data-testid={testId ? `${testId}-status` : undefined}
        >
          {status}
        </p>
        {extras.toggle}
      </div>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
        <table
          className={tableClass(extras.shown)}
          data-testid={testId}
          aria-rowcount={pages > 1 ? matched + 1 : undefined}
        >
          <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
          <TableHead
            columns={columns}
            sort={sort}
            onSort={onSort}
            rowIndex={pages > 1 ? 1 : undefined}
          />
          <tbody>
            {leadRows?.map((row) => (
              <TableRow key={rowKey(row)} row={row} columns={columns} className="lead-row" />
            ))}
            {rows.map((row, i) => (
              <TableRow
                key={rowKey(row)}
                row={row}
                columns={columns}
                rowIndex={pages > 1 ? offset + i + 2 : undefined}
                focused={isFocusRow?.(row)}
              />
            ))}
          </tbody>
        </table>
      </div>
      {rows.length === 0 && shown.query && (
        <p className="empty-state">{t('table.noMatch', { query: shown.query })}</p>
      )}
      {(pages > 1 || downloads) && (
        <div className="table-pager">
          {pages > 1 && (
            <nav aria-label={t('cohortPages.pager', { caption })} ref={pager}>
              <button
                type="button"
                className="button small"
                data-pager="first"
                disabled={page <= 1}
                onClick={() => turn(1, 'first', 'next')}
                aria-label={t('cohortPages.firstPage')}
              >
                «
              </button>
              <button
                type="button"
                className="button small"
                data-pager="previous"
                disabled={page <= 1}
                onClick={() => turn(page - 1, 'previous', 'next')}
              >
                {t('cohortPages.previous')}
              </button>
              <span className="table-page" aria-current="page">
                {t('cohortPages.page', { page: n(page), pages: n(pages) })}
              </span>
              <button
                type="button"
                className="button small"
                data-pager="next"
                disabled={page >= pages}
                onClick={() => turn(page + 1, 'next', 'previous')}
              >
                {t('cohortPages.next')}
              </button>
              <button
                type="button"
                className="button small"
                data-pager="last"
                disabled={page >= pages}
                onClick={() => turn(pages, 'last', 'previous')}
                aria-label={t('cohortPages.lastPage')}
              >
                »
              </button>
            </nav>
          )}
          {downloads}
        </div>
      )}
    </div>
  )
}
