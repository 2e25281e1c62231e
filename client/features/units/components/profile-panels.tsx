import { useSuspenseQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { ChartFrame } from '#client/components/charts/chart-frame.tsx'
import { awardsImageSource } from '#client/components/charts/awards-image-source.ts'
import { reportedImageSource } from '#client/components/charts/reported-source.ts'
import { useSourceLine } from '#client/components/charts/use-source-line.ts'
import { GroupedBarChart } from '#client/components/charts/grouped-bar-chart.tsx'
import { StackedBarChart } from '#client/components/charts/stacked-bar-chart.tsx'
import type { Column } from '#client/components/ui/data-table.tsx'
import { taskStatusSeries, type StackSeries } from '#client/lib/domain-series.ts'
import type { ChartSize } from '#client/lib/export-chart.ts'
import { DeltaCell, RankMoveCell } from '#client/components/ui/change-cells.tsx'
import {
  formatIndex,
  formatNumber,
  listText,
  formatRate,
  formatPoints,
  formatRank,
  formatTick,
  formatYearSpan,
} from '#client/lib/format.ts'
import { taskRates } from '#shared/kpi/task-completion.ts'
import { predecessorsText, yearWithheldText } from '#client/lib/not-comparable.ts'
import { digestAwardDecisions } from '#shared/text/source-line.ts'
import { useRunningHeaderPart } from '#client/lib/running-header.ts'
import { useLang } from '#client/lib/use-lang.ts'
import { unitQueries } from '../../../cohorts/api/units.queries.ts'
import { breakLabel } from '../utils/break-label.ts'
import {
  AWARD_TYPE_SERIES,
  awardLevelRows,
  awardLevelSeries,
  awardTypeRows,
  type ProfileAwardRow,
} from '../utils/profile-awards.ts'
import {
  fieldLabel,
  sortByField,
  toFieldSeries,
  toIndexSeries,
  yearBreaks,
  type FieldRow,
  type IndexYearRow,
} from '../utils/to-profile-series.ts'
import { BREAK_COLOR, INDEX_COLOR, IndexYearsChart, RANK_COLOR } from './index-years-chart.tsx'
import { cohortSizesOf } from './rank-axis.ts'
import { standingLabels } from '#client/lib/rank-standing.ts'

export type ProfileProps = { code: string; year: number; fileCohort: string }

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
  const notes = (r: IndexYearRow) => predecessorsText(r.notComparable, lang, t, data.unit.name)
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
    { key: 'notes', header: t('columns.flags'), wrap: true, value: (r) => notes(r) },
  ]
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

export function FieldsPanel({ code, year, fileCohort }: ProfileProps) {
  const { t } = useTranslation()
  const lang = useLang()
  const { data } = useSuspenseQuery(unitQueries.profile(code))
  const result = data.years.find((y) => y.year === year)
  const rows = toFieldSeries(result, lang)
  const fmt = (v: number) => formatPoints(v, lang)
  const series = [
    { key: 'points', label: t('profile.points'), color: '#0072B2' },
    { key: 'cohortBest', label: t('profile.cohortBest'), color: '#E69F00' },
    { key: 'maxPoints', label: t('profile.maximum'), color: '#C4C9D1', showLabel: true },
  ]
  const columns: Column<FieldRow>[] = [
    { key: 'field', header: t('columns.field'), value: (r) => r.label },
    {
      key: 'points',
      header: t('profile.points'),
      value: (r) => r.points,
      render: (r) => fmt(r.points),
      numeric: true,
    },
    {
      key: 'max',
      header: t('columns.max'),
      value: (r) => r.maxPoints,
      render: (r) => formatNumber(r.maxPoints, lang),
      numeric: true,
    },
    {
      key: 'best',
      header: t('columns.best'),
      value: (r) => r.cohortBest,
      render: (r) => formatPoints(r.cohortBest, lang),
      numeric: true,
    },
    {
      key: 'lost',
      header: t('columns.difference'),
      value: (r) => r.lost,
      render: (r) => formatPoints(r.lost, lang),
      numeric: true,
    },
  ]
  return (
    <ChartFrame
      chartId="fields"
      title={t('profile.fields')}
      subtitle={t('profile.fieldsSubtitle', { unit: data.unit.name, year })}
      cohortLabel={data.unit.name}
      fileCohort={fileCohort}
      period={year}
      source={{ cohorts: result ? [result.cohort] : [] }}
      exportContent={{ kind: 'rows', rows: rows.length, barsPerRow: series.length }}
      legend={series.map((s) => ({ label: s.label, color: s.color }))}
      columns={columns}
      rows={rows}
      rowKey={(r) => r.code}
      render={(size) => (
        <GroupedBarChart
          rows={rows}
          categoryKey="label"
          series={series}
          size={size}
          formatValue={fmt}
          formatTick={(v) => formatTick(v, lang)}
          valueLabel={t('chartExport.axis.points')}
        />
      )}
      // A table of percentages gives the index alone: say so rather than "no data".
      emptyText={
        result && result.points === null
          ? t('profile.indexOnly', { year, index: formatIndex(result.indexPct, lang) })
          : undefined
      }
    />
  )
}

export function ProfileTasksPanel({ code, year, fileCohort }: ProfileProps) {
  const { t } = useTranslation()
  const lang = useLang()
  const { data } = useSuspenseQuery(unitQueries.profile(code))
  const tasks = data.years.find((y) => y.year === year)?.tasks
  const series = taskStatusSeries(lang)
  const rows = sortByField(tasks?.byField ?? []).map((f) => ({
    code: f.field,
    name: fieldLabel(f.field, lang),
    planned: f.planned,
    completionPct: f.completionPct,
    exactCompletionPct: taskRates(f.counts).completionPct,
    ...f.counts,
  }))
  type Row = (typeof rows)[number]
  const columns: Column<Row>[] = [
    { key: 'field', header: t('columns.field'), value: (r) => r.name },
    { key: 'planned', header: t('columns.planned'), value: (r) => r.planned, numeric: true },
    ...series.map((s) => ({
      key: s.key,
      header: s.label,
      value: (r: Row) => r[s.key as keyof Row] as number,
      numeric: true,
    })),
    {
      key: 'completionPct',
      header: t('columns.completionPct'),
      value: (r) => r.completionPct,
      render: (r) => formatRate(r.exactCompletionPct, lang),
      numeric: true,
    },
  ]
  return (
    <>
      <ChartFrame
        chartId="unit-tasks"
        title={t('profile.tasks')}
        subtitle={`${data.unit.name}, ${year}`}
        emptyText={t('profile.noTasks', { unit: data.unit.name, year })}
        cohortLabel={data.unit.name}
        fileCohort={fileCohort}
        period={year}
        source={reportedImageSource([year])}
        legend={series.map((s) => ({ label: s.label, color: s.color, pattern: s.pattern }))}
        columns={columns}
        rows={rows}
        rowKey={(r) => r.code}
        render={(size) => (
          <StackedBarChart
            rows={rows}
            series={series}
            size={size}
            formatValue={(v) => formatNumber(v, lang)}
            valueLabel={t('chartExport.axis.tasks')}
          />
        )}
      />
      {/* The table's rates are of the tasks due, as the tasks list's are: said here too. */}
      {rows.length > 0 && (
        <p className="chart-note" data-testid="profile-tasks-due-note">
          {t('tasks.dueNote')}
        </p>
      )}
    </>
  )
}

export function ProfileAwardsPanel({ code, year, fileCohort }: ProfileProps) {
  const { t } = useTranslation()
  const lang = useLang()
  const { data } = useSuspenseQuery(unitQueries.profile(code))
  const result = data.years.find((y) => y.year === year)
  const awards = result?.awards
  // Two charts, each of the year's awards once: one list by type beside one by issuing level read
  // as twice the awards. The subtitle says the total each adds up to.
  const types = awards ? awardTypeRows(awards, lang) : []
  const levels = awards ? awardLevelRows(awards, data.unit.kind, lang) : []
  const directions = { RECEIVED: t('awards.fromAbove'), GIVEN: t('awards.ownLevel') }
  const levelSeries = awardLevelSeries(directions)
  const subtitle = awards
    ? t('profile.awardsSubtitle', {
        unit: data.unit.name,
        year,
        total: formatNumber(awards.total, lang),
      })
    : `${data.unit.name}, ${year}`
  const count: Column<ProfileAwardRow> = {
    key: 'count',
    header: t('columns.count'),
    value: (r) => r.count,
    render: (r) => formatNumber(r.count, lang),
    numeric: true,
  }
  const frame = {
    subtitle,
    cohortLabel: data.unit.name,
    fileCohort,
    period: year,
    source: awardsImageSource(digestAwardDecisions(result?.awardDecisions ?? []), year),
    rowKey: (r: ProfileAwardRow) => r.key,
  }
  const bars = (rows: ProfileAwardRow[], series: StackSeries[]) => (size?: ChartSize) => (
    <StackedBarChart
      rows={rows}
      series={series}
      size={size}
      formatValue={(v) => formatNumber(v, lang)}
      valueLabel={t('chartExport.axis.awards')}
      endLabels={rows.map((r) => formatNumber(r.count, lang))}
    />
  )
  return (
    <>
      <ChartFrame
        {...frame}
        chartId="unit-awards"
        title={t('profile.awardsByType')}
        emptyText={t('profile.noAwards', { unit: data.unit.name, year })}
        columns={[{ key: 'label', header: t('columns.award'), value: (r) => r.name }, count]}
        rows={types}
        render={bars(types, [AWARD_TYPE_SERIES])}
      />
      {levels.length > 0 && (
        <div style={{ marginTop: 24 }}>
          <ChartFrame
            {...frame}
            chartId="unit-awards-issuer"
            title={t('profile.awardsByIssuer')}
            legend={levelSeries.map((s) => ({
              label: s.label,
              color: s.color,
              pattern: s.pattern,
            }))}
            columns={[
              { key: 'label', header: t('columns.issuer'), value: (r) => r.name },
              {
                key: 'direction',
                header: t('awardBreakdown.direction'),
                value: (r) => (r.RECEIVED !== null ? directions.RECEIVED : directions.GIVEN),
              },
              count,
            ]}
            rows={levels}
            render={bars(levels, levelSeries)}
          />
        </div>
      )}
    </>
  )
}
