import { useTranslation } from 'react-i18next'
import { ChartFrame } from '#client/components/charts/chart-frame.tsx'
import { GroupedBarChart } from '#client/components/charts/grouped-bar-chart.tsx'
import type { Column } from '#client/components/ui/data-table.tsx'
import { formatIndex, formatTick, listText } from '#client/lib/format.ts'
import { resultIn, toCompareShareRows, toShareChartRow } from '../utils/to-compare-shares.ts'
import { shareText } from './share-text.ts'
import { useComparison } from './use-comparison.ts'
import { compareFileUnits } from '../utils/compare-file-units.ts'

/** Each field as a share of each unit's own maximum in it, in the year compared. */
export function CompareFieldsPanel({ units, year }: { units: string[]; year: number }) {
  const { t } = useTranslation()
  const { data, series, fieldName, lang } = useComparison(units)
  const shareRows = toCompareShareRows(data, year)
  type Row = Record<string, number | string | null>
  const rows: Row[] = shareRows.map((r) => ({ ...toShareChartRow(r), label: fieldName(r.code) }))
  const cells = new Map(shareRows.map((r) => [r.code, r.cells]))
  const columns: Column<Row>[] = [
    { key: 'field', header: t('columns.field'), value: (r) => r.label ?? null },
    ...series.map((s) => ({
      key: s.key,
      header: s.label,
      value: (r: Row) => (r[s.key] as number | null) ?? null,
      render: (r: Row) => shareText(cells.get(String(r.code))?.[s.key], lang, t),
      numeric: true,
    })),
  ]
  const names = series.map((s) => s.label).join(', ')
  // No field to draw: the units' results that year were published as an index only (a national
  // table), or there are none. Said as such, not with the chart's subtitle.
  const withResult = series.filter((s) => resultIn(data, s.key, year))
  const emptyText =
    withResult.length > 0
      ? t('comparing.indexOnly', {
          year,
          units: listText(
            withResult.map((s) => s.label),
            lang,
          ),
        })
      : t('state.noData', { what: names })
  return (
    <ChartFrame
      chartId="compare-fields"
      title={t('comparing.byFieldShare', { year })}
      subtitle={`${names} — ${t('comparing.byFieldNote')}`}
      cohortLabel={names}
      emptyText={emptyText}
      fileCohort={compareFileUnits(units)}
      period={String(year)}
      // Each unit's cohort names its own decision for the year drawn.
      source={{ line: data.source.byYear[year] ?? data.source }}
      legend={series.map((s) => ({ label: s.label, color: s.color }))}
      columns={columns}
      rows={rows}
      rowKey={(r) => String(r.code)}
      render={(size) => (
        <GroupedBarChart
          rows={rows}
          categoryKey="label"
          series={series.map((s) => ({ ...s, showLabel: series.length <= 3 }))}
          size={size}
          formatValue={(v) => formatIndex(v, lang)}
          formatTick={(v) => formatTick(v, lang)}
          valueLabel={t('comparing.shareAxis')}
        />
      )}
      exportContent={{ kind: 'rows', rows: rows.length, barsPerRow: series.length }}
    />
  )
}
