// A rank history broken by a change of method or cohort draws each stretch of years as its own
// lines. The names of the stretch before a break are written in the break's gap, right of its last
// year, as the last year's names are right of the plot: the gap is widened for them where the
// other years keep enough room, and the break's dashed line stands right of the names.

/** The least share of an even year's step a widened gap leaves the other years. */
const MIN_STEP_SHARE = 0.5

/** A break to lay out: where it stands in the years, and how wide its names are (0: none). */
export type GapNeed = { index: number; names: number }

export type YearPlaces = {
  /** Each year's x within the plot, in px from its left edge. */
  xs: number[]
  /** Each break's dashed line, in the order given. */
  breakXs: number[]
  /** The breaks (their year's index) whose gap holds the names of the stretch before them. */
  named: Set<number>
}

/**
 * The years' places along a plot `width` px wide, `padLeft` and `padRight` kept at its ends,
 * evenly stepped except where a break's names (`names` px, from the last point before it) and
 * `clear` px either side of its line need a wider gap. A gap is widened only while every other
 * step keeps half the even step; where the names cannot have their room (a phone, a short gap)
 * none is named and the years are evenly stepped, each line midway.
 *
 * @example yearPlaces(5, [{ index: 3, names: 200 }], 620, 36, 16, 22)
 */
export function yearPlaces(
  count: number,
  needs: readonly GapNeed[],
  width: number,
  padLeft: number,
  padRight: number,
  clear: number,
): YearPlaces {
  const span = Math.max(0, width - padLeft - padRight)
  const steps = Math.max(1, count - 1)
  const even = span / steps
  const wanted = new Map(
    needs.filter((n) => n.names > 0 && n.index > 0).map((n) => [n.index, n.names + 2 * clear]),
  )
  // The gaps wider than the step the others would have are set to their want; the rest share
  // what is left, evenly. Widening a gap only shrinks the others' share, so gaps are only ever
  // added, in turns, until none more wants widening or none is left to share (every step a
  // break: it had flipped between all and none for ever).
  const widened = new Map<number, number>()
  for (;;) {
    const others = steps - widened.size
    if (others <= 0) break
    const step = (span - sum(widened)) / others
    const more = [...wanted].filter(([index, want]) => !widened.has(index) && want > step)
    if (more.length === 0) break
    for (const [index, want] of more) widened.set(index, want)
  }
  const rest = steps - widened.size
  const restStep = rest > 0 ? (span - sum(widened)) / rest : even
  const fits = span - sum(widened) >= 0 && (widened.size === 0 || restStep >= even * MIN_STEP_SHARE)
  const gap = (i: number) => (fits ? (widened.get(i) ?? restStep) : even)
  const xs: number[] = []
  for (let i = 0; i < count; i += 1) xs.push(i === 0 ? padLeft : (xs[i - 1] ?? 0) + gap(i))
  const named = new Set(fits ? [...wanted.keys()] : [])
  const breakXs = needs.map(({ index }) => {
    const from = xs[index - 1] ?? 0
    const to = xs[index] ?? from
    const mid = (from + to) / 2
    const want = wanted.get(index)
    return named.has(index) && want !== undefined ? Math.max(mid, from + want - clear) : mid
  })
  return { xs, breakXs, named }
}

function sum(values: Map<number, number>): number {
  return [...values.values()].reduce((a, b) => a + b, 0)
}

/** The row key of a year's x where the gaps are laid out (a unit's code never has a space). */
export const X_KEY = 'year x'

/** A break placed by the layout: its label and its line's x (in the plot's px). */
export type GapBreak = { year: number; label: string; x: number }

type Row = Record<string, number | null>

/**
 * The layout of a broken history's years (yearPlaces) for a plot `plotWidth` px wide: each row
 * with its x (X_KEY), the ticks and their years, the breaks' lines, and the stretches whose names
 * its gap holds (the row of a stretch's last year, and which stretch of a unit's keys it is).
 * Null without breaks or before the page has a width.
 */
export function breakGaps<S>({
  rows,
  breaks,
  keys,
  styles,
  plotWidth,
  width,
  padLeft,
  padRight,
  clear,
  nameWidth,
}: {
  rows: readonly Row[]
  breaks: readonly { year: number; label: string }[]
  keys: ReadonlyMap<string, readonly string[]>
  /** The lines named, each with its code. */
  styles: readonly (S & { code: string })[]
  plotWidth: number
  width: number
  padLeft: number
  padRight: number
  clear: number
  /** A name's room from its point: the name, the dot's room and a leader's run. */
  nameWidth: (style: S & { code: string }) => number
}) {
  if (breaks.length === 0 || width <= 0 || plotWidth <= 0) return null
  const years = rows.map((r) => Number(r.year))
  const breakYears = new Set(breaks.map((b) => b.year))
  // A break at the first year (or one not drawn) has no gap: its line is left out.
  const inGaps = breaks.flatMap((b) => {
    const index = years.indexOf(b.year)
    return index > 0 ? [{ ...b, index }] : []
  })
  const stretchOf = (i: number) => years.slice(1, i + 1).filter((y) => breakYears.has(y)).length
  const needs = inGaps.map(({ index }) => {
    const row = rows[index - 1]
    const stretch = stretchOf(index - 1)
    const named = styles.filter((s) => {
      const key = keys.get(s.code)?.[stretch] ?? s.code
      return typeof row?.[key] === 'number'
    })
    return { index, names: Math.max(0, ...named.map(nameWidth)) }
  })
  const places = yearPlaces(rows.length, needs, plotWidth, padLeft, padRight, clear)
  return {
    plotWidth,
    xs: places.xs,
    yearAt: new Map(places.xs.map((x, i) => [x, years[i]])),
    rows: rows.map((r, i) => ({ ...r, [X_KEY]: places.xs[i] ?? 0 })),
    breaks: inGaps.map((b, i) => ({ year: b.year, label: b.label, x: places.breakXs[i] ?? 0 })),
    stretches: inGaps
      .filter((b) => places.named.has(b.index))
      .map((b) => ({ row: b.index - 1, stretch: stretchOf(b.index - 1) })),
  }
}
