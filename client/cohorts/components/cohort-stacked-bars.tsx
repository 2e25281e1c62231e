// What the tasks and awards charts share: a cohort-year's units as stacked bars, drawn from its
// summary (a small cohort whole, a large one its two ends, the units searched for and the
// reader's unit). Each feature asks for its own summary and search and says how its rows order.
import type { ComponentProps } from 'react'
import { ChartFrame } from '#client/components/charts/chart-frame.tsx'
import {
  FocusedChart,
  useFocusNote,
  withFocusNote,
} from '#client/components/charts/focus-controls.tsx'
import { StackedBarChart } from '#client/components/charts/stacked-bar-chart.tsx'
import type { Column } from '#client/components/ui/data-table.tsx'
import type { CohortSelection } from '#client/lib/cohort-params.ts'
import { isFocusUnit, useFocusUnit } from '#client/lib/focus-unit.ts'
import { profileHref } from '#client/lib/profile-link.ts'
import { focusFromEnds, labelEnds, withFocusRow } from '#client/lib/focus-units-ends.ts'
import { formatNumber } from '#client/lib/format.ts'
import { useLang } from '#client/lib/use-lang.ts'
import { asFocus, type useCohortFocus } from './use-cohort-focus.ts'

type UnitRow = { code: string; name: string }
type Series = ComponentProps<typeof StackedBarChart>['series']

/**
 * The rows a cohort chart draws: the summary's ends (with the units found by the search) and the
 * reader's unit wherever it falls. The server gives no place in the order for a unit found in the
 * middle, so only `compare` orders them.
 */
export function useSummaryRows<R extends UnitRow>(input: {
  state: ReturnType<typeof useCohortFocus>
  head: R[]
  tail: R[]
  /** Units the search found (none while not searching). */
  found: R[]
  matched: number
  /** Units in the order (with data). */
  total: number
  /** The reader's unit, as the summary answers it beside the ends. */
  focusRow: R | undefined
  compare: (a: R, b: R) => number
}) {
  const { state, head, tail, found, matched, total, focusRow, compare } = input
  const order = { keyOf: (r: R) => r.code, placeOf: () => Number.NaN, compare }
  const result = withFocusRow(
    focusFromEnds<R>({
      head,
      tail,
      found,
      total,
      matches: found.length > 0 ? matched : 0,
      size: state.size,
      ...order,
    }),
    focusRow,
    order,
  )
  const note = useFocusNote(result, state.searched)
  return { result, focus: asFocus(state, result), note, drawn: labelEnds(result) }
}

type Props<R extends UnitRow> = {
  chartId: string
  title: string
  selection: CohortSelection
  source: ComponentProps<typeof ChartFrame>['source']
  series: Series
  /** The chart's table (what its CSV holds). */
  columns: Column<R>[]
  rows: ReturnType<typeof useSummaryRows<R>>
  /** The value axis, as the exported image names it. */
  valueLabel: string
  /** A figure past each bar's end (StackedBarChart's `endLabels`), by row. */
  endLabel?: (row: R) => string | null
}

/** A cohort-year's units as stacked bars in a chart frame, the reader's unit marked. */
export function CohortStackedBars<R extends UnitRow>(props: Props<R>) {
  const { chartId, title, selection, source, series, columns, rows, valueLabel, endLabel } = props
  const { code: focusCode } = useFocusUnit()
  const lang = useLang()
  const fmt = (v: number) => formatNumber(v, lang)
  return (
    <ChartFrame
      chartId={chartId}
      title={title}
      subtitle={withFocusNote(`${selection.label}, ${selection.year}`, rows.note)}
      cohortLabel={selection.label}
      fileCohort={selection.fileCohort}
      period={selection.year}
      source={source}
      legend={series.map((s) => ({ label: s.label, color: s.color, pattern: s.pattern }))}
      columns={columns}
      rows={rows.result.rows}
      rowKey={(r) => r.code}
      isFocusRow={(r) => isFocusUnit(r.code, focusCode)}
      focusName={(r) => r.name}
      exportContent={{ kind: 'rows', rows: rows.drawn.length }}
      render={(size) => (
        <FocusedChart focus={rows.focus} size={size}>
          <StackedBarChart
            rows={rows.drawn}
            series={series}
            size={size}
            formatValue={fmt}
            valueLabel={valueLabel}
            focusCode={focusCode}
            endLabels={endLabel && rows.drawn.map(endLabel)}
            // The drawn rows' names carry their place and ★; a link is named by the unit's alone.
            links={rows.result.rows.map((r) => ({
              href: profileHref(r.code, selection.year),
              name: r.name,
            }))}
          />
        </FocusedChart>
      )}
    />
  )
}
