import { useSuspenseQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Column } from '#client/components/ui/data-table.tsx'
import { PagedTable } from '#client/components/ui/data-table-paged.tsx'
import { isFocusUnit, useFocusUnit } from '#client/lib/focus-unit.ts'
import { WholeListDownloads } from '#client/features/cohorts/components/whole-list-downloads.tsx'
import { cohortParams, type CohortSelection } from '#client/lib/cohort-params.ts'
import { formatNumber } from '#client/lib/format.ts'
import { useLang } from '#client/lib/use-lang.ts'
import { useTableSearch } from '#client/lib/use-table-search.ts'
import type { AwardCode } from '#shared/domain/award-kinds.ts'
import { awardQueries } from '../api/awards.queries.ts'
import { AWARD_TABLE_SORT } from '../utils/award-sorts.ts'
import { directionText } from '../utils/award-breakdown.ts'
import './awards.css'
import { awardSeries, toAwardRow, type AwardRow } from '../utils/to-award-series.ts'

/** Awards page: every unit's awards, a page at a time, sorted and searched on the server. */
export function AwardsTablePanel({ selection }: { selection: CohortSelection }) {
  const { t } = useTranslation()
  const { code: focusCode } = useFocusUnit()
  const lang = useLang()
  const { table, controls } = useTableSearch(AWARD_TABLE_SORT)
  const cohort = cohortParams(selection)
  const { data } = useSuspenseQuery(awardQueries.page(cohort, table))
  const rows = data.items.map(toAwardRow)
  const n = (v: number | null) => formatNumber(v, lang)
  const series = awardSeries(data.totals, lang)
  const linesOf = new Map(data.items.map((item) => [item.unit.code, item.byAwardAndRecipient]))
  // What the unit gave, then what it received: each award with its recipients by type.
  const details = (r: AwardRow) =>
    (['GIVEN', 'RECEIVED'] as const).flatMap((direction) => {
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
  const columns: Column<AwardRow>[] = [
    {
      key: 'name',
      header: t('columns.unit'),
      value: (r) => r.name,
      sortable: true,
      // On a phone the name stays in view while the counts scroll under it.
      sticky: true,
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
    {
      key: 'household',
      header: t('awardBreakdown.household'),
      value: (r) => r.household,
      render: (r) => n(r.household),
      numeric: true,
      sortable: true,
    },
    {
      key: 'given',
      header: t('awardBreakdown.given'),
      value: (r) => r.given,
      render: (r) => n(r.given),
      numeric: true,
    },
    {
      key: 'received',
      header: t('awardBreakdown.received'),
      value: (r) => r.received,
      render: (r) => n(r.received),
      numeric: true,
    },
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
    ...series.map((s) => ({
      key: s.key,
      header: s.label,
      value: (r: AwardRow) => r[s.key as AwardCode] ?? 0,
      render: (r: AwardRow) => n(r[s.key as AwardCode] ?? 0),
      numeric: true,
      extra: true,
      // On paper the details column says the same, split by recipient type.
      printHidden: true,
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
        isFocusRow={(r) => isFocusUnit(r.code, focusCode)}
        downloads={
          <WholeListDownloads path="/api/awards" cohort={cohort} table={table} total={data.total} />
        }
      />
    </>
  )
}
