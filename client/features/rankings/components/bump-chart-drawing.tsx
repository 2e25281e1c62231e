// The rank history's drawing in recharts: one line per unit (per stretch, where breaks split the
// years), the rank axis, the breaks, and the names at the lines' ends; loaded on demand
// (bump-chart.tsx).
import { useId, useRef, useState } from 'react'
import { CartesianGrid, Line, LineChart, ReferenceLine, XAxis, YAxis } from 'recharts'
import { BreakLines, breakRoom } from '#client/components/charts/break-lines.tsx'
import { useElementWidth } from '#client/components/charts/svg/use-element-width.ts'
import { chartFont, chartSizeProps, sideAxisTitle } from '#client/components/charts/chart-size.ts'
import { GRID, MUTED } from '#client/lib/palette.ts'
import type { StandingLabels } from '#client/lib/rank-standing.ts'
import type { ChartSize } from '#client/lib/export-chart.ts'
import { splitAtBreaks, type BumpSeries, type RankAxis } from '../utils/to-bump-series.ts'
import { breakGaps, X_KEY } from '../utils/bump-gaps.ts'
import { bumpChartRows, type BumpStyle } from './bump-chart.tsx'
import { fadeRules, QUIET_OPACITY } from './bump-line-fading.ts'
import { LineEndNames } from './bump-line-end-names.tsx'
import { lineName, lineNameRoom, type LineEnd } from './bump-line-names.ts'
import { bumpRankAxis } from './bump-rank-axis.ts'

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
  /**
   * Given when the years' cohorts differ in size and the series is drawn at each rank's place
   * in its cohort (standingSeries): the axis marks first, middle and last instead of ranks.
   */
  standingLabels?: StandingLabels
}

/** BumpChart's drawing (recharts), loaded when the chart is first drawn (bump-chart.tsx). */
export function BumpChartDrawing({
  series,
  styles,
  size,
  axis,
  formatRank = String,
  breaks = [],
  rankLabel,
  standingLabels,
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
  const { max, dense, liveHeight } = bumpChartRows(series, axis, size, Boolean(standingLabels))
  const lastIndex = rows.length - 1
  const rankAxis = bumpRankAxis({
    axis,
    standingLabels,
    max,
    dense,
    font,
    image: Boolean(size),
    rankLabel,
    formatRank,
  })
  // Many lines end close together on a large cohort: the legend names them, the line ends
  // name only the units searched for.
  const labelled = (s: BumpStyle) => !axis || s.highlighted || s.focused || s.code === active
  const activeIndex = styles.findIndex((s) => s.code === active)
  const scope = `bump-${useId().replace(/[^a-zA-Z0-9]/g, '')}`
  const weight = (s: BumpStyle) =>
    (size ? 3.5 : 2) * (s.focused ? 2.5 : s.highlighted || s.code === active ? 2 : 1)
  const dotRadius = size ? 5 : 3
  const strong = (s: BumpStyle) => Boolean(s.highlighted || s.focused || s.code === active)
  // With the reader's unit drawn, the other lines step back (a line picked or searched for stays).
  const hasFocus = styles.some((s) => s.focused)
  const quiet = (s: BumpStyle) => hasFocus && !strong(s)
  // Room right of the plot for the longest name and a leader line: an export is set in Inter, the
  // page in the device's face (a line picked on the page is not counted, so a click moves nothing).
  const nameRoom = (s: BumpStyle) => lineNameRoom(s, font.label, Boolean(size))
  const namesRoom = Math.ceil(
    Math.max(0, ...styles.filter((s) => !axis || s.highlighted || s.focused).map(nameRoom)),
  )
  const rightMargin = Math.max(
    size ? 260 : axis && !styles.some((s) => s.highlighted) ? 24 : 150,
    namesRoom,
  )
  // A break's gap holds the names of the stretch before it, where it has room (stretchEnds).
  const box = useRef<HTMLDivElement>(null)
  const measured = useElementWidth(box, !size && breaks.length > 0)
  const gaps = breakGaps({
    rows,
    breaks,
    keys: split.keys,
    styles: styles.filter(labelled),
    width: size?.width ?? measured,
    plotWidth: (size?.width ?? measured) - 4 - rightMargin - rankAxis.width - rankAxis.titleRoom,
    padLeft: size ? 36 : 16,
    padRight: 16,
    clear: font.label,
    nameWidth: nameRoom,
  })
  const lineEnd = (s: BumpStyle, row: (typeof rows)[number] | undefined, key: string) => {
    const value = row?.[key]
    if (!row || typeof value !== 'number' || !labelled(s)) return []
    return [
      {
        code: s.code,
        index: styles.indexOf(s),
        year: gaps ? row[X_KEY] : row.year,
        value,
        text: lineName(s),
        strong: strong(s),
        focused: Boolean(s.focused),
        quiet: quiet(s),
        radius: dotRadius * (s.focused ? 1.6 : 1),
      },
    ]
  }
  const stretchEnds = (gaps?.stretches ?? []).map(({ row, stretch }) =>
    styles.flatMap((s) =>
      lineEnd(s, gaps?.rows[row], (split.keys.get(s.code) ?? [s.code])[stretch] ?? s.code),
    ),
  )
  // The names at the last year, on the last stretch of each line (a unit gone by then has none).
  const ends: LineEnd[] = styles.flatMap((s) =>
    lineEnd(
      s,
      (gaps?.rows ?? rows)[lastIndex],
      (split.keys.get(s.code) ?? [s.code]).at(-1) ?? s.code,
    ),
  )
  // The page waits for its width before drawing a broken history: the gaps are laid out in px.
  const waiting = !size && breaks.length > 0 && measured <= 0
  const chart = (
    <LineChart
      {...(size || breaks.length === 0
        ? chartSizeProps(size, liveHeight)
        : { width: measured, height: liveHeight })}
      data={gaps?.rows ?? rows}
      margin={{
        // Room above the plot for the label of a break.
        top: breaks.length > 0 ? breakRoom(Boolean(size)) : 12,
        right: rightMargin,
        bottom: 4,
        left: 4,
      }}
    >
      <CartesianGrid vertical={false} stroke={GRID} />
      {gaps ? (
        // Years placed by the gaps' layout: a plot's px from its left edge.
        <XAxis
          dataKey={X_KEY}
          type="number"
          domain={[0, gaps.plotWidth]}
          allowDataOverflow
          ticks={gaps.xs}
          tickFormatter={(x: number) => String(gaps.yearAt.get(x) ?? '')}
          tick={{ fontSize: font.tick, fill: MUTED }}
        />
      ) : (
        <XAxis
          dataKey="year"
          type="category"
          tick={{ fontSize: font.tick, fill: MUTED }}
          padding={{ left: size ? 36 : 16, right: 16 }}
        />
      )}
      <YAxis
        type="number"
        reversed
        domain={axis ? [0, max] : [1, max]}
        // The last rank's point and name clear of the year axis's line.
        padding={{ top: size ? 12 : 8, bottom: size ? 18 : 12 }}
        ticks={rankAxis.ticks}
        interval={0}
        width={rankAxis.width + rankAxis.titleRoom}
        tick={{ fontSize: font.tick, fill: MUTED }}
        {...sideAxisTitle(standingLabels?.axis ?? rankLabel, font, 'left')}
        tickFormatter={(v: number) => rankAxis.label(v)}
        allowDecimals={false}
      />
      {axis && <ReferenceLine y={axis.middle} stroke={MUTED} strokeDasharray="2 4" />}
      {/* Between the two years it separates: the ranks either side belong to cohorts of other
          sizes, and a line through the later year's points would seem to hold them. */}
      {/* At the x the gaps' layout gives: right of the names a gap holds. */}
      <BreakLines
        breaks={gaps?.breaks ?? []}
        xOf={(b, scale) => scale(b.x)}
        font={font.tick}
        image={Boolean(size)}
        className="bump-breaks"
      />
      {styles.flatMap((s) =>
        (split.keys.get(s.code) ?? [s.code]).map((key) => (
          <Line
            key={key}
            dataKey={key}
            name={s.name}
            stroke={s.color}
            strokeDasharray={s.dash}
            strokeWidth={weight(s)}
            strokeOpacity={quiet(s) ? QUIET_OPACITY : undefined}
            dot={{
              r: dotRadius * (s.focused ? 1.6 : 1),
              // The reader's unit in its legend's colour, its marks larger.
              fill: s.color,
              fillOpacity: quiet(s) ? QUIET_OPACITY : 1,
              strokeWidth: 0,
            }}
            activeDot={false}
            connectNulls={false}
            isAnimationActive={false}
            className={`bump-line bump-line-${styles.indexOf(s)}`}
            onClick={size ? undefined : () => pick(s.code)}
          />
        )),
      )}
      <LineEndNames ends={ends} font={font.label} onPick={size ? undefined : pick} />
      {stretchEnds.map((named, i) => (
        <LineEndNames
          key={i}
          ends={named}
          font={font.label}
          onPick={size ? undefined : pick}
          stretch
        />
      ))}
    </LineChart>
  )
  if (size) return chart
  return (
    <div className={scope} data-active-line={active ?? undefined} ref={box}>
      <style>{fadeRules(scope, styles.length, activeIndex)}</style>
      {waiting ? <div style={{ height: liveHeight }} /> : chart}
    </div>
  )
}
