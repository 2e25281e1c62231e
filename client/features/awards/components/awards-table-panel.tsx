import { useSuspenseQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Column } from '#client/components/ui/data-table.tsx'
import { PagedTable } from '#client/components/ui/data-table-paged.tsx'
import { WholeListDownloads } from '#client/features/cohorts/components/whole-list-downloads.tsx'
import { cohortParams, type CohortSelection } from '#client/lib/cohort-params.ts'
import { formatNumber } from '#client/lib/format.ts'
import { useLang } from '#client/lib/use-lang.ts'
import { useTableSearch } from '#client/lib/use-table-search.ts'
import type { AwardCode } from '#shared/domain/award-kinds.ts'
import { awardQueries } from '../api/awards.queries.ts'
import { AWARD_TABLE_SORT } from '../utils/award-sorts.ts'
import { awardSeries, toAwardRow, type AwardRow } from '../utils/to-award-series.ts'

/** Awards page: every unit's awards, a page at a time, sorted and searched on the server. */
export function AwardsTablePanel({ selection }: { selection: CohortSelection }) {
  const { t } = useTranslation()
  const lang = useLang()
  const { table, controls } = useTableSearch(AWARD_TABLE_SORT)
  const cohort = cohortParams(selection)
  const { data } = useSuspenseQuery(awardQueries.page(cohort, table))
  const rows = data.items.map(toAwardRow)
  const n = (v: number | null) => formatNumber(v, lang)
  const series = awardSeries(data.totals, lang)
  const columns: Column<AwardRow>[] = [
    {
      key: 'name',
      header: t('columns.unit'),
      value: (r) => r.name,
      sortable: true,
      render: (r) => <Link to={`/units/${r.code}?year=${selection.year}`}>{r.name}</Link>,
    },
    {
      key: 'total',
      header: t('columns.total'),
      value: (r) => r.total,
      render: (r) => n(r.total),
      numeric: true,
      sortable: true,
    },
    {
      key: 'collective',
      header: t('columns.collective'),
      value: (r) => r.collective,
      render: (r) => n(r.collective),
      numeric: true,
      sortable: true,
    },
    {
      key: 'individual',
      header: t('columns.individual'),
      value: (r) => r.individual,
      render: (r) => n(r.individual),
      numeric: true,
      sortable: true,
    },
    ...series.map((s) => ({
      key: s.key,
      header: s.label,
      value: (r: AwardRow) => r[s.key as AwardCode] ?? 0,
      render: (r: AwardRow) => n(r[s.key as AwardCode] ?? 0),
      numeric: true,
    })),
  ]
  if (data.total === 0)
    return (
      <p className="empty-state">
        {t('state.noData', { what: `${selection.label}, ${selection.year}` })}
      </p>
    )
  const caption = t('cohortPages.awardsTable', { cohort: selection.label, year: selection.year })
  return (
    <>
      <h2 className="panel-title">{caption}</h2>
      <PagedTable
        caption={caption}
        captionHidden
        columns={columns}
        rows={rows}
        rowKey={(r) => r.code}
        {...controls}
        matched={data.matched}
        total={data.total}
        testId="awards-table"
        downloads={
          <WholeListDownloads path="/api/awards" cohort={cohort} table={table} total={data.total} />
        }
      />
    </>
  )
}
