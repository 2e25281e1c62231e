import { useSuspenseQueries } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { ChartFrame } from '#client/components/charts/chart-frame.tsx'
import { categoricalColor } from '#client/components/charts/palette.ts'
import type { Column } from '#client/components/ui/data-table.tsx'
import type { CohortSelection } from '#client/lib/cohort-params.ts'
import { rankingQueries } from '../api/rankings.queries.ts'
import { toBumpSeries } from '../utils/to-bump-series.ts'
import { BumpChart, type BumpStyle } from './bump-chart.tsx'

const DASHES = [undefined, '8 4', '2 3'] as const

/** Rankings page: rank movements of every unit over the cohort's years (a bump chart). */
export function BumpPanel({ selection }: { selection: CohortSelection }) {
  const { t } = useTranslation()
  const years = selection.years.filter((y) => y <= selection.year)
  const results = useSuspenseQueries({
    queries: years.map((year) => rankingQueries.list({ parent: selection.parent.code, kind: selection.kind, year })),
  })
  const series = toBumpSeries(results.map((r) => r.data))
  // 8 colours × 3 dash styles: lines stay distinct without relying on colour alone.
  const styles: BumpStyle[] = series.units.map((u, i) => ({
    code: u.code,
    name: u.name,
    color: categoricalColor(i),
    dash: DASHES[Math.floor(i / 8) % DASHES.length],
  }))
  type Row = (typeof series.units)[number]
  const columns: Column<Row>[] = [
    { key: 'unit', header: t('columns.unit'), value: (u) => u.name },
    ...series.rows.map((row) => ({
      key: String(row.year),
      header: String(row.year),
      value: (u: Row) => row[u.code] ?? null,
      numeric: true,
    })),
  ]
  const first = years[0]
  const period = first !== undefined && first !== selection.year ? `${first}-${selection.year}` : selection.year
  return (
    <ChartFrame
      chartId="rank-movements"
      title={t('rankings.bumpChart')}
      subtitle={`${selection.label}, ${first ?? ''}–${selection.year}`}
      cohortLabel={selection.label}
      fileCohort={selection.fileCohort}
      period={period}
      legend={styles.map((s) => ({ label: s.name, color: s.color, shape: 'line', dash: s.dash }))}
      columns={columns}
      rows={series.units}
      rowKey={(u) => u.code}
      render={(size) => <BumpChart series={series} styles={styles} size={size} />}
    />
  )
}
