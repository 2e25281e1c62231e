// A unit's years, drawn as plain SVG: the unit profile's first chart, which a phone waits for.
// recharts drew it in one long task (its store lays a chart out over several renders inside one
// commit); this draws the same marks in a single pass (ADR 037).
import { chartFont } from '#client/components/charts/chart-size.ts'
import { valueAxisWidth } from '#client/components/charts/category-axis.ts'
import {
  BREAK_COLOR,
  BreakMarks,
  placeBreak,
  type ChartBreak,
} from '#client/components/charts/break-marks.tsx'
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
import { layOutRankLabels, rankText } from './index-years-rank-labels.ts'
import { labelLineHeight, textBox } from './rank-label-placement.ts'
import type { StandingLabels } from '#client/lib/rank-standing.ts'
import { rankAxisFor } from './rank-axis.ts'

/** The chart's colours, also the legend's and the table's marks. */
export const INDEX_COLOR = '#56B4E9'
export const RANK_COLOR = '#000000'
export { BREAK_COLOR }

/** The chart's height on screen (a placeholder holds it until the frame lets it draw). */
export const INDEX_YEARS_CHART_HEIGHT = 380

/** The index axis's marks. */
const INDEX_TICKS = [0, 25, 50, 75, 100]
/** The share of a year's band left empty beside its bar (recharts' default barCategoryGap). */
const BAR_CATEGORY_GAP = 0.1
/** A title's gap from the edge of its axis (recharts' label offset). */
const TITLE_OFFSET = 5
/** An index label's baseline above its bar's foot. */
const INDEX_LABEL_OFFSET = 8

export type { ChartBreak }

export type IndexYearsChartProps = {
  rows: IndexYearRow[]
  breaks: ChartBreak[]
  size?: ChartSize
  formatValue: (v: number) => string
  rankLabel: string
  /** The rank axis where the years' cohorts differ in size (rank-axis.ts). */
  standingLabels: StandingLabels
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
 * computed among the units loaded of a partial table is a hollow mark off the line. Ranks among
 * cohorts of different sizes are drawn at their place in each cohort (rank-axis.ts).
 */
function IndexYears({
  rows,
  breaks,
  size,
  formatValue,
  rankLabel,
  standingLabels,
  formatTick = formatValue,
  valueLabel,
  width,
  height,
}: IndexYearsChartProps & { width: number; height: number }) {
  const font = chartFont(size)
  const rankAxis = rankAxisFor(rows, standingLabels)
  const indexAxisWidth = valueAxisWidth(INDEX_TICKS.map(formatTick), font.tick, Boolean(valueLabel))
  const rankAxisWidth = valueAxisWidth(rankAxis.marks.map(rankAxis.label), font.tick, true)
  // A break's label gets a line of its own above the rank labels.
  const margin = { top: breaks.length > 0 ? (size ? 80 : 58) : 40, right: 8, bottom: 4, left: 4 }
  const left = margin.left + indexAxisWidth
  const right = Math.max(left, width - margin.right - rankAxisWidth)
  const top = margin.top
  const bottom = Math.max(top, height - margin.bottom - AXIS_HEIGHT)
  const middle = (top + bottom) / 2
  const index = linearScale([0, 100], [bottom, top])
  const strokeWidth = size ? 3.5 : 2
  const dot = { filled: size ? 6 : 4, hollow: size ? 8 : 5 }
  // The least room around a rank label; its box starts that far past the wider (hollow) dot.
  const pad = size ? 3 : 2
  const clearance = dot.hollow + strokeWidth / 2 + pad
  // The rank runs down the plot's height, the last of the largest cohort as low as leaves a rank
  // label's line under its point, and half a line more, above the index labels at the bars' feet.
  const footLabelTop = textBox(0, bottom - INDEX_LABEL_OFFSET, 0, font.label).y
  const rankBottom = Math.max(top, footLabelTop - 1.5 * labelLineHeight(font.label) - clearance)
  const rankScale = linearScale(rankAxis.domain, [top, rankBottom])
  const rank = (row: IndexYearRow) => rankScale(rankAxis.value(row))
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
  const stretches: {
    key: string
    points: { x: number; y: number; row: IndexYearRow; index: number }[]
  }[] = []
  rows.forEach((r, i) => {
    if (r.amongLoaded) return
    const last = stretches.at(-1)
    const joined = last && i > 0 && !rows[i - 1]?.amongLoaded && rows[i - 1]?.segment === r.segment
    const point = { x: band.centre(i), y: rank(r), row: r, index: i }
    if (joined) last.points.push(point)
    else stretches.push({ key: `${r.segment}-${r.year}`, points: [point] })
  })
  const breakLabelBaseline = top - (size ? 44 : 32)
  const breakMarks = breaks.flatMap((b) => {
    const i = yearAt.get(b.year)
    if (i === undefined) return []
    // At the start of the later year's band: between the two years.
    const x = band.start(i)
    return [placeBreak(b, x, font.label, Boolean(size), margin.left, width - margin.right)]
  })
  const rankLabels = layOutRankLabels({
    rows,
    dots: rows.map((r, i) => ({
      x: band.centre(i),
      y: rank(r),
      radius: (r.amongLoaded ? dot.hollow : dot.filled) + strokeWidth / 2,
    })),
    stretches: stretches.map((s) => s.points.map((p) => p.index)),
    texts: [
      ...bars.map((bar, i) => ({
        x: bar.x + bar.width / 2,
        baseline: bottom - INDEX_LABEL_OFFSET,
        anchor: 'middle' as const,
        text: formatValue(rows[i]?.indexPct ?? 0),
      })),
      ...breakMarks.map((b) => ({
        x: b.textX,
        baseline: breakLabelBaseline,
        anchor: 'start' as const,
        text: b.label,
      })),
    ],
    bars,
    rules: breakMarks.map((b) => [
      { x: b.x, y: top },
      { x: b.x, y: bottom },
    ]),
    fontSize: font.label,
    clearance,
    pad,
    bounds: { x: left, y: 0, width: right - left, height: bottom },
  })
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
      <BreakMarks
        breaks={breakMarks}
        top={top}
        bottom={bottom}
        baseline={breakLabelBaseline}
        font={font.label}
        image={Boolean(size)}
      />
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
                  r={dot.filled}
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
                r={dot.hollow}
                cx={band.centre(i)}
                cy={rank(r)}
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
          marks={rankAxis.marks}
          position={rankScale}
          label={rankAxis.label}
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
          {rankAxis.standing ? standingLabels.axis : rankLabel}
        </AxisTitle>
      </g>
      <g className="recharts-layer recharts-label-list">
        {rows.map((r, i) => (
          <PlainLabel
            key={`index-${r.year}`}
            box={bars[i] as (typeof bars)[number]}
            position="insideBottom"
            offset={INDEX_LABEL_OFFSET}
            text={formatValue(r.indexPct)}
            style={{ fontSize: font.label, fill: INK, fontWeight: 600 }}
          />
        ))}
        {rows.map((r, i) => (
          <PlainLabel
            key={`rank-${r.year}`}
            // Placed by its baseline, above or below its point (rank-label-placement.ts).
            box={{ x: rankLabels[i]?.x ?? 0, y: rankLabels[i]?.baseline ?? 0 }}
            position="top"
            offset={0}
            text={rankText(r)}
            style={{ fontSize: font.label, fill: INK, fontWeight: 700 }}
          />
        ))}
      </g>
    </>
  )
}
