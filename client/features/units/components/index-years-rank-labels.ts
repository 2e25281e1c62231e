// The rank labels of the profile's rank panel (index-years-chart-drawing.tsx), laid out clear of
// what that panel draws: what rank-label-placement.ts needs of the chart.
import type { Box } from '#client/components/charts/svg/value-labels.ts'
import { estimateTextWidth } from '#client/lib/text-metrics.ts'
import type { IndexYearRow } from '../utils/to-profile-series.ts'
import {
  placeRankLabels,
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

export type RankLabelChart = {
  rows: readonly IndexYearRow[]
  /** Each row's point on the rank axis, with its dot's outer radius. */
  dots: readonly (Point & { radius: number })[]
  /** The rank line's stretches, each a run of indices into `rows`. */
  stretches: readonly (readonly number[])[]
  /** Lines across the panel: the breaks. */
  rules: readonly Segment[]
  /** The labels' size; they are set in bold. */
  fontSize: number
  /** From a point's centre to its label's box. */
  clearance: number
  /** The least room around a label. */
  pad: number
  /** The area labels keep within: the rank panel. */
  bounds: Box
}

/** Each row's rank label, in the order of `rows`. */
export function layOutRankLabels(chart: RankLabelChart): PlacedRankLabel[] {
  const { rows, dots, stretches, fontSize } = chart
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
  const boxes = dots.map((d) => ({
    x: d.x - d.radius,
    y: d.y - d.radius,
    width: 2 * d.radius,
    height: 2 * d.radius,
  }))
  return placeRankLabels(
    rows.map((row, i) => ({
      at: dots[i] as Point,
      neighbours: neighbours.get(i) ?? [],
      width: estimateTextWidth(rankText(row), fontSize, true),
    })),
    {
      fontSize,
      clearance: chart.clearance,
      pad: chart.pad,
      bounds: chart.bounds,
      obstacles: { boxes, segments: [...line, ...chart.rules] },
    },
  )
}
