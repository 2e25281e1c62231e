import { useSuspenseQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { ChartFrame } from '#client/components/charts/chart-frame.tsx'
import { useRunningHeaderPart } from '#client/lib/running-header.ts'
import { GroupedBarChart } from '#client/components/charts/grouped-bar-chart.tsx'
import { MultiLineChart } from '#client/components/charts/multi-line-chart.tsx'
import { categoricalColor } from '#client/components/charts/palette.ts'
import { DataTable, type Column } from '#client/components/ui/data-table.tsx'
import { DeltaCell, RankMoveCell } from '#client/components/ui/change-cells.tsx'
import {
  formatDelta,
  formatIndex,
  formatPoints,
  formatRank,
  formatTick,
} from '#client/lib/format.ts'
import { predecessorsText, yearWithheldText } from '#client/lib/not-comparable.ts'
import { useLang } from '#client/lib/use-lang.ts'
import { KPI_FIELD_SHORT_LABELS, KPI_FIELDS, type KpiField } from '#shared/domain/kpi-fields.ts'
import { compareQueries } from '../api/compare.queries.ts'
import {
  commonYear,
  differenceFrom,
  toCompareChanges,
  toCompareFieldRows,
  toCompareYearRows,
  toCompareYearSegments,
  type CompareChangeRow,
} from '../utils/to-compare-series.ts'

const DASHES = [undefined, '8 4', '2 3', '10 3 2 3', undefined, '8 4'] as const

function useComparison(units: string[]) {
  const lang = useLang()
  const { data } = useSuspenseQuery(compareQueries.detail(units))
  const series = data.items.map((item, i) => ({
    key: item.unit.code,
    label: item.unit.name,
    color: categoricalColor(i),
    dash: DASHES[i],
  }))
  const fieldName = (code: string) =>
    (KPI_FIELDS as readonly string[]).includes(code)
      ? KPI_FIELD_SHORT_LABELS[code as KpiField][lang]
      : code
  const fileCohort = 'compare'
  const period = commonYear(data) ?? ''
  return { data, series, fieldName, fileCohort, period, lang }
}

export function CompareFieldsPanel({ units }: { units: string[] }) {
  const { t } = useTranslation()
  const { data, series, fieldName, period, lang } = useComparison(units)
  const year = commonYear(data)
  type Row = Record<string, number | string | null>
  const rows: Row[] =
    year === null
      ? []
      : toCompareFieldRows(data, year).map((r) => ({ ...r, label: fieldName(r.code) }))
  const fmt = (v: number) => formatPoints(v, lang)
  const columns: Column<Row>[] = [
    { key: 'field', header: t('columns.field'), value: (r) => r.label ?? null },
    ...series.map((s) => ({
      key: s.key,
      header: s.label,
      value: (r: Row) => (r[s.key] as number | null) ?? null,
      render: (r: Row) => formatPoints(r[s.key] as number | null, lang),
      numeric: true,
    })),
  ]
  const names = series.map((s) => s.label).join(', ')
  return (
    <ChartFrame
      chartId="compare-fields"
      title={t('compare.byField')}
      subtitle={`${names} — ${year ?? ''}`}
      cohortLabel={names}
      fileCohort="compare"
      period={period}
      // Each unit's cohort names its own decision for the year drawn.
      source={{ line: (year !== null && data.source.byYear[year]) || data.source }}
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
          formatValue={fmt}
          formatTick={(v) => formatTick(v, lang)}
          valueLabel={t('chartExport.axis.points')}
        />
      )}
      exportContent={{ kind: 'rows', rows: rows.length, barsPerRow: series.length }}
    />
  )
}

export function CompareYearsPanel({ units }: { units: string[] }) {
  const { t } = useTranslation()
  const { data, series, lang } = useComparison(units)
  // The printed comparison's footer names each cohort's decisions over the years compared.
  useRunningHeaderPart('source', data.source[lang])
  const rows = toCompareYearRows(data)
  // The chart draws each unit in stretches, never across a merger or a change of cohort.
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
  // Say why a line stops and starts again: another unit, or another cohort, from that year.
  const breaks = data.items.flatMap((item) =>
    item.years
      .filter(
        (y) =>
          y.notComparable &&
          (y.notComparable.reason === 'LINEAGE' || y.notComparable.reason === 'COHORT'),
      )
      .map((y) => ({
        key: `${item.unit.code}:${y.year}`,
        text: `${item.unit.name} — ${y.notComparable && yearWithheldText(y.year, y.notComparable, t)}`,
      })),
  )
  return (
    <>
      <ChartFrame
        chartId="compare-years"
        title={t('compare.overYears')}
        subtitle={`${names} — ${first ?? ''}–${last ?? ''}`}
        cohortLabel={names}
        fileCohort="compare"
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

/** Differences from the first unit: index, rank and every field, in the common year. */
export function CompareDifferencesPanel({ units }: { units: string[] }) {
  const { t } = useTranslation()
  const { data, series, fieldName, lang } = useComparison(units)
  const year = commonYear(data)
  const reference = series[0]
  if (year === null || !reference) return null
  const byUnit = (code: string) =>
    data.items.find((i) => i.unit.code === code)?.years.find((y) => y.year === year)
  type Row = Record<string, number | null | string>
  const indexRow: Row = { code: 'INDEX', label: t('columns.indexPct') }
  const rankRow: Row = { code: 'RANK', label: t('columns.rank') }
  for (const s of series) {
    indexRow[s.key] = byUnit(s.key)?.indexPct ?? null
    rankRow[s.key] = byUnit(s.key)?.rank ?? null
  }
  // Ranks are shown of their cohort's size ("15/34"): two units may be ranked in different cohorts.
  const cell = (r: Row, key: string) =>
    r.code === 'RANK'
      ? formatRank(r[key] as number | null, byUnit(key)?.total)
      : r.code === 'INDEX'
        ? formatIndex(r[key] as number | null, lang)
        : formatPoints(r[key] as number | null, lang)
  const rows: Row[] = [
    indexRow,
    rankRow,
    ...toCompareFieldRows(data, year).map((r) => ({ ...r, label: fieldName(r.code) })),
  ]
  const columns: Column<Row>[] = [
    { key: 'label', header: `${t('columns.field')} (${year})`, value: (r) => r.label ?? null },
    {
      key: reference.key,
      header: reference.label,
      value: (r) => (r[reference.key] as number | null) ?? null,
      render: (r) => cell(r, reference.key),
      numeric: true,
    },
    ...series.slice(1).map((s) => ({
      key: s.key,
      header: `${s.label} (${t('columns.difference')})`,
      value: (r: Row) => differenceFrom(r, reference.key, s.key),
      render: (r: Row) =>
        `${cell(r, s.key)} (${formatDelta(differenceFrom(r, reference.key, s.key), lang)})`,
      numeric: true,
    })),
  ]
  return (
    <>
      <h2 className="panel-title">{t('compare.differences')}</h2>
      <p className="chart-subtitle">{t('compare.differenceNote', { unit: reference.label })}</p>
      <DataTable
        caption={t('compare.differences')}
        captionHidden
        columns={columns}
        rows={rows}
        rowKey={(r) => String(r.code)}
        testId="compare-differences"
      />
      <CompareChanges changes={toCompareChanges(data, year)} />
    </>
  )
}

/** Each unit's change on the previous year, or why it has none (ADR 014). */
function CompareChanges({ changes }: { changes: CompareChangeRow[] }) {
  const { t } = useTranslation()
  const lang = useLang()
  const year = changes[0]?.year
  if (year === undefined) return null
  const columns: Column<CompareChangeRow>[] = [
    { key: 'unit', header: t('columns.unit'), value: (r) => r.name },
    {
      key: 'indexPct',
      header: t('columns.indexPct'),
      value: (r) => r.indexPct,
      render: (r) => formatIndex(r.indexPct, lang),
      numeric: true,
    },
    {
      key: 'rank',
      header: t('columns.rank'),
      value: (r) => r.rank,
      render: (r) => formatRank(r.rank, r.total),
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
    {
      key: 'notes',
      header: t('columns.flags'),
      wrap: true,
      value: (r) => predecessorsText(r.notComparable, lang, t, r.name),
    },
  ]
  const title = t('compare.changes', { year, previous: year - 1 })
  return (
    <>
      <h3 className="panel-title compare-changes-title">{title}</h3>
      <DataTable
        caption={title}
        captionHidden
        columns={columns}
        rows={changes}
        rowKey={(r) => r.code}
        testId="compare-changes"
      />
    </>
  )
}
