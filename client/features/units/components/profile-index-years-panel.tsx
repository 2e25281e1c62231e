// The unit profile's index and rank over the years: the chart, its table, and the notes on the
// years whose changes are withheld, the breaks and the cohorts' sizes.
import { useSuspenseQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { ChartFrame } from '#client/components/charts/chart-frame.tsx'
import { useSourceLine } from '#client/components/charts/use-source-line.ts'
import type { Column } from '#client/components/ui/data-table.tsx'
import { DeltaCell, RankMoveCell } from '#client/components/ui/change-cells.tsx'
import {
  formatIndex,
  formatNumber,
  listText,
  formatRank,
  formatTick,
  formatYearSpan,
} from '#client/lib/format.ts'
import { predecessorsText, yearWithheldText } from '#client/lib/not-comparable.ts'
import { useRunningHeaderPart } from '#client/lib/running-header.ts'
import { useLang } from '#client/lib/use-lang.ts'
import { unitQueries } from '../../../cohorts/api/units.queries.ts'
import { breakLabel } from '../utils/break-label.ts'
import { toIndexSeries, yearBreaks, type IndexYearRow } from '../utils/to-profile-series.ts'
import { BREAK_COLOR, INDEX_COLOR, IndexYearsChart, RANK_COLOR } from './index-years-chart.tsx'
import { cohortSizesOf } from './rank-axis.ts'
import { standingLabels } from '#client/lib/rank-standing.ts'
import type { ProfileProps } from './profile-panel-props.ts'

export function IndexYearsPanel({ code, year, fileCohort }: ProfileProps) {
  const { t } = useTranslation()
  const lang = useLang()
  const { data } = useSuspenseQuery(unitQueries.profile(code))
  const shown = data.years.filter((y) => y.year <= year)
  const breaks = yearBreaks(shown, data.lineage, data.placements)
  const rows = toIndexSeries(shown, breaks)
  const sourceCohorts = shown.map((y) => y.cohort)
  const sourceYears = rows.map((r) => r.year)
  // The printed profile's footer names the decisions of the years its history draws.
  useRunningHeaderPart('source', useSourceLine(sourceCohorts, sourceYears))
  const chartBreaks = breaks.map((b) => ({ year: b.year, label: breakLabel(b, lang, t) }))
  const cohortSizes = cohortSizesOf(rows)
  const fmt = (v: number) => formatIndex(v, lang)
  // Each year's predecessors beside the cohort the unit was ranked in that year.
  const parentOf = new Map(shown.map((y) => [y.year, y.cohort.parent.code]))
  const notes = (r: IndexYearRow) =>
    predecessorsText(r.notComparable, lang, t, {
      name: data.unit.name,
      parentCode: parentOf.get(r.year) ?? null,
    })
  // The table and its CSV say why a year's change is left empty, as the notes under the chart
  // do: a file read without the page otherwise shows a blank beside a 12 → 5 that looks like news.
  const tableNotes = (r: IndexYearRow) =>
    [r.notComparable ? yearWithheldText(r.year, r.notComparable, t) : '', notes(r)]
      .filter(Boolean)
      .join(' ')
  const withheld = rows.filter((r) => r.notComparable)
  const columns: Column<IndexYearRow>[] = [
    { key: 'year', header: t('columns.year'), value: (r) => r.year },
    {
      key: 'indexPct',
      header: t('columns.indexPct'),
      value: (r) => r.indexPct,
      render: (r) => fmt(r.indexPct),
      numeric: true,
    },
    {
      key: 'rank',
      header: t('columns.rank'),
      value: (r) => r.rank,
      csvAsShown: true,
      render: (r) =>
        r.amongLoaded
          ? `${formatRank(r.rank, r.total)} (${t('rankings.amongLoaded')})`
          : formatRank(r.rank, r.total),
      numeric: true,
    },
    {
      key: 'delta',
      header: t('columns.delta'),
      value: (r) => r.deltaPct,
      render: (r) => <DeltaCell value={r.deltaPct} notComparable={r.notComparable} />,
      numeric: true,
    },
    {
      key: 'rankChange',
      header: t('columns.rankChange'),
      value: (r) => r.rankChange,
      render: (r) => <RankMoveCell value={r.rankChange} notComparable={r.notComparable} />,
      numeric: true,
    },
    { key: 'notes', header: t('columns.flags'), wrap: true, value: (r) => tableNotes(r) || null },
  ]
  // Published years whose table gave no rank: the rank drawn and listed is worked out from the
  // index over the whole cohort, said so under the chart (the labels are not the decision's).
  const workedOut = shown.filter(
    (y) => y.status === 'PUBLISHED' && !y.amongLoaded && y.published?.rank == null,
  )
  return (
    <>
      <ChartFrame
        chartId="index-history"
        title={t('profile.indexOverYears')}
        subtitle={`${data.unit.name}, ${formatYearSpan(rows[0]?.year, year)}`}
        cohortLabel={data.unit.name}
        fileCohort={fileCohort}
        period={year}
        source={{ years: sourceYears, cohorts: sourceCohorts }}
        exportContent={{ kind: 'plot' }}
        legend={[
          { label: t('columns.indexPct'), color: INDEX_COLOR },
          // Each rank mark only where the chart draws one.
          ...(rows.some((r) => !r.amongLoaded)
            ? [{ label: t('profile.rank'), color: RANK_COLOR, shape: 'line' as const, dash: '6 3' }]
            : []),
          ...(rows.some((r) => r.amongLoaded)
            ? [{ label: t('profile.rankAmongLoaded'), color: RANK_COLOR, shape: 'ring' as const }]
            : []),
          ...chartBreaks.map((b) => ({
            label: b.label,
            color: BREAK_COLOR,
            shape: 'line' as const,
            dash: '4 3',
          })),
        ]}
        columns={columns}
        rows={rows}
        rowKey={(r) => String(r.year)}
        render={(size) => (
          <IndexYearsChart
            rows={rows}
            breaks={chartBreaks}
            size={size}
            formatValue={fmt}
            formatTick={(v) => formatTick(v, lang)}
            valueLabel={t('chartExport.axis.indexPct')}
            rankLabel={t('profile.rank')}
            standingLabels={standingLabels(t)}
          />
        )}
      />
      {withheld.length > 0 && (
        <ul className="change-notes" data-testid="profile-change-notes">
          {withheld.map((r) => (
            <li key={r.year}>
              {r.notComparable && yearWithheldText(r.year, r.notComparable, t)} {notes(r)}
            </li>
          ))}
        </ul>
      )}
      {breaks.length > 0 && <p className="chart-note">{t('profile.breakNote')}</p>}
      {workedOut.length > 0 && (
        <p className="chart-note" data-testid="profile-ranks-worked-out">
          {t('profile.ranksWorkedOut', {
            years: listText(
              workedOut.map((y) => String(y.year)),
              lang,
            ),
          })}
        </p>
      )}
      {cohortSizes.length > 1 && (
        <p className="chart-note" data-testid="profile-standing-note">
          {t('standing.profileNote', {
            sizes: listText(
              cohortSizes.map((n) => formatNumber(n, lang, 0)),
              lang,
            ),
          })}
        </p>
      )}
    </>
  )
}
