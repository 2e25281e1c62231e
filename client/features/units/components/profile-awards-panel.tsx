// The unit profile's awards in the year shown: one chart by type, one by the level that issued them.
import { useSuspenseQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { ChartFrame } from '#client/components/charts/chart-frame.tsx'
import { awardsImageSource } from '#client/components/charts/awards-image-source.ts'
import { StackedBarChart } from '#client/components/charts/stacked-bar-chart.tsx'
import type { Column } from '#client/components/ui/data-table.tsx'
import type { StackSeries } from '#client/lib/domain-series.ts'
import type { ChartSize } from '#client/lib/export-chart.ts'
import { formatNumber } from '#client/lib/format.ts'
import { digestAwardDecisions } from '#shared/text/source-line.ts'
import { useLang } from '#client/lib/use-lang.ts'
import { unitQueries } from '../../../cohorts/api/units.queries.ts'
import {
  AWARD_TYPE_SERIES,
  awardLevelRows,
  awardLevelSeries,
  awardTypeRows,
  type ProfileAwardRow,
} from '../utils/profile-awards.ts'
import type { ProfileProps } from './profile-panel-props.ts'

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
