import { useSuspenseQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { ChartFrame } from '#client/components/charts/chart-frame.tsx'
import { FocusedChart, useFocus, useFocusNote, withFocusNote } from '#client/components/charts/focus-controls.tsx'
import { StackedBarChart } from '#client/components/charts/stacked-bar-chart.tsx'
import { DataTable, type Column } from '#client/components/ui/data-table.tsx'
import { cohortParams, type CohortSelection } from '#client/lib/cohort-params.ts'
import { labelFocusedRows } from '#client/lib/focus-label.ts'
import { formatNumber } from '#client/lib/format.ts'
import { useLang } from '#client/lib/use-lang.ts'
import { awardQueries } from '../api/awards.queries.ts'
import { byAwardType, byIssuer, type CountRow } from '#client/lib/domain-series.ts'
import { awardSeries, toAwardSeries, type AwardRow } from '../utils/to-award-series.ts'

/** Awards page: awards per unit stacked by type; totals by type and by issuing level. */
export function AwardsPanel({ selection }: { selection: CohortSelection }) {
  const { t } = useTranslation()
  const lang = useLang()
  const { data } = useSuspenseQuery(awardQueries.list(cohortParams(selection)))
  const rows = toAwardSeries(data.items).filter((r) => r.total > 0)
  // Most and fewest awards at the two ends of a large cohort, plus the units searched for.
  const focus = useFocus(rows)
  const note = useFocusNote(focus.result)
  const drawn = labelFocusedRows(focus.result)
  const series = awardSeries(data.totals, lang)
  const fmt = (v: number) => formatNumber(v, lang)
  const columns: Column<AwardRow>[] = [
    { key: 'unit', header: t('columns.unit'), value: (r) => r.name },
    { key: 'total', header: t('columns.total'), value: (r) => r.total, numeric: true },
    { key: 'collective', header: t('columns.collective'), value: (r) => r.collective, numeric: true },
    { key: 'individual', header: t('columns.individual'), value: (r) => r.individual, numeric: true },
    ...series.map((s) => ({ key: s.key, header: s.label, value: (r: AwardRow) => r[s.key as keyof AwardRow] as number, numeric: true })),
  ]
  const countColumns = (header: string): Column<CountRow>[] => [
    { key: 'label', header, value: (r) => r.label },
    { key: 'count', header: t('columns.count'), value: (r) => r.count, render: (r) => fmt(r.count), numeric: true },
  ]
  return (
    <>
      <ChartFrame
        chartId="awards"
        title={t('awards.chart')}
        subtitle={withFocusNote(`${selection.label}, ${selection.year}`, note)}
        cohortLabel={selection.label}
        fileCohort={selection.fileCohort}
        period={selection.year}
        legend={series.map((s) => ({ label: s.label, color: s.color, pattern: s.pattern }))}
        columns={columns}
        rows={rows}
        rowKey={(r) => r.code}
        render={(size) => (
          <FocusedChart focus={focus} size={size}>
            <StackedBarChart rows={drawn} series={series} size={size} formatValue={fmt} />
          </FocusedChart>
        )}
      />
      {rows.length > 0 && (
        <div className="panels" style={{ marginTop: 16 }}>
          <div className="half">
            <DataTable caption={t('awards.byType')} columns={countColumns(t('columns.award'))} rows={byAwardType(data.totals, lang)} rowKey={(r) => r.key} />
          </div>
          <div className="half">
            <DataTable caption={t('columns.issuer')} columns={countColumns(t('columns.issuer'))} rows={byIssuer(data.totals, lang)} rowKey={(r) => r.key} />
          </div>
        </div>
      )}
    </>
  )
}
