import { keepPreviousData, useQuery, useSuspenseQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useFocusUnit } from '#client/lib/focus-unit.ts'
import { DataTable, type Column } from '#client/components/ui/data-table.tsx'
import { useSummaryRows } from '#client/cohorts/components/cohort-stacked-bars.tsx'
import { useCohortFocus } from '#client/cohorts/components/use-cohort-focus.ts'
import { toCohortParams, type CohortSelection } from '#client/lib/cohort-params.ts'
import { FOCUS_THRESHOLD, MAX_HIGHLIGHTS } from '#client/lib/focus-units.ts'
import { formatNumber } from '#client/lib/format.ts'
import { useLang } from '#client/lib/use-lang.ts'
import { awardQueries } from '../api/awards.queries.ts'
import { byAwardType, byIssuer, type CountRow } from '#client/lib/domain-series.ts'
import { AWARD_TABLE_SORT } from '../utils/award-sorts.ts'
import { toAwardRow, type AwardRow } from '../utils/to-award-series.ts'
import { breakdownTableRows, type AwardBreakdownTableRow } from '../utils/award-breakdown.ts'
import { awardHeadline } from '../utils/award-headline.ts'
import { cohortCountSums, withoutEmptyCounts } from '../utils/award-columns.ts'
import { awardDecisionsNote } from '../utils/award-decisions-note.ts'
import { AwardsChart } from './awards-chart.tsx'
import { LoadedFiguresNote } from '#client/cohorts/components/partial-cohort-note.tsx'
import { useRunningHeaderPart } from '#client/lib/running-header.ts'
import { awardsSourceLine } from '#shared/text/source-line.ts'
import '#client/components/ui/headline.css'

/**
 * Awards page: awards per unit, received from a level above apart from given at the unit's own
 * level (AwardsChart), from the cohort-year's summary (a small cohort whole, a large one its most
 * and fewest awards and the units searched for); the cohort's totals by type and by issuing level.
 */
export function AwardsPanel({ selection }: { selection: CohortSelection }) {
  const { code: focusCode } = useFocusUnit()
  const { t } = useTranslation()
  const lang = useLang()
  const cohort = toCohortParams(selection)
  const state = useCohortFocus()
  const { data } = useSuspenseQuery(
    awardQueries.summary(cohort, state.ends, focusCode ? [focusCode] : []),
  )
  const searching = data.unitsWithData > FOCUS_THRESHOLD && state.searched !== ''
  const search = useQuery({
    ...awardQueries.page(
      cohort,
      { ...AWARD_TABLE_SORT.initial, q: state.searched, page: 1 },
      MAX_HIGHLIGHTS,
    ),
    enabled: searching,
    placeholderData: keepPreviousData,
  })
  const found = searching
    ? (search.data?.items ?? []).map(toAwardRow).filter((r) => r.total > 0)
    : []
  const summaryRows = useSummaryRows<AwardRow>({
    state,
    head: data.top.map(toAwardRow).filter((r) => r.total > 0),
    tail: data.bottom.map(toAwardRow).filter((r) => r.total > 0),
    found,
    matched: search.data?.matched ?? 0,
    total: data.unitsWithData,
    focusRow: data.focus.map(toAwardRow).find((r) => r.total > 0),
    compare: (a, b) => b.total - a.total,
  })
  const rows = summaryRows.result.rows
  // A printed page's footer names the decisions that granted the awards (the status beside the
  // year, the index's, leaves the source to this panel).
  useRunningHeaderPart('source', awardsSourceLine(data.decisions, lang, [selection.year]))
  const fmt = (v: number) => formatNumber(v, lang)
  const countColumns = (header: string): Column<CountRow>[] => [
    { key: 'label', header, value: (r) => r.label },
    {
      key: 'count',
      header: t('columns.count'),
      value: (r) => r.count,
      render: (r) => fmt(r.count),
      numeric: true,
    },
  ]
  // A recipient type no unit of the cohort has (households among districts) is not a column.
  const breakdownColumns: Column<AwardBreakdownTableRow>[] = withoutEmptyCounts(
    [
      {
        key: 'direction',
        header: t('awardBreakdown.direction'),
        value: (r) => t(`awardBreakdown.${r.direction}`),
        // On a phone: the award and its total; the rest on request (extra-columns.tsx).
        extra: true,
      },
      { key: 'award', header: t('columns.award'), value: (r) => r.award, wrap: true },
      ...(['collective', 'individual', 'household'] as const).map(
        (part): Column<AwardBreakdownTableRow> => ({
          key: part,
          header: part === 'household' ? t('awardBreakdown.household') : t(`columns.${part}`),
          value: (r) => r[part],
          render: (r) => fmt(r[part]),
          numeric: true,
          extra: true,
        }),
      ),
      {
        key: 'total',
        header: t('columns.total'),
        value: (r) => r.total,
        render: (r) => fmt(r.total),
        numeric: true,
      },
    ],
    cohortCountSums(data),
  )
  const given = data.byAwardAndRecipient
    .filter((l) => l.direction === 'GIVEN')
    .reduce((n, l) => n + l.count, 0)
  return (
    <>
      {data.totals.total > 0 && (
        <>
          <p className="headline" data-testid="awards-headline">
            {awardHeadline(data.totals, lang, t)}
          </p>
          <p className="chart-note">
            {t('headlines.givenReceived', {
              given: fmt(given),
              received: fmt(data.totals.total - given),
            })}{' '}
            <span data-testid="awards-decisions">
              {awardDecisionsNote(data.decisions, lang, t)}
            </span>
          </p>
          <LoadedFiguresNote selection={selection} loaded={data.unitsWithData} />
        </>
      )}
      <AwardsChart data={data} selection={selection} rows={summaryRows} />
      {rows.length > 0 && (
        <div className="panels" style={{ marginTop: 16 }}>
          <div className="half">
            <DataTable
              caption={t('awards.byType')}
              columns={countColumns(t('columns.award'))}
              rows={byAwardType(data.totals, lang)}
              rowKey={(r) => r.key}
            />
          </div>
          <div className="half">
            <DataTable
              caption={t('awards.byIssuer')}
              columns={countColumns(t('columns.issuer'))}
              rows={byIssuer(data.totals, lang)}
              rowKey={(r) => r.key}
            />
          </div>
        </div>
      )}
      {data.byAwardAndRecipient.length > 0 && (
        <div style={{ marginTop: 16 }}>
          <DataTable
            caption={t('awardBreakdown.title')}
            columns={breakdownColumns}
            rows={breakdownTableRows(data.byAwardAndRecipient, lang)}
            rowKey={(r) => r.key}
          />
        </div>
      )}
    </>
  )
}
