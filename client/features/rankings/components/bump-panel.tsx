import { useSuspenseQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { ChartFrame } from '#client/components/charts/chart-frame.tsx'
import {
  FocusedChart,
  useFocus,
  useFocusNote,
  withFocusNote,
} from '#client/components/charts/focus-controls.tsx'
import { categoricalColor } from '#client/components/charts/palette.ts'
import type { Column } from '#client/components/ui/data-table.tsx'
import { cohortParams, type CohortSelection } from '#client/lib/cohort-params.ts'
import { FOCUS_THRESHOLD } from '#client/lib/focus-units.ts'
import { formatNumber, formatRank } from '#client/lib/format.ts'
import { useLang } from '#client/lib/use-lang.ts'
import { rankingQueries } from '../api/rankings.queries.ts'
import { logRankAxis, sizeBreaks, toBumpSeries } from '../utils/to-bump-series.ts'
import { BumpChart, type BumpStyle } from './bump-chart.tsx'

const DASHES = [undefined, '8 4', '2 3'] as const

/**
 * Rankings page: rank movements of every unit over the cohort's years (a bump chart). A large
 * cohort draws its top and bottom units (by the latest rank) and the ones searched for, on a
 * rank axis logarithmic from both ends; the table keeps every unit.
 */
export function BumpPanel({ selection }: { selection: CohortSelection }) {
  const { t } = useTranslation()
  const lang = useLang()
  // One compact history (a small array of ranks a unit) rather than a full ranking a year:
  // a national cohort's ranking is about 3 MB of JSON, and the chart needs only the ranks.
  const { data: history } = useSuspenseQuery(rankingQueries.history(cohortParams(selection)))
  const series = toBumpSeries(history)
  const large = series.units.length > FOCUS_THRESHOLD
  // Units gone by the latest year have no latest rank: they are neither top nor bottom.
  const focus = useFocus(large ? series.units.filter((u) => u.lastRank !== null) : series.units)
  const note = useFocusNote(focus.result)
  const drawn = large ? focus.result.rows : series.units.map((u) => ({ ...u, highlighted: false }))
  // 8 colours × 3 dash styles: lines stay distinct without relying on colour alone.
  const styles: BumpStyle[] = drawn.map((u, i) => ({
    code: u.code,
    name: u.name,
    color: categoricalColor(i),
    dash: DASHES[Math.floor(i / 8) % DASHES.length],
    highlighted: u.highlighted,
  }))
  const axis = large
    ? logRankAxis(
        series,
        styles.map((s) => s.code),
      )
    : undefined
  const breaks = sizeBreaks(history).map((b) => ({
    year: b.year,
    label: t('rankings.sizeBreak', {
      from: formatNumber(b.from, lang),
      to: formatNumber(b.to, lang),
    }),
  }))
  type Row = (typeof series.units)[number]
  const columns: Column<Row>[] = [
    { key: 'unit', header: t('columns.unit'), value: (u) => u.name },
    ...series.rows.map((row, i) => ({
      key: String(row.year),
      header: String(row.year),
      value: (u: Row) => row[u.code] ?? null,
      render: (u: Row) => formatRank(row[u.code], history.totals[i]),
      numeric: true,
    })),
  ]
  const first = history.years[0]
  const period =
    first !== undefined && first !== selection.year ? `${first}-${selection.year}` : selection.year
  return (
    <>
      <ChartFrame
        chartId="rank-movements"
        title={t('rankings.bumpChart')}
        subtitle={withFocusNote(`${selection.label}, ${first ?? ''}–${selection.year}`, note)}
        cohortLabel={selection.label}
        fileCohort={selection.fileCohort}
        period={period}
        legend={styles.map((s) => ({ label: s.name, color: s.color, shape: 'line', dash: s.dash }))}
        columns={columns}
        rows={series.units}
        rowKey={(u) => u.code}
        render={(size) => (
          <FocusedChart
            focus={focus}
            size={size}
            placeLabel="rank"
            placeOf={(u) => u.lastRank ?? u.position}
            rankTotal={history.totals[history.totals.length - 1]}
          >
            <BumpChart
              series={series}
              styles={styles}
              size={size}
              axis={axis}
              breaks={breaks}
              formatRank={(r) => formatNumber(r, lang)}
            />
          </FocusedChart>
        )}
      />
      {breaks.length > 0 && <p className="chart-note">{t('rankings.sizeBreakNote')}</p>}
    </>
  )
}
