import { useSuspenseQuery } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import type { NotComparable } from '#shared/dto/ranking.ts'
import { useTranslation } from 'react-i18next'
import { ChartFrame } from '#client/components/charts/chart-frame.tsx'
import { useRunningHeaderPart } from '#client/lib/running-header.ts'
import { GroupedBarChart } from '#client/components/charts/grouped-bar-chart.tsx'
import { MultiLineChart } from '#client/components/charts/multi-line-chart.tsx'
import { categoricalColor } from '#client/lib/palette.ts'
import { DataTable, type Column } from '#client/components/ui/data-table.tsx'
import { NotComparableNote } from '#client/components/ui/change-cells.tsx'
import {
  formatIndex,
  formatIndexPercent,
  formatMaxPoints,
  formatPoints,
  formatRank,
  formatTick,
  formatYearSpan,
  listText,
} from '#client/lib/format.ts'
import { predecessorsText, yearWithheldText } from '#client/lib/not-comparable.ts'
import { useLang } from '#client/lib/use-lang.ts'
import { knownFieldName } from '#shared/domain/kpi-fields.ts'
import { compareQueries } from '../api/compare.queries.ts'
import {
  commonBreaks,
  lineBreaks,
  toCompareChanges,
  toCompareYearRows,
  toCompareYearSegments,
  type CompareChangeRow,
} from '../utils/to-compare-series.ts'
import {
  rankGap,
  resultIn,
  shareGap,
  toCompareShareRows,
  toShareChartRow,
  type ShareCell,
} from '../utils/to-compare-shares.ts'
import { DirectionText } from './direction-text.tsx'

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
  const fieldName = (code: string) => knownFieldName(code, lang) ?? code
  return { data, series, fieldName, lang }
}

/** "82,23 % (18,09/22)": the share compared, with the points and maximum it comes from. */
function shareText(cell: ShareCell | null | undefined, lang: ReturnType<typeof useLang>, t: TFn) {
  if (!cell) return '–'
  return t('comparing.shareCell', {
    share: formatIndexPercent(cell.sharePct, lang),
    points: formatPoints(cell.points, lang),
    max: formatMaxPoints(cell.maxPoints, lang),
  })
}

type TFn = ReturnType<typeof useTranslation>['t']

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
  return (
    <ChartFrame
      chartId="compare-fields"
      title={t('comparing.byFieldShare', { year })}
      subtitle={`${names} — ${t('comparing.byFieldNote')}`}
      cohortLabel={names}
      fileCohort="compare"
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
function breakName(reason: NotComparable['reason'], t: TFn): string {
  if (reason === 'SCHEME') return t('profile.schemeChanged')
  if (reason === 'COHORT') return t('profile.cohortChanged')
  if (reason === 'LINEAGE') return t('profile.reorganised')
  return t(`change.reason.${reason}`)
}

/**
 * Differences from the first unit in the year compared: the index in its points, said as the
 * change below it is ("cao hơn 14,38 điểm"), fields as shares of each unit's maximum ("cao hơn
 * 3,43 điểm %"); ranks only between units of one cohort.
 */
export function CompareDifferencesPanel({ units, year }: { units: string[]; year: number }) {
  const { t } = useTranslation()
  const { data, series, fieldName, lang } = useComparison(units)
  const reference = series[0]
  if (!reference) return null
  const resultOf = (code: string) => resultIn(data, code, year)
  const referenceResult = resultOf(reference.key)
  const shareRows = toCompareShareRows(data, year)
  type Row = {
    code: string
    label: string
    /** The unit's value (a share, an index or a rank) and its text. */
    value: (unit: string) => number | null
    text: (unit: string) => string
    gap: (unit: string) => ReactNode
  }
  const indexGap = (unit: string) => {
    const gap = shareGap(referenceResult?.indexPct ?? null, resultOf(unit)?.indexPct ?? null)
    return gap === null ? null : <DirectionText value={gap} kind="indexGap" />
  }
  const rows: Row[] = [
    {
      code: 'INDEX',
      label: t('columns.indexPct'),
      value: (u) => resultOf(u)?.indexPct ?? null,
      text: (u) => formatIndex(resultOf(u)?.indexPct, lang),
      gap: indexGap,
    },
    {
      code: 'RANK',
      label: t('columns.rank'),
      value: (u) => resultOf(u)?.rank ?? null,
      // Ranks are shown of their cohort's size ("15/34"): units may be ranked in different cohorts.
      text: (u) => {
        const r = resultOf(u)
        return r ? formatRank(r.rank, r.total) : '–'
      },
      gap: (u) => {
        const other = resultOf(u)
        if (!referenceResult || !other) return null
        const gap = rankGap(referenceResult, other)
        return gap === null ? (
          <span className="compare-muted">{t('comparing.otherCohort')}</span>
        ) : (
          <DirectionText value={gap} kind="rankGap" />
        )
      },
    },
    ...shareRows.map((r) => ({
      code: r.code,
      label: fieldName(r.code),
      value: (u: string) => r.cells[u]?.sharePct ?? null,
      text: (u: string) => shareText(r.cells[u], lang, t),
      gap: (u: string) => {
        const gap = shareGap(r.cells[reference.key]?.sharePct ?? null, r.cells[u]?.sharePct ?? null)
        return gap === null ? null : <DirectionText value={gap} kind="shareGap" />
      },
    })),
  ]
  const columns: Column<Row>[] = [
    {
      key: 'label',
      header: `${t('columns.field')} (${year})`,
      value: (r) => r.label,
      sticky: true,
    },
    {
      key: reference.key,
      header: reference.label,
      value: (r) => r.value(reference.key),
      render: (r) => r.text(reference.key),
      numeric: true,
    },
    ...series.slice(1).map((s) => ({
      key: s.key,
      header: `${s.label} (${t('columns.difference')})`,
      value: (r: Row) => r.value(s.key),
      render: (r: Row) => {
        const gap = r.gap(s.key)
        return (
          <span className="compare-gap">
            {r.text(s.key)}
            {gap && <> · {gap}</>}
          </span>
        )
      },
      numeric: true,
      wrap: true,
    })),
  ]
  const title = t('comparing.differences', { year })
  return (
    <>
      <h2 className="panel-title">{title}</h2>
      <p className="chart-subtitle">{t('comparing.differenceNote', { unit: reference.label })}</p>
      <DataTable
        caption={title}
        captionHidden
        columns={columns}
        rows={rows}
        rowKey={(r) => r.code}
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
    { key: 'unit', header: t('columns.unit'), value: (r) => r.name, sticky: true },
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
      csvAsShown: true,
      render: (r) => formatRank(r.rank, r.total),
      numeric: true,
    },
    {
      key: 'delta',
      header: t('comparing.changeIndex', { previous: year - 1 }),
      value: (r) => r.deltaPct,
      render: (r) => <ChangeWords value={r.deltaPct} kind="indexChange" row={r} />,
      numeric: true,
      wrap: true,
    },
    {
      key: 'rankChange',
      header: t('comparing.changeRank', { previous: year - 1 }),
      value: (r) => r.rankChange,
      render: (r) => <ChangeWords value={r.rankChange} kind="rankChange" row={r} />,
      numeric: true,
      wrap: true,
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

/** A change in words ("tăng 8 hạng"), or why it is withheld (ADR 014), or a dash without a previous year. */
function ChangeWords({
  value,
  kind,
  row,
}: {
  value: number | null
  kind: 'indexChange' | 'rankChange'
  row: CompareChangeRow
}) {
  if (value !== null) return <DirectionText value={value} kind={kind} />
  if (row.notComparable) return <NotComparableNote notComparable={row.notComparable} />
  return <>–</>
}
