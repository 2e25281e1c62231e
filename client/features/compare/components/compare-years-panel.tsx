import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import type { NotComparable } from '#shared/dto/ranking.ts'
import { ChartFrame } from '#client/components/charts/chart-frame.tsx'
import { MultiLineChart } from '#client/components/charts/multi-line-chart.tsx'
import type { Column } from '#client/components/ui/data-table.tsx'
import { BREAK_COLOR, BREAK_DASH } from '#client/components/charts/break-marks.tsx'
import {
  formatDate,
  formatIndex,
  formatTick,
  formatYearSpan,
  listText,
} from '#client/lib/format.ts'
import { yearWithheldText } from '#client/lib/not-comparable.ts'
import { useRunningHeaderPart } from '#client/lib/running-header.ts'
import type { Language } from '#client/lib/language.ts'
import {
  commonBreaks,
  lineBreaks,
  wentIntoGroups,
  toCompareYearRows,
  toCompareYearSegments,
  type WentInto,
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
  // A compared unit gone into another compared unit: a dashed line where the map changed, and
  // the legend (so the image) and a note say which went into which, and when (ADR 072).
  const went = wentIntoGroups(data)
  for (const g of went)
    if (!chartBreaks.some((b) => b.year === g.year))
      chartBreaks.push({
        year: g.year,
        label: [t('profile.reorganised'), ...(g.date ? [formatDate(g.date, lang)] : [])].join(' '),
      })
  const wentLegend = went.map((g) => ({
    label: wentIntoLabel(g, lang, t),
    color: BREAK_COLOR,
    shape: 'line' as const,
    dash: BREAK_DASH,
  }))
  const wentNotes = went.flatMap((g) => {
    const text = wentIntoNote(g, lang, t)
    return text ? [{ key: `went-${g.from.join()}-${g.to}`, text }] : []
  })
  if (wentNotes.length > 0) wentNotes.push({ key: 'went-tail', text: t('compare.wentIntoTail') })
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
        legend={[
          ...series.map((s) => ({
            label: s.label,
            color: s.color,
            shape: 'line' as const,
            dash: s.dash,
          })),
          ...wentLegend,
        ]}
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
      {breaks.length + wentNotes.length > 0 && (
        <ul className="change-notes" data-testid="compare-breaks">
          {[...wentNotes, ...breaks].map((b) => (
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

/** "Phường Mỹ Long, Phường Mỹ Bình → Phường Long Xuyên (sắp xếp lại 01/07/2025)", its step between said. */
function wentIntoLabel(g: WentInto, lang: Language, t: TFunction): string {
  const from = g.through
    ? `${listText(g.from, lang)} → ${g.through.name} (${formatDate(g.through.date, lang)})`
    : listText(g.from, lang)
  return g.date
    ? t('compare.wentInto', { from, to: g.to, date: formatDate(g.date, lang) })
    : `${from} → ${g.to}`
}

/** The note under the chart: which went into which, on which day; none without the day. */
function wentIntoNote(g: WentInto, lang: Language, t: TFunction): string | null {
  if (!g.date) return null
  const words = { from: listText(g.from, lang), to: g.to, date: formatDate(g.date, lang) }
  return g.through
    ? t('compare.wentIntoThroughNote', {
        ...words,
        through: g.through.name,
        throughDate: formatDate(g.through.date, lang),
      })
    : t('compare.wentIntoNote', words)
}
