// Where the awards chart's two parts sit across its plot (awards-direction-chart.tsx): the awards
// received from a level above on the left, those given at the unit's own level on the right, on one
// scale (a recipient is as many pixels in both), so a bar of 2 from the province never looks like
// a bar of 40 Giấy khen. A part whose awards are few still gets room for its heading and marks:
// its axis runs on past its longest bar, which reads as what it is, few awards.
import { fittedTicksOver } from '#client/components/charts/svg/fitted-ticks.ts'
import { niceTicks } from '#client/components/charts/svg/nice-ticks.ts'

export type Facet = {
  /** Its axis, from 0 to its last mark, at `from`…`to` px. */
  from: number
  to: number
  ticks: number[]
}

/** The least share of the plot's width a part is given, beside the room its heading needs. */
export const MIN_FACET_SHARE = 0.2

/** A part's axis's end for its longest bar: niceTicks' last mark, 1 at the least. */
export const partAxisEnd = (max: number) => niceTicks(0, Math.max(max, 1), false).at(-1) ?? 1

/**
 * The two parts' axes across `left`…`right` px, `gap` px between them, for the longest bar of
 * each (`maxima`, in recipients), each at least `minWidth` px wide (its heading's width) and
 * MIN_FACET_SHARE of the room. The px per recipient is the same in both.
 * @example directionFacets({ left: 0, right: 220, gap: 20, maxima: [2, 70], minWidth: [0, 0] })
 * // left part 0–20 recipients over 40 px, right part 0–80 over 160 px: 2 px a recipient
 */
export function directionFacets(input: {
  left: number
  right: number
  gap: number
  maxima: readonly [number, number]
  minWidth: readonly [number, number]
  /** A mark's label's width: each part takes the marks its width has room for (fitted-ticks.ts). */
  tickExtent?: (mark: number) => number
}): [Facet, Facet] {
  const { left, right, gap, maxima, minWidth, tickExtent = () => 0 } = input
  const room = Math.max(1, right - left - gap)
  const least = minWidth.map((w) => Math.min(room / 2, Math.max(w, room * MIN_FACET_SHARE)))
  let ends = maxima.map(partAxisEnd)
  // A part narrower than its least width has its axis lengthened until it is not (twice at most:
  // rounding one axis's end up can only widen that part).
  for (let pass = 0; pass < 2; pass += 1) {
    ends = ends.map((end, i) => {
      const other = ends[1 - i] ?? 1
      const want = least[i] ?? 0
      if ((end / (end + other)) * room >= want) return end
      return partAxisEnd((want * other) / (room - want))
    })
  }
  const [a = 1, b = 1] = ends
  const perRecipient = room / (a + b)
  const split = left + a * perRecipient
  // Each part's marks divide its own axis evenly, as many as its width has room for.
  const facet = (from: number, to: number, end: number): Facet => ({
    from,
    to,
    ticks: fittedTicksOver(0, end, { length: to - from, extent: tickExtent }, false),
  })
  return [facet(left, split, a), facet(split + gap, right, b)]
}
