// The rank labels of the profile's first chart (index-years-chart-drawing.tsx), laid out clear of
// everything else the chart draws on its plot: what rank-label-placement.ts needs of the chart.
import type { Box } from '#client/components/charts/svg/value-labels.ts'
import { estimateTextWidth } from '#client/lib/text-metrics.ts'
import type { IndexYearRow } from '../utils/to-profile-series.ts'
import {
  placeRankLabels,
  textBox,
  type PlacedRankLabel,
  type Point,
  type Segment,
} from './rank-label-placement.ts'

/**
 * A year's rank as its label writes it: of the size of the cohort it was ranked in, so ranks
 * among cohorts of different sizes on one axis read for what they are ("37/63", "15/34").
 */
export function rankText(row: IndexYearRow): string {
  return `${row.rank}/${row.total}`
}

/** Other text on the chart: where it is drawn (its anchor's x, its baseline) and what it says. */
export type ChartText = {
  x: number
  baseline: number
  anchor: 'start' | 'middle' | 'end'
  text: string
}

export type RankLabelChart = {
  rows: readonly IndexYearRow[]
  /** Each row's point on the rank axis, with its dot's outer radius. */
  dots: readonly (Point & { radius: number })[]
  /** The rank line's stretches, each a run of indices into `rows`. */
  stretches: readonly (readonly number[])[]
  /** The bars' value labels and the breaks' labels, set in bold at `fontSize`. */
  texts: readonly ChartText[]
  /** Lines across the plot: the breaks. */
  rules: readonly Segment[]
  /** The bars, whose edges a label would rather not straddle. */
  bars: readonly Box[]
  fontSize: number
  /** From a point's centre to its label's box. */
  clearance: number
  /** The least room around a label. */
  pad: number
  /** The area labels keep within: the plot, and the room above it. */
  bounds: Box
}

/** Each row's rank label, in the order of `rows`. */
export function layOutRankLabels(chart: RankLabelChart): PlacedRankLabel[] {
  const { rows, dots, stretches, fontSize } = chart
  // Bold at the labels' size (the bars' labels are semibold: a little narrower than measured).
  const width = (text: string) => estimateTextWidth(text, fontSize, true)
  const neighbours = new Map<number, Point[]>()
  const line: Segment[] = []
  for (const run of stretches)
    run.forEach((i, k) => {
      const before = run[k - 1]
      const after = run[k + 1]
      neighbours.set(
        i,
        [before, after].flatMap((j) => (j === undefined ? [] : [dots[j] as Point])),
      )
      if (after !== undefined) line.push([dots[i] as Point, dots[after] as Point])
    })
  const boxes = [
    ...dots.map((d) => ({
      x: d.x - d.radius,
      y: d.y - d.radius,
      width: 2 * d.radius,
      height: 2 * d.radius,
    })),
    ...chart.texts.map(({ x, baseline, anchor, text }) => {
      const w = width(text)
      const start = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2
      return textBox(start, baseline, w, fontSize)
    }),
  ]
  return placeRankLabels(
    rows.map((row, i) => ({
      at: dots[i] as Point,
      neighbours: neighbours.get(i) ?? [],
      width: width(rankText(row)),
    })),
    {
      fontSize,
      clearance: chart.clearance,
      pad: chart.pad,
      bounds: chart.bounds,
      obstacles: { boxes, segments: [...line, ...chart.rules], edges: chart.bars.flatMap(outline) },
    },
  )
}

/** A bar's top and sides (its foot is the axis). */
function outline({ x, y, width, height }: Box): Segment[] {
  const foot = y + height
  return [
    [
      { x, y },
      { x: x + width, y },
    ],
    [
      { x, y },
      { x, y: foot },
    ],
    [
      { x: x + width, y },
      { x: x + width, y: foot },
    ],
  ]
}
