// A unit's years, drawn as plain SVG: the unit profile's first chart, which a phone waits for.
// recharts drew it in one long task (its store lays a chart out over several renders inside one
// commit); this draws the same marks in a single pass (ADR 037), in two panels (ADR 057).
import { chartFont } from '#client/components/charts/chart-size.ts'
import { chartTextWidth, valueAxisWidth } from '#client/components/charts/category-axis.ts'
import {
  BREAK_COLOR,
  BreakMarks,
  placeBreak,
  type ChartBreak,
} from '#client/components/charts/break-marks.tsx'
import { PlainLabel } from '#client/components/charts/plain-label.tsx'
import { Axis, spacedMarks } from '#client/components/charts/svg/axis-parts.tsx'
import { barPath } from '#client/components/charts/svg/bar-frame.tsx'
import { ChartSurface } from '#client/components/charts/svg/chart-surface.tsx'
import { bands, linearScale } from '#client/components/charts/svg/linear-scale.ts'
import { AXIS_TITLE, GRID, INK, MUTED } from '#client/lib/palette.ts'
import type { ChartSize } from '#client/lib/export-chart.ts'
import type { IndexYearRow } from '../utils/to-profile-series.ts'
import { MARGIN, MARK_LINE_EMS, indexYearsLayout, plotSides } from './index-years-layout.ts'
import { layOutRankLabels, rankText } from './index-years-rank-labels.ts'
import { labelLineHeight } from './rank-label-placement.ts'
import type { StandingLabels } from '#client/lib/rank-standing.ts'
import { rankAxisFor } from './rank-axis.ts'

/** The chart's colours, also the legend's and the table's marks. */
export const INDEX_COLOR = '#56B4E9'
export const RANK_COLOR = '#000000'
export { BREAK_COLOR }

/** The chart's height on screen (a placeholder holds it until the frame lets it draw). */
export const INDEX_YEARS_CHART_HEIGHT = 420

/** The index axis's marks. */
const INDEX_TICKS = [0, 25, 50, 75, 100]
/** The share of a year's band left empty beside its bar (recharts' default barCategoryGap). */
const BAR_CATEGORY_GAP = 0.1
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
 * Index per year as bars in a panel of its own, on an axis of 0–100; under it, the rank as a
 * dashed line on a reversed axis (1st on top), one line per stretch between breaks. The two
 * panels share the years, and each break is one labelled vertical line through both. A rank
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
  const image = Boolean(size)
  const rankAxis = rankAxisFor(rows, standingLabels)
  const strokeWidth = size ? 3.5 : 2
  const dot = { filled: size ? 6 : 4, hollow: size ? 8 : 5 }
  // The least room around a rank label; its box starts that far past the wider (hollow) dot.
  const pad = size ? 3 : 2
  const clearance = dot.hollow + strokeWidth / 2 + pad
  // Both axes on the left, in one column as wide as the wider's marks: the plots line up.
  const { left, right } = plotSides(
    width,
    Math.max(
      valueAxisWidth(INDEX_TICKS.map(formatTick), font.tick, false),
      valueAxisWidth(rankAxis.marks.map(rankAxis.label), font.tick, false),
    ),
  )
  const band = bands(rows.length, left, right)
  const yearAt = new Map(rows.map((r, i) => [r.year, i]))
  const breakMarks = breaks.flatMap((b) => {
    const i = yearAt.get(b.year)
    if (i === undefined) return []
    // At the start of the later year's band: between the two years.
    const x = band.start(i)
    return [placeBreak(b, x, font.label, image, MARGIN.left, width - MARGIN.right)]
  })
  // A break's label goes beside the index's title, or on a line above it where they would meet.
  const titleEnd =
    MARGIN.left + (valueLabel ? chartTextWidth(valueLabel, font.tick, { image }) + font.tick : 0)
  const layout = indexYearsLayout({
    height,
    breakRow: breakMarks.some((b) => b.textX < titleEnd),
    font,
    labelRoom: clearance + labelLineHeight(font.label) + pad,
  })
  const panel = layout.rank
  const index = linearScale([0, 100], [layout.index.bottom, layout.index.top])
  // The first of the cohort a label's room under the rank panel's top, the last as far over its
  // foot: a label above the one or under the other stays in the panel.
  const rankScale = linearScale(rankAxis.domain, [panel.first, panel.last])
  const rank = (row: IndexYearRow) => rankScale(rankAxis.value(row))
  const rankMarks = spacedMarks(rankAxis.marks, rankScale, () => font.tick * MARK_LINE_EMS, true)
  // recharts rounds a bar's width down to whole pixels.
  const barWidth = Math.min(size ? 110 : 56, Math.floor(band.size * (1 - 2 * BAR_CATEGORY_GAP)))
  // Each year's bar, from 0 up to its index: drawn, and labelled at its foot.
  const bars = rows.map((r, i) => {
    const y = index(Math.max(0, r.indexPct))
    return { x: band.centre(i) - barWidth / 2, y, width: barWidth, height: layout.index.bottom - y }
  })
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
  const rankLabels = layOutRankLabels({
    rows,
    dots: rows.map((r, i) => ({
      x: band.centre(i),
      y: rank(r),
      radius: (r.amongLoaded ? dot.hollow : dot.filled) + strokeWidth / 2,
    })),
    stretches: stretches.map((s) => s.points.map((p) => p.index)),
    rules: breakMarks.map((b) => [
      { x: b.x, y: panel.top },
      { x: b.x, y: panel.bottom },
    ]),
    fontSize: font.label,
    clearance,
    pad,
    // The rank panel, less the least room around a label at its top and foot.
    bounds: {
      x: left,
      y: panel.top + pad,
      width: right - left,
      height: panel.bottom - panel.top - 2 * pad,
    },
  })
  const title = (text: string, baseline: number) => (
    <PanelTitle x={MARGIN.left} y={baseline} fontSize={font.tick}>
      {text}
    </PanelTitle>
  )
  return (
    <>
      <g className="index-years-panel" data-panel="index">
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
        {/* The bars' foot: the years are written once, under the rank panel. */}
        <g className="recharts-cartesian-axis recharts-xAxis xAxis">
          <Axis
            side="bottom"
            at={layout.index.bottom}
            from={left}
            to={right}
            marks={[]}
            position={band.centre}
            fontSize={font.tick}
            fill={MUTED}
          />
        </g>
        <g className="recharts-cartesian-axis recharts-yAxis yAxis">
          <Axis
            side="left"
            at={left}
            from={layout.index.top}
            to={layout.index.bottom}
            marks={INDEX_TICKS}
            position={index}
            label={formatTick}
            fontSize={font.tick}
            fill={MUTED}
          />
          {valueLabel && title(valueLabel, layout.index.titleBaseline)}
        </g>
        <g className="recharts-layer recharts-label-list">
          {rows.map((r, i) => (
            <PlainLabel
              key={r.year}
              box={bars[i] as (typeof bars)[number]}
              position="insideBottom"
              offset={INDEX_LABEL_OFFSET}
              text={formatValue(r.indexPct)}
              style={{ fontSize: font.label, fill: INK, fontWeight: 600 }}
            />
          ))}
        </g>
      </g>
      <BreakMarks
        breaks={breakMarks}
        top={layout.index.top}
        bottom={panel.bottom}
        baseline={layout.breakBaseline}
        font={font.label}
        image={image}
      />
      <g className="index-years-panel" data-panel="rank">
        <g className="recharts-cartesian-grid">
          {rankMarks.map((m) => (
            <line
              key={m}
              stroke={GRID}
              fill="none"
              x1={left}
              y1={rankScale(m)}
              x2={right}
              y2={rankScale(m)}
            />
          ))}
        </g>
        <g className="recharts-cartesian-axis recharts-yAxis yAxis">
          <Axis
            side="left"
            at={left}
            from={panel.top}
            to={panel.bottom}
            marks={rankMarks}
            position={rankScale}
            label={rankAxis.label}
            // 1st is the mark a reader looks for on a rank axis: kept, its neighbour left out.
            keepFirst
            fontSize={font.tick}
            fill={MUTED}
          />
          {/* Over the break lines, which run on through the gap between the panels. */}
          {title(rankAxis.standing ? standingLabels.axis : rankLabel, panel.titleBaseline)}
        </g>
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
        <g className="recharts-layer recharts-label-list">
          {rows.map((r, i) => (
            <PlainLabel
              key={r.year}
              // Placed by its baseline, above or below its point (rank-label-placement.ts).
              box={{ x: rankLabels[i]?.x ?? 0, y: rankLabels[i]?.baseline ?? 0 }}
              position="top"
              offset={0}
              text={rankText(r)}
              style={{ fontSize: font.label, fill: INK, fontWeight: 700 }}
            />
          ))}
        </g>
      </g>
      <g className="recharts-cartesian-axis recharts-xAxis xAxis">
        <Axis
          side="bottom"
          at={layout.years}
          from={left}
          to={right}
          marks={rows.map((_, i) => i)}
          position={band.centre}
          label={(i) => String(rows[i]?.year ?? '')}
          fontSize={font.tick}
          fill={MUTED}
        />
      </g>
    </>
  )
}

/**
 * A panel's title over its axis, level and starting at the chart's edge (a title turned along
 * the short rank panel would run past it). A white halo keeps it clear of a break line that runs
 * through the gap between the panels.
 */
function PanelTitle({
  x,
  y,
  fontSize,
  children,
}: {
  x: number
  y: number
  fontSize: number
  children: string
}) {
  return (
    <text
      className="recharts-text recharts-label"
      x={x}
      y={y}
      textAnchor="start"
      fontSize={fontSize}
      fill={AXIS_TITLE}
      stroke="#FFFFFF"
      strokeWidth={fontSize / 4}
      strokeLinejoin="round"
      paintOrder="stroke"
    >
      {children}
    </text>
  )
}
