import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import type { NotComparable } from '#shared/dto/ranking.ts'
import { ChartFrame } from '#client/components/charts/chart-frame.tsx'
import { MultiLineChart } from '#client/components/charts/multi-line-chart.tsx'
import type { Column } from '#client/components/ui/data-table.tsx'
import { formatIndex, formatTick, formatYearSpan, listText } from '#client/lib/format.ts'
import { yearWithheldText } from '#client/lib/not-comparable.ts'
import { useRunningHeaderPart } from '#client/lib/running-header.ts'
import {
  commonBreaks,
  lineBreaks,
  toCompareYearRows,
  toCompareYearSegments,
} from '../utils/to-compare-series.ts'
import { useComparison } from './use-comparison.ts'
import { compareFileUnits } from '../utils/compare-file-units.ts'

/** Each unit's index over the years, its line broken where a merger, a cohort or a method changes. */
export function CompareYearsPanel({ units }: { units: string[] }) {
  const { t } = useTranslation()
  const { data, series, lang } = useComparison(units)
  // The printed comparison's footer names each cohort's decisions over the years compared.
  useRunningHeaderPart('source', data.source[lang])
  const rows = toCompareYearRows(data)
  // The chart draws each unit in stretches, never across a merger, a change of cohort or method.
  const drawn = toCompareYearSegments(data)
  const lines = drawn.segments.flatMap(({ key, unit }) => {
    const s = series.find((x) => x.key === unit)
    return s ? [{ ...s, key }] : []
  })
  const fmt = (v: number) => formatIndex(v, lang)
  type Row = (typeof rows)[number]
  const columns: Column<Row>[] = [
    { key: 'year', header: t('columns.year'), value: (r) => r.year ?? null },
    ...series.map((s) => ({
      key: s.key,
      header: s.label,
      value: (r: Row) => r[s.key] ?? null,
      render: (r: Row) => formatIndex(r[s.key], lang),
      numeric: true,
    })),
  ]
  const names = series.map((s) => s.label).join(', ')
  const first = data.years[0]
  const last = data.years[data.years.length - 1]
  // Say why a line stops and starts again: another unit, cohort or method from that year.
  // Units whose lines stop for the same reason in the same year share one note.
  const byReason = new Map<string, string[]>()
  for (const item of data.items)
    for (const b of lineBreaks(item)) {
      const reason = yearWithheldText(b.year, b.reason, t, b.also)
      byReason.set(reason, [...(byReason.get(reason) ?? []), item.unit.name])
    }
  const breaks = [...byReason].map(([reason, names]) => ({
    key: reason,
    text: `${listText(names, lang)} — ${reason}`,
  }))
  // Where every line stops in the same gap, the chart says so there, as the rank history and the
  // profile do: a dashed line labelled "Đổi phương pháp đánh giá" (commonBreaks).
  const chartBreaks = commonBreaks(data).map((b) => ({
    year: b.year,
    label: b.reasons.map((reason) => breakName(reason, t)).join('; '),
  }))
  return (
    <>
      <ChartFrame
        chartId="compare-years"
        title={t('compare.overYears')}
        subtitle={`${names} — ${formatYearSpan(first, last)}`}
        cohortLabel={names}
        fileCohort={compareFileUnits(units)}
        period={first !== undefined && last !== undefined ? `${first}-${last}` : ''}
        source={{ line: data.source }}
        legend={series.map((s) => ({
          label: s.label,
          color: s.color,
          shape: 'line',
          dash: s.dash,
        }))}
        columns={columns}
        rows={rows}
        rowKey={(r) => String(r.year)}
        render={(size) => (
          <MultiLineChart
            rows={drawn.rows}
            xKey="year"
            series={lines}
            size={size}
            formatValue={fmt}
            formatTick={(v) => formatTick(v, lang)}
            valueLabel={t('chartExport.axis.indexPct')}
            pointLabels={series.length <= 2}
            breaks={chartBreaks}
          />
        )}
        exportContent={{ kind: 'plot' }}
      />
      {breaks.length > 0 && (
        <ul className="change-notes" data-testid="compare-breaks">
          {breaks.map((b) => (
            <li key={b.key}>{b.text}</li>
          ))}
        </ul>
      )}
    </>
  )
}

/** A break's name over the chart, as the profile's are ("Đổi phương pháp đánh giá"). */
function breakName(reason: NotComparable['reason'], t: TFunction): string {
  if (reason === 'SCHEME') return t('profile.schemeChanged')
  if (reason === 'COHORT') return t('profile.cohortChanged')
  if (reason === 'LINEAGE') return t('profile.reorganised')
  return t(`change.reason.${reason}`)
}
