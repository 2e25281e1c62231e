import { useId, useRef, useState } from 'react'
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  usePlotArea,
  useXAxisScale,
  useYAxisScale,
  XAxis,
  YAxis,
} from 'recharts'
import { BreakLines, breakRoom } from '#client/components/charts/break-lines.tsx'
import { useElementWidth } from '#client/components/charts/svg/use-element-width.ts'
import { chartTextWidth } from '#client/components/charts/category-axis.ts'
import { chartFont, chartSizeProps, sideAxisTitle } from '#client/components/charts/chart-size.ts'
import { markFocus } from '#client/components/charts/focus-mark.tsx'
import { spreadLabels } from '#client/components/charts/spread-labels.ts'
import { GRID, INK, MUTED } from '#client/lib/palette.ts'
import type { StandingLabels } from '#client/lib/rank-standing.ts'
import type { ChartSize } from '#client/lib/export-chart.ts'
import { splitAtBreaks, type BumpSeries, type RankAxis } from '../utils/to-bump-series.ts'
import { breakGaps, X_KEY } from '../utils/bump-gaps.ts'
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
  /**
   * Given when the years' cohorts differ in size and the series is drawn at each rank's place
   * in its cohort (standingSeries): the axis marks first, middle and last instead of ranks.
   */
  standingLabels?: StandingLabels
}

/** How much of a line is left while another line is picked out. */
const FADED_OPACITY = 0.18
/**
 * How much of the other lines is left beside the reader's unit: enough to read the field it
 * moved through, little enough that its own line is the story (in the page and the image).
 */
const QUIET_OPACITY = 0.5

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
    // The line itself at full strength, though it was drawn quietly beside the reader's unit.
    const itself = (when: string) =>
      `${when} .bump-line-${i} path, ${when} .bump-line-${i} circle, ${when} line.bump-label-${i}`
    const hover = `.${scope}:has(.bump-line-${i}:hover, .bump-label-${i}:hover)`
    rules.push(`${others(hover)} { opacity: ${FADED_OPACITY}; }`)
    rules.push(`${itself(hover)} { stroke-opacity: 1; fill-opacity: 1; }`)
    rules.push(`${hover} text.bump-label-${i} { fill: ${INK}; }`)
    if (i === picked) rules.push(`${others(`.${scope}`)} { opacity: ${FADED_OPACITY}; }`)
  }
  return rules.join('\n')
}

/** A name at a line's end: the line's point in the last year (or before a break) and what to write. */
type LineEnd = {
  code: string
  index: number
  /** The point's place on the year axis (its year, or its x where breaks widen their gaps). */
  year: unknown
  value: number
  text: string
  strong: boolean
  focused: boolean
  /** Another unit's, drawn quietly beside the reader's unit. */
  quiet?: boolean
  /** The point's dot, where the leader line starts. */
  radius: number
}

/** Names a line apart, in ems of their type. */
const NAME_PITCH_EMS = 1.15
/** The least the names' type shrinks to make room (of the chart's label size). */
const MIN_NAME_SCALE = 0.85

/**
 * The names a plot holds (`room` of them), in the order given: all when they fit; else the
 * reader's and the strong ones first, then the ends of the order down the plot (top and bottom
 * alternately), which is what a reader of a rank chart looks for.
 */
export function namesThatFit<T extends { y: number; strong: boolean; focused: boolean }>(
  points: readonly T[],
  room: number,
): T[] {
  if (points.length <= room) return [...points]
  const down = [...points].sort((a, b) => a.y - b.y)
  const kept = new Set<T>(down.filter((p) => p.focused || p.strong).slice(0, room))
  for (let top = 0, bottom = down.length - 1; kept.size < room && top <= bottom;) {
    kept.add(down[top++] as T)
    if (kept.size < room && top <= bottom) kept.add(down[bottom--] as T)
  }
  return points.filter((p) => kept.has(p))
}
/** From a point to its name: the dot's room, then the leader's run where names were moved. */
const NAME_OFFSET = 10
const LEADER_EMS = 1.3

/**
 * The names at the lines' ends, spread down the plot so none overprints another (ranks 1 to 4
 * of 63 are a few pixels apart), each joined to its point by a leader line where it had to move.
 * Drawn on recharts' own scales, read through its hooks, so the names sit where the points are.
 */
function LineEndNames({
  ends,
  font,
  onPick,
  stretch = false,
}: {
  ends: readonly LineEnd[]
  font: number
  onPick?: (code: string) => void
  /** The names of a stretch that ends at a break, in its gap (not the last year's). */
  stretch?: boolean
}) {
  const xScale = useXAxisScale()
  const yScale = useYAxisScale()
  const plot = usePlotArea()
  if (!xScale || !yScale || !plot) return null
  const points = ends.flatMap((end) => {
    const x = xScale(end.year, { position: 'middle' })
    const y = yScale(end.value)
    return x === undefined || y === undefined ? [] : [{ ...end, x, y }]
  })
  // More names than the plot holds a line apart: smaller type first, down to a floor; then only
  // the names that matter most (the reader's, the ends of the order), the legend naming the rest.
  const fit =
    points.length > 1 ? (plot.height - font) / ((points.length - 1) * NAME_PITCH_EMS) : font
  const size = Math.min(font, Math.max(font * MIN_NAME_SCALE, fit))
  const pitch = size * NAME_PITCH_EMS
  const named = namesThatFit(points, Math.floor((plot.height - size) / pitch) + 1)
  const ys = spreadLabels(
    named.map((p) => p.y),
    pitch,
    plot.y + size / 2,
    plot.y + plot.height - size / 2,
  )
  const moved = named.some((p, i) => Math.abs((ys[i] ?? p.y) - p.y) > 0.5)
  const run = moved ? NAME_OFFSET + size * LEADER_EMS : NAME_OFFSET
  return (
    <g className={stretch ? 'bump-stretch-ends' : 'bump-line-ends'}>
      {named.map((p, i) => {
        const y = ys[i] ?? p.y
        const className = `bump-label bump-label-${p.index}`
        return (
          <g key={p.code}>
            {Math.abs(y - p.y) > 0.5 && (
              <line
                className={className}
                x1={p.x + p.radius + 2}
                y1={p.y}
                x2={p.x + run - 3}
                y2={y}
                stroke={MUTED}
                strokeWidth={Math.max(1, size / 14)}
                strokeOpacity={p.quiet ? QUIET_OPACITY : undefined}
              />
            )}
            <text
              x={p.x + run}
              y={y}
              dominantBaseline="central"
              fontSize={size}
              // A quiet name in the axes' grey, not faded ink: it stays legible (4.8:1).
              fill={p.quiet ? MUTED : INK}
              className={className}
              fontWeight={p.strong ? 700 : undefined}
              // The reader's unit is marked once, at its line's end.
              data-focus-unit={p.focused && !stretch ? 'true' : undefined}
              data-line-label={stretch ? undefined : p.code}
              data-stretch-label={stretch ? p.code : undefined}
              style={onPick ? { cursor: 'pointer' } : undefined}
              onClick={onPick ? () => onPick(p.code) : undefined}
            >
              {p.text}
            </text>
          </g>
        )
      })}
    </g>
  )
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
  const rankAt = new Map(axis?.ticks.map((t) => [t.position, t.rank]))
  const step = max > 50 ? 10 : 5
  const standingMarks = new Map(
    standingLabels
      ? [
          [1, standingLabels.first],
          [(1 + max) / 2, standingLabels.middle],
          [max, standingLabels.last],
        ]
      : [],
  )
  const ticks = axis
    ? axis.ticks.map((t) => t.position)
    : standingLabels
      ? [...standingMarks.keys()]
      : dense
        ? [
            1,
            ...Array.from(
              { length: Math.floor((max - 1) / step) },
              (_, i) => (i + 1) * step,
            ).filter((r) => r < max - step / 2),
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
  // Words on a place axis ("Cuối bảng") are wider than a rank: measured, with a tick's room.
  const standingWidth = Math.ceil(
    Math.max(
      0,
      ...[...standingMarks.values()].map((l) =>
        chartTextWidth(l, font.tick, { image: Boolean(size) }),
      ),
    ),
  )
  const axisWidth = axis
    ? size
      ? 90
      : 52
    : standingLabels
      ? standingWidth + (size ? 16 : 10)
      : size
        ? 44
        : 28
  const titleRoom = rankLabel ? Math.ceil(font.tick * 1.6) : 0
  const dotRadius = size ? 5 : 3
  const nameOf = (s: BumpStyle) =>
    markFocus(s.highlighted ? `★ ${s.name}` : s.name, s.focused ?? false)
  const strong = (s: BumpStyle) => Boolean(s.highlighted || s.focused || s.code === active)
  // With the reader's unit drawn, the other lines step back (a line picked or searched for stays).
  const hasFocus = styles.some((s) => s.focused)
  const quiet = (s: BumpStyle) => hasFocus && !strong(s)
  // Room right of the plot for the longest name and a leader line: an export is set in Inter, the
  // page in the device's face (a line picked on the page is not counted, so a click moves nothing).
  const nameWidth = (s: BumpStyle) =>
    chartTextWidth(nameOf(s), font.label, {
      image: Boolean(size),
      bold: Boolean(s.highlighted || s.focused),
    })
  const namesRoom = Math.ceil(
    Math.max(
      0,
      ...styles
        .filter((s) => !axis || s.highlighted || s.focused)
        .map((s) => nameWidth(s) + NAME_OFFSET + font.label * LEADER_EMS + 4),
    ),
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
    plotWidth: (size?.width ?? measured) - 4 - rightMargin - axisWidth - titleRoom,
    padLeft: size ? 36 : 16,
    padRight: 16,
    clear: font.label,
    nameWidth: (s) => nameWidth(s) + NAME_OFFSET + font.label * LEADER_EMS + 4,
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
        text: nameOf(s),
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
        ticks={ticks}
        interval={0}
        width={axisWidth + titleRoom}
        tick={{ fontSize: font.tick, fill: MUTED }}
        {...sideAxisTitle(standingLabels?.axis ?? rankLabel, font, 'left')}
        tickFormatter={(v: number) =>
          axis ? formatRank(rankAt.get(v) ?? v) : (standingMarks.get(v) ?? String(v))
        }
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
