// The unit profile's points by field in the year shown, beside the cohort's best and the maximum.
import { useSuspenseQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { ChartFrame } from '#client/components/charts/chart-frame.tsx'
import { GroupedBarChart } from '#client/components/charts/grouped-bar-chart.tsx'
import type { Column } from '#client/components/ui/data-table.tsx'
import { formatIndex, formatMaxPoints, formatPoints, formatTick } from '#client/lib/format.ts'
import { useLang } from '#client/lib/use-lang.ts'
import { unitQueries } from '../../../cohorts/api/units.queries.ts'
import { toFieldSeries, type FieldRow } from '../utils/to-profile-series.ts'
import type { ProfileProps } from './profile-panel-props.ts'

export function FieldsPanel({ code, year, fileCohort }: ProfileProps) {
  const { t } = useTranslation()
  const lang = useLang()
  const { data } = useSuspenseQuery(unitQueries.profile(code))
  const result = data.years.find((y) => y.year === year)
  const rows = toFieldSeries(result, lang)
  const fmt = (v: number) => formatPoints(v, lang)
  // The maximum is the scheme's own figure, written as the scheme writes it ("10", not "10,00").
  const fmtMax = (v: number | null) => formatMaxPoints(v, lang)
  const series = [
    { key: 'points', label: t('profile.points'), color: '#0072B2' },
    { key: 'cohortBest', label: t('profile.cohortBest'), color: '#E69F00' },
    {
      key: 'maxPoints',
      label: t('profile.maximum'),
      color: '#C4C9D1',
      showLabel: true,
      formatValue: fmtMax,
    },
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
      render: (r) => fmtMax(r.maxPoints),
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
