import { useSuspenseQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { Column } from '#client/components/ui/data-table.tsx'
import {
  CohortTable,
  numberColumn,
  unitNameColumn,
} from '#client/cohorts/components/cohort-table.tsx'
import { toCohortParams, type CohortSelection } from '#client/lib/cohort-params.ts'
import { useLang } from '#client/lib/use-lang.ts'
import { useTableSearch } from '#client/components/ui/use-table-search.ts'
import { awardQueries } from '../api/awards.queries.ts'
import { AWARD_TABLE_SORT } from '../utils/award-sorts.ts'
import { directionText } from '../utils/award-breakdown.ts'
import { cohortCountSums, withoutEmptyCounts } from '../utils/award-columns.ts'
import './awards.css'
import { toAwardRow, type AwardRow } from '../utils/to-award-series.ts'

/** Awards page: every unit's awards, a page at a time, sorted and searched on the server. */
export function AwardsTablePanel({ selection }: { selection: CohortSelection }) {
  const { t } = useTranslation()
  const lang = useLang()
  const { table, controls } = useTableSearch(AWARD_TABLE_SORT)
  const cohort = toCohortParams(selection)
  const { data } = useSuspenseQuery(awardQueries.page(cohort, table))
  const linesOf = new Map(data.items.map((item) => [item.unit.code, item.byAwardAndRecipient]))
  // What the unit received from above, then what it gave, as the chart draws them: each award
  // with its recipients by type.
  const details = (r: AwardRow) =>
    (['RECEIVED', 'GIVEN'] as const).flatMap((direction) => {
      const list = directionText(linesOf.get(r.code) ?? [], direction, lang, t)
      return list === null
        ? []
        : [
            t(
              direction === 'GIVEN'
                ? 'awardBreakdown.detailGiven'
                : 'awardBreakdown.detailReceived',
              { list },
            ),
          ]
    })
  // On a phone: the unit, kept in view, and its recipients by type at a glance; who gave them
  // and the details on request. A count no unit of the cohort has is not drawn at all (the
  // households of districts); the whole list's files keep every column, so that files of
  // several cohorts and years line up, and a 0 there is a figure, not a gap.
  const extra = { extra: true }
  const allColumns: Column<AwardRow>[] = [
    unitNameColumn(t, selection.year),
    numberColumn('total', t('columns.total'), (r) => r.total, lang),
    numberColumn('collective', t('columns.collective'), (r) => r.collective, lang),
    numberColumn('individual', t('columns.individual'), (r) => r.individual, lang),
    numberColumn('household', t('awardBreakdown.household'), (r) => r.household, lang, extra),
    numberColumn('received', t('awardBreakdown.received'), (r) => r.received, lang, {
      sortable: false,
      ...extra,
    }),
    numberColumn('given', t('awardBreakdown.given'), (r) => r.given, lang, {
      sortable: false,
      ...extra,
    }),
    // Each award with its recipients, in words; not a column per award as well: the chart above
    // (and its table) gives those counts, and beside the words they made every row four lines tall.
    {
      key: 'detail',
      header: t('awardBreakdown.detail'),
      wrap: true,
      extra: true,
      value: (r) => details(r).join('; ') || null,
      render: (r) =>
        details(r).map((line) => (
          <span key={line} className="award-detail">
            {line}
          </span>
        )),
    },
  ]
  const columns = withoutEmptyCounts(allColumns, cohortCountSums(data))
  // The chart's panel above already says the cohort-year has no data: no second card saying it.
  if (data.total === 0) return null
  const caption = t('cohortPages.awardsTable', { cohort: selection.label, year: selection.year })
  return (
    <>
      <h2 className="panel-title">{caption}</h2>
      <CohortTable
        cohort={cohort}
        path="/api/awards"
        caption={caption}
        columns={columns}
        rows={data.items.map(toAwardRow)}
        matched={data.matched}
        total={data.total}
        testId="awards-table"
        controls={controls}
        table={table}
      />
    </>
  )
}
