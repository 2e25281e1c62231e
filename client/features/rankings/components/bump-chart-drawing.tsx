import { useId, useState } from 'react'
import { CartesianGrid, LabelList, Line, LineChart, ReferenceLine, XAxis, YAxis } from 'recharts'
import { chartFont, chartSizeProps, sideAxisTitle } from '#client/components/charts/chart-size.ts'
import { markFocus } from '#client/components/charts/focus-mark.tsx'
import { GRID, INK, MUTED } from '#client/lib/palette.ts'
import type { ChartSize } from '#client/lib/export-chart.ts'
import { splitAtBreaks, type BumpSeries, type RankAxis } from '../utils/to-bump-series.ts'
import { bumpChartRows, type BumpStyle } from './bump-chart.tsx'

export type BumpChartProps = {
  series: BumpSeries
  styles: BumpStyle[]
  size?: ChartSize
  /** A large cohort's rank axis, logarithmic from both ends. */
  axis?: RankAxis
  formatRank?: (rank: number) => string
  /** Years whose ranks are not joined to the year before's (the cohort's size changed), labelled. */
  breaks?: { year: number; label: string }[]
  /** The rank axis's title ("Hạng"). */
  rankLabel?: string
}

/** How much of a line is left while another line is picked out. */
const FADED_OPACITY = 0.18

/**
 * The fading of every line but one, as style rules: while line `index` is picked (a click) or
 * under the pointer. Left to CSS rather than to React state, so hovering redraws nothing
 * (a redraw between press and release would swallow the click).
 */
function fadeRules(scope: string, count: number, picked: number): string {
  const rules: string[] = []
  for (let i = 0; i < count; i += 1) {
    const others = (when: string) =>
      `${when} .bump-line:not(.bump-line-${i}), ${when} .bump-label:not(.bump-label-${i})`
    const hover = `.${scope}:has(.bump-line-${i}:hover, .bump-label-${i}:hover)`
    rules.push(`${others(hover)} { opacity: ${FADED_OPACITY}; }`)
    if (i === picked) rules.push(`${others(`.${scope}`)} { opacity: ${FADED_OPACITY}; }`)
  }
  return rules.join('\n')
}

const BREAK_COLOR = '#B45309'

/** BumpChart's drawing (recharts), loaded when the chart is first drawn (bump-chart.tsx). */
export function BumpChartDrawing({
  series,
  styles,
  size,
  axis,
  formatRank = String,
  breaks = [],
  rankLabel,
}: BumpChartProps) {
  const font = chartFont(size)
  const [picked, setPicked] = useState<string | null>(null)
  // An export draws the lines as they are, without a reader's choice.
  const active = size ? null : picked
  const pick = (code: string) => setPicked((current) => (current === code ? null : code))
  const split = splitAtBreaks(
    axis?.rows ?? series.rows,
    styles.map((s) => s.code),
    breaks.map((b) => b.year),
  )
  const rows = split.rows
  const { max, dense, liveHeight } = bumpChartRows(series, axis, size)
  const lastIndex = rows.length - 1
  const rankAt = new Map(axis?.ticks.map((t) => [t.position, t.rank]))
  const step = max > 50 ? 10 : 5
  const ticks = axis
    ? axis.ticks.map((t) => t.position)
    : dense
      ? [
          1,
          ...Array.from({ length: Math.floor((max - 1) / step) }, (_, i) => (i + 1) * step).filter(
            (r) => r < max - step / 2,
          ),
          max,
        ]
      : Array.from({ length: max }, (_, i) => i + 1)
  // Many lines end close together on a large cohort: the legend names them, the line ends
  // name only the units searched for.
  const labelled = (s: BumpStyle) => !axis || s.highlighted || s.focused || s.code === active
  const activeIndex = styles.findIndex((s) => s.code === active)
  const scope = `bump-${useId().replace(/[^a-zA-Z0-9]/g, '')}`
  const weight = (s: BumpStyle) =>
    (size ? 3.5 : 2) * (s.focused ? 2.5 : s.highlighted || s.code === active ? 2 : 1)
  const axisWidth = axis ? (size ? 90 : 52) : size ? 44 : 28
  const titleRoom = rankLabel ? Math.ceil(font.tick * 1.6) : 0
  const chart = (
    <LineChart
      {...chartSizeProps(size, liveHeight)}
      data={rows}
      margin={{
        // Room above the plot for the label of a break.
        top: breaks.length > 0 ? (size ? 44 : 30) : 12,
        right: size ? 260 : axis && !styles.some((s) => s.highlighted) ? 24 : 150,
        bottom: 4,
        left: 4,
      }}
    >
      <CartesianGrid vertical={false} stroke={GRID} />
      <XAxis
        dataKey="year"
        type="category"
        tick={{ fontSize: font.tick, fill: MUTED }}
        padding={{ left: size ? 36 : 16, right: 16 }}
      />
      <YAxis
        type="number"
        reversed
        domain={axis ? [0, max] : [1, max]}
        // The last rank's point and name clear of the year axis's line.
        padding={{ top: size ? 12 : 8, bottom: size ? 18 : 12 }}
        ticks={ticks}
        interval={0}
        width={axisWidth + titleRoom}
        tick={{ fontSize: font.tick, fill: MUTED }}
        {...sideAxisTitle(rankLabel, font, 'left')}
        tickFormatter={(v: number) => (axis ? formatRank(rankAt.get(v) ?? v) : String(v))}
        allowDecimals={false}
      />
      {axis && <ReferenceLine y={axis.middle} stroke={MUTED} strokeDasharray="2 4" />}
      {breaks.map((b) => (
        <ReferenceLine
          key={b.year}
          x={b.year}
          stroke={BREAK_COLOR}
          strokeWidth={size ? 4 : 2}
          strokeDasharray="4 3"
          label={{
            value: b.label,
            position: 'top',
            offset: 12,
            fill: BREAK_COLOR,
            fontSize: font.tick,
            fontWeight: 700,
          }}
        />
      ))}
      {styles.flatMap((s) =>
        (split.keys.get(s.code) ?? [s.code]).map((key, k, keys) => (
          <Line
            key={key}
            dataKey={key}
            name={s.name}
            stroke={s.color}
            strokeDasharray={s.dash}
            strokeWidth={weight(s)}
            dot={{
              r: (size ? 5 : 3) * (s.focused ? 1.6 : 1),
              // The reader's unit in its legend's colour, its marks larger.
              fill: s.color,
              strokeWidth: 0,
            }}
            activeDot={false}
            connectNulls={false}
            isAnimationActive={false}
            className={`bump-line bump-line-${styles.indexOf(s)}`}
            onClick={size ? undefined : () => pick(s.code)}
          >
            <LabelList
              dataKey={key}
              content={(props) => {
                const { x, y, index, value } = props as {
                  x: number
                  y: number
                  index: number
                  value: unknown
                }
                // A unit gone by the last year has no point there: no name floating at the top.
                if (
                  value === null ||
                  value === undefined ||
                  k !== keys.length - 1 ||
                  index !== lastIndex ||
                  y === undefined ||
                  y === null ||
                  !labelled(s)
                )
                  return null
                const strong = s.highlighted || s.focused || s.code === active
                return (
                  <text
                    x={Number(x) + 10}
                    y={Number(y)}
                    dominantBaseline="central"
                    fontSize={font.label}
                    fill={INK}
                    className={`bump-label bump-label-${styles.indexOf(s)}`}
                    fontWeight={strong ? 700 : undefined}
                    data-focus-unit={s.focused ? 'true' : undefined}
                    data-line-label={s.code}
                    style={size ? undefined : { cursor: 'pointer' }}
                    onClick={size ? undefined : () => pick(s.code)}
                  >
                    {markFocus(s.highlighted ? `★ ${s.name}` : s.name, s.focused ?? false)}
                  </text>
                )
              }}
            />
          </Line>
        )),
      )}
    </LineChart>
  )
  if (size) return chart
  return (
    <div className={scope} data-active-line={active ?? undefined}>
      <style>{fadeRules(scope, styles.length, activeIndex)}</style>
      {chart}
    </div>
  )
}
