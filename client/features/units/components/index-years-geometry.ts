// Where the profile's first chart puts its marks (index-years-chart-drawing.tsx): the plots' sides
// and the years' bands, both panels' scales, each year's bar, the rank line's stretches, the
// breaks, and the rank labels laid out clear of all of them.
import { chartFont } from '#client/components/charts/chart-size.ts'
import { chartTextWidth, valueAxisWidth } from '#client/components/charts/category-axis.ts'
import { placeBreak, type ChartBreak } from '#client/components/charts/break-marks.tsx'
import { marksFit } from '#client/components/charts/svg/tick-room.ts'
import { bands, linearScale } from '#client/components/charts/svg/linear-scale.ts'
import type { ChartSize } from '#client/lib/export-chart.ts'
import type { StandingLabels } from '#client/lib/rank-standing.ts'
import type { IndexYearRow } from '../utils/to-profile-series.ts'
import { MARGIN, MARK_LINE_EMS, indexYearsLayout, plotSides } from './index-years-layout.ts'
import { layOutRankLabels } from './index-years-rank-labels.ts'
import { labelLineHeight } from './rank-label-placement.ts'
import { rankAxisFor } from './rank-axis.ts'

/** The index axis's marks, every other one where the panel is short (an image's). */
export const INDEX_TICKS = [0, 25, 50, 75, 100]
/** The share of a year's band left empty beside its bar (recharts' default barCategoryGap). */
const BAR_CATEGORY_GAP = 0.1

/** A run of the rank line between two breaks (or ranks among the units loaded), year by year. */
export type RankStretch = {
  key: string
  points: { x: number; y: number; row: IndexYearRow; index: number }[]
}

export type IndexYearsGeometry = ReturnType<typeof indexYearsGeometry>

/** The chart's marks' places at `width` × `height`, for the rows and breaks it draws. */
export function indexYearsGeometry({
  rows,
  breaks,
  size,
  standingLabels,
  formatTick,
  valueLabel,
  width,
  height,
}: {
  rows: IndexYearRow[]
  breaks: ChartBreak[]
  size?: ChartSize
  standingLabels: StandingLabels
  formatTick: (v: number) => string
  valueLabel?: string
  width: number
  height: number
}) {
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
  // Each axis's marks as many as its panel has room for, evenly spaced: a short panel (an image's)
  // takes a longer step rather than leaving out a mark here and there.
  const markExtent = () => font.tick * MARK_LINE_EMS
  const rankMarks = rankAxis.fittedMarks((marks) => marksFit(marks, rankScale, markExtent))
  const indexMarks = [INDEX_TICKS, [0, 50, 100]].find((marks) =>
    marksFit(marks, index, markExtent),
  ) ?? [0, 100]
  // recharts rounds a bar's width down to whole pixels.
  const barWidth = Math.min(size ? 110 : 56, Math.floor(band.size * (1 - 2 * BAR_CATEGORY_GAP)))
  // Each year's bar, from 0 up to its index: drawn, and labelled at its foot.
  const bars = rows.map((r, i) => {
    const y = index(Math.max(0, r.indexPct))
    return { x: band.centre(i) - barWidth / 2, y, width: barWidth, height: layout.index.bottom - y }
  })
  // The rank line's stretches: a break ends one, and so does a rank among the units loaded,
  // which is no rank in the cohort (drawn apart, hollow) — the line is not drawn through it.
  const stretches: RankStretch[] = []
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
  return {
    font,
    image,
    rankAxis,
    strokeWidth,
    dot,
    left,
    right,
    band,
    breakMarks,
    layout,
    index,
    rankScale,
    rank,
    rankMarks,
    indexMarks,
    bars,
    stretches,
    rankLabels,
  }
}
