import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { RankingEntry, Ranking } from '#shared/dto/ranking.ts'
import type { Column } from '#client/components/ui/data-table.tsx'
import { TableHead, TableRow } from '#client/components/ui/table-parts.tsx'
import { getJson, pageQueryOf, type TablePageParams } from '#client/cohorts/api/cohort-read.ts'
import type { CohortParams } from '#client/lib/cohort-params.ts'
import { pageRange } from '#client/lib/cohort-params-table.ts'
import { formatNumber } from '#client/lib/format.ts'
import { useLang } from '#client/lib/use-lang.ts'
import type { RankingSortKey } from '../../../cohorts/utils/ranking-sorts.ts'
import type { RankingTableRow } from '../utils/ranking-table-rows.ts'
import { PRINT_ROW_CAP, readWholeList } from '../utils/whole-list-pages.ts'

type Props = {
  cohort: CohortParams
  /** The table's order (kept in the printout), search and page. */
  table: TablePageParams<RankingSortKey>
  /** Rows on the page shown. */
  shown: number
  /** Rows matching the search (the whole list without one), and the whole list. */
  matched: number
  total: number
  columns: Column<RankingTableRow>[]
  toRows: (items: readonly RankingEntry[]) => RankingTableRow[]
  caption: string
}

type State =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; rows: RankingTableRow[] }
  | { status: 'too-many'; total: number }
  | { status: 'failed' }

/**
 * The rankings table shows pages of 50; printing must not drop rows silently (issue 16). "Print
 * whole table" reads the whole cohort-year in the table's order (pages of 500, up to 2,000 rows)
 * and prints it in place of the page; a printout of the page alone (Ctrl+P) says which rows it
 * holds ("Hàng 1–50 của 120") and where the rest are.
 */
export function RankingPrintWhole(props: Props) {
  const { cohort, table, shown, matched, total, columns, toRows, caption } = props
  const { t } = useTranslation()
  const lang = useLang()
  const [state, setState] = useState<State>({ status: 'idle' })
  const n = (value: number) => formatNumber(value, lang)

  // Printed once the whole table is laid out; afterwards the page prints as it shows again.
  useEffect(() => {
    if (state.status !== 'ready') return
    const done = () => setState({ status: 'idle' })
    window.addEventListener('afterprint', done)
    const frame = requestAnimationFrame(() => window.print())
    return () => {
      cancelAnimationFrame(frame)
      window.removeEventListener('afterprint', done)
    }
  }, [state])

  if (total <= shown && !table.q) return null

  async function printWhole() {
    if (total > PRINT_ROW_CAP) {
      setState({ status: 'too-many', total })
      return
    }
    setState({ status: 'loading' })
    try {
      const whole = await readWholeList<RankingEntry>(async (page, size) => {
        const query = pageQueryOf(cohort, { ...table, q: '', page }, size)
        const ranking = await getJson<Ranking>('/api/rankings', query)
        return { items: ranking.items, matched: ranking.matched }
      })
      setState(
        whole.kind === 'whole'
          ? { status: 'ready', rows: toRows(whole.rows) }
          : { status: 'too-many', total: whole.total },
      )
    } catch (error) {
      console.error(error)
      setState({ status: 'failed' })
    }
  }

  const { first, last } = pageRange(table.page, shown)
  const rowsNote = table.q
    ? t('printWhole.rowsNoteMatched', {
        first: n(first),
        last: n(last),
        matched: n(matched),
        total: n(total),
        query: table.q,
      })
    : t('printWhole.rowsNote', { first: n(first), last: n(last), total: n(total) })
  const message =
    state.status === 'loading'
      ? t('printWhole.loading')
      : state.status === 'failed'
        ? t('printWhole.failed')
        : state.status === 'too-many'
          ? t('printWhole.tooMany', { total: n(state.total), cap: n(PRINT_ROW_CAP) })
          : null
  return (
    <div className="print-whole">
      <p className="print-whole-tools">
        <button
          type="button"
          className="button small"
          disabled={state.status === 'loading'}
          onClick={() => void printWhole()}
          data-testid="rankings-print-whole-action"
        >
          {t('printWhole.action')}
        </button>
        <span role="status">{message}</span>
      </p>
      {state.status === 'ready' ? (
        <section className="print-whole-table" data-testid="rankings-print-whole">
          <p className="print-whole-count">
            {t('printWhole.whole', { count: n(state.rows.length) })}
          </p>
          <table className="data-table">
            <caption className="visually-hidden">{caption}</caption>
            <TableHead columns={columns} />
            <tbody>
              {state.rows.map((row) => (
                <TableRow key={row.code} row={row} columns={columns} />
              ))}
            </tbody>
          </table>
        </section>
      ) : (
        <p className="print-rows-note" data-testid="rankings-print-rows">
          {rowsNote}
        </p>
      )}
    </div>
  )
}
