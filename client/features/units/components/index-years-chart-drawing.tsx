// A unit's years, drawn as plain SVG: the unit profile's first chart, which a phone waits for.
// recharts drew it in one long task (its store lays a chart out over several renders inside one
// commit); this draws the same marks in a single pass (ADR 037).
import { chartFont } from '#client/components/charts/chart-size.ts'
import { valueAxisWidth } from '#client/components/charts/category-axis.ts'
import { PlainLabel } from '#client/components/charts/plain-label.tsx'
import {
  AXIS_HEIGHT,
  Axis,
  AxisTitle,
  DY_MIDDLE,
} from '#client/components/charts/svg/axis-parts.tsx'
import { barPath } from '#client/components/charts/svg/bar-frame.tsx'
import { ChartSurface } from '#client/components/charts/svg/chart-surface.tsx'
import { bands, linearScale } from '#client/components/charts/svg/linear-scale.ts'
import { AXIS_TITLE, GRID, INK, MUTED } from '#client/lib/palette.ts'
import type { ChartSize } from '#client/lib/export-chart.ts'
import type { IndexYearRow } from '../utils/to-profile-series.ts'

/** The chart's colours, also the legend's and the table's marks. */
export const INDEX_COLOR = '#56B4E9'
export const RANK_COLOR = '#000000'
export const BREAK_COLOR = '#B45309'

/** The chart's height on screen (a placeholder holds it until the frame lets it draw). */
export const INDEX_YEARS_CHART_HEIGHT = 380

/** The index axis's marks. */
const INDEX_TICKS = [0, 25, 50, 75, 100]
/** The share of a year's band left empty beside its bar (recharts' default barCategoryGap). */
const BAR_CATEGORY_GAP = 0.1
/** A title's gap from the edge of its axis (recharts' label offset). */
const TITLE_OFFSET = 5

function rankTicks(total: number): number[] {
  const step = total > 30 ? 10 : total > 10 ? 5 : total > 5 ? 2 : 1
  const ticks = [1]
  for (let r = step; r < total; r += step) if (r > 1) ticks.push(r)
  return [...ticks, total]
}

/** A break between two years, drawn as a labelled vertical line just before `year`. */
export type ChartBreak = { year: number; label: string }

export type IndexYearsChartProps = {
  rows: IndexYearRow[]
  breaks: ChartBreak[]
  size?: ChartSize
  formatValue: (v: number) => string
  rankLabel: string
  /** Index axis ticks and its unit ("Chỉ số (%)"). */
  formatTick?: (v: number) => string
  valueLabel?: string
}

/** IndexYearsChart's drawing (index-years-chart.tsx). */
export function IndexYearsChartDrawing(props: IndexYearsChartProps) {
  return (
    <ChartSurface size={props.size} liveHeight={INDEX_YEARS_CHART_HEIGHT}>
      {({ width, height }) => <IndexYears {...props} width={width} height={height} />}
    </ChartSurface>
  )
}

/**
 * Index per year as bars on the left axis, rank as a dashed line on the reversed right axis (1st
 * on top), one line per stretch between breaks, each break a labelled vertical line. A rank
 * computed among the units loaded of a partial table is a hollow mark off the line.
 */
function IndexYears({
  rows,
  breaks,
  size,
  formatValue,
  rankLabel,
  formatTick = formatValue,
  valueLabel,
  width,
  height,
}: IndexYearsChartProps & { width: number; height: number }) {
  const font = chartFont(size)
  const maxTotal = Math.max(1, ...rows.map((r) => r.total))
  const rankAxisTicks = rankTicks(maxTotal)
  const indexAxisWidth = valueAxisWidth(INDEX_TICKS.map(formatTick), font.tick, Boolean(valueLabel))
  const rankAxisWidth = valueAxisWidth(rankAxisTicks.map(String), font.tick, true)
  // A break's label gets a line of its own above the rank labels.
  const margin = { top: breaks.length > 0 ? (size ? 80 : 58) : 40, right: 8, bottom: 4, left: 4 }
  const left = margin.left + indexAxisWidth
  const right = Math.max(left, width - margin.right - rankAxisWidth)
  const top = margin.top
  const bottom = Math.max(top, height - margin.bottom - AXIS_HEIGHT)
  const middle = (top + bottom) / 2
  const index = linearScale([0, 100], [bottom, top])
  // The rank line keeps to the upper half, clear of the index labels at the bars' feet.
  const rank = linearScale([1, Math.ceil(maxTotal * 1.9)], [top, bottom])
  const band = bands(rows.length, left, right)
  // recharts rounds a bar's width down to whole pixels.
  const barWidth = Math.min(size ? 110 : 56, Math.floor(band.size * (1 - 2 * BAR_CATEGORY_GAP)))
  // Each year's bar, from 0 up to its index: drawn, and labelled at its foot.
  const bars = rows.map((r, i) => {
    const y = index(Math.max(0, r.indexPct))
    return { x: band.centre(i) - barWidth / 2, y, width: barWidth, height: bottom - y }
  })
  const yearAt = new Map(rows.map((r, i) => [r.year, i]))
  // The rank line's stretches: a break ends one, and so does a rank among the units loaded,
  // which is no rank in the cohort (drawn apart, hollow) — the line is not drawn through it.
  const stretches: { key: string; points: { x: number; y: number; row: IndexYearRow }[] }[] = []
  rows.forEach((r, i) => {
    if (r.amongLoaded) return
    const last = stretches.at(-1)
    const joined = last && i > 0 && !rows[i - 1]?.amongLoaded && rows[i - 1]?.segment === r.segment
    const point = { x: band.centre(i), y: rank(r.rank), row: r }
    if (joined) last.points.push(point)
    else stretches.push({ key: `${r.segment}-${r.year}`, points: [point] })
  })
  const strokeWidth = size ? 3.5 : 2
  return (
    <>
      <g className="recharts-cartesian-grid">
        {INDEX_TICKS.map((t) => (
          <line
            key={t}
            stroke={GRID}
            fill="none"
            x1={left}
            y1={index(t)}
            x2={right}
            y2={index(t)}
          />
        ))}
      </g>
      <g className="recharts-layer recharts-bar">
        {rows.map((r, i) => {
          const bar = bars[i] as (typeof bars)[number]
          return (
            <g key={r.year} className="recharts-layer recharts-bar-rectangle">
              <path className="recharts-rectangle" fill={INDEX_COLOR} d={barPath(bar)} />
            </g>
          )
        })}
      </g>
      {breaks.map((b) => {
        const i = yearAt.get(b.year)
        if (i === undefined) return null
        // At the start of the later year's band: between the two years.
        const x = band.start(i)
        // Running left from the line when the line is to the right (the usual place of a recent
        // merger), so a phone's narrow chart does not cut it off.
        const leftward = x > 200
        return (
          <g key={b.year} className="recharts-layer recharts-reference-line">
            <line
              className="recharts-reference-line-line"
              stroke={BREAK_COLOR}
              strokeWidth={size ? 4 : 2}
              strokeDasharray="4 3"
              fill="none"
              x1={x}
              y1={bottom}
              x2={x}
              y2={top}
            />
            <text
              className="recharts-label chart-break-label"
              x={leftward ? x + 4 : x - 4}
              y={top - (size ? 44 : 32)}
              textAnchor={leftward ? 'end' : 'start'}
              fill={BREAK_COLOR}
              fontSize={font.label}
              fontWeight={700}
            >
              {b.label}
            </text>
          </g>
        )
      })}
      {stretches.map(({ key, points }) => {
        const d =
          points.length === 1
            ? `M${points[0]?.x},${points[0]?.y}Z`
            : points.map((p, k) => `${k === 0 ? 'M' : 'L'}${p.x},${p.y}`).join('')
        return (
          <g key={key} className="recharts-layer recharts-line">
            <path
              className="recharts-curve recharts-line-curve"
              stroke={RANK_COLOR}
              strokeWidth={strokeWidth}
              strokeDasharray="6 3"
              fill="none"
              d={d}
            />
            <g className="recharts-layer recharts-line-dots">
              {points.map((p) => (
                <circle
                  key={p.row.year}
                  className="recharts-dot recharts-line-dot"
                  r={size ? 6 : 4}
                  cx={p.x}
                  cy={p.y}
                  fill={RANK_COLOR}
                  stroke={RANK_COLOR}
                  strokeWidth={strokeWidth}
                />
              ))}
            </g>
          </g>
        )
      })}
      {rows.some((r) => r.amongLoaded) && (
        <g className="rank-among-loaded">
          {rows.map((r, i) =>
            r.amongLoaded ? (
              <circle
                key={r.year}
                // A ring reads smaller than a disc of the same radius: one size up.
                r={size ? 8 : 5}
                cx={band.centre(i)}
                cy={rank(r.rank)}
                fill="#FFFFFF"
                stroke={RANK_COLOR}
                strokeWidth={strokeWidth}
              />
            ) : null,
          )}
        </g>
      )}
      <g className="recharts-cartesian-axis recharts-xAxis xAxis">
        <Axis
          side="bottom"
          at={bottom}
          from={left}
          to={right}
          marks={rows.map((_, i) => i)}
          position={band.centre}
          label={(i) => String(rows[i]?.year ?? '')}
          fontSize={font.tick}
          fill={MUTED}
        />
      </g>
      <g className="recharts-cartesian-axis recharts-yAxis yAxis">
        <Axis
          side="left"
          at={left}
          from={top}
          to={bottom}
          marks={INDEX_TICKS}
          position={index}
          label={formatTick}
          fontSize={font.tick}
          fill={MUTED}
        />
        {valueLabel && (
          <AxisTitle
            x={margin.left + TITLE_OFFSET}
            y={middle}
            anchor="middle"
            dy={DY_MIDDLE}
            angle={-90}
            fontSize={font.tick}
            fill={AXIS_TITLE}
          >
            {valueLabel}
          </AxisTitle>
        )}
      </g>
      <g className="recharts-cartesian-axis recharts-yAxis yAxis">
        <Axis
          side="right"
          at={right}
          from={top}
          to={bottom}
          marks={rankAxisTicks}
          position={rank}
          label={String}
          // 1st is the mark a reader looks for on a rank axis: kept, its neighbour left out.
          keepFirst
          fontSize={font.tick}
          fill={MUTED}
        />
        {/* Centred along the axis, as the index axis's title is (recharts ended it at the middle). */}
        <AxisTitle
          x={right + rankAxisWidth - TITLE_OFFSET}
          y={middle}
          anchor="middle"
          dy={DY_MIDDLE}
          angle={90}
          fontSize={font.tick}
          fill={MUTED}
        >
          {rankLabel}
        </AxisTitle>
      </g>
      <g className="recharts-layer recharts-label-list">
        {rows.map((r, i) => (
          <PlainLabel
            key={`index-${r.year}`}
            box={bars[i] as (typeof bars)[number]}
            position="insideBottom"
            offset={8}
            text={formatValue(r.indexPct)}
            style={{ fontSize: font.label, fill: INK, fontWeight: 600 }}
          />
        ))}
        {rows.map((r, i) => (
          <PlainLabel
            key={`rank-${r.year}`}
            box={{ x: band.centre(i), y: rank(r.rank) }}
            position="top"
            offset={10}
            text={`${r.rank}/${r.total}`}
            style={{ fontSize: font.label, fill: INK, fontWeight: 700 }}
          />
        ))}
      </g>
    </>
  )
}
