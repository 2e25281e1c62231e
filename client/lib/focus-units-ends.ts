// A focused chart of a large cohort drawn from a summary (ADR 016): the server sends the two ends
// of the chart's order and the units a search found; the page never holds the whole cohort.
import {
  FOCUS_THRESHOLD,
  MAX_HIGHLIGHTS,
  type FocusedRow,
  type FocusResult,
} from './focus-units.ts'

type EndsInput<R> = {
  /** The first rows of the order, first first (at least `size` of them when the cohort has them). */
  head: readonly R[]
  /** The last rows of the order, in order (the very last one last). */
  tail: readonly R[]
  /** Rows whose names matched the search, in the order (at most MAX_HIGHLIGHTS are drawn). */
  found: readonly R[]
  /** Rows in the whole order (the cohort's units that have a place in it). */
  total: number
  /** Rows matching the search, including those the server did not send. */
  matches: number
  /** How many rows each end shows. */
  size: number
  keyOf: (row: R) => string
  /** A found row's place when it is at neither end (its rank). */
  placeOf: (row: R) => number
  /** The chart's order, to merge the three lists. */
  compare: (a: R, b: R) => number
  threshold?: number
}

/**
 * What a chart draws from the ends of its order and the search's finds: every row when the
 * cohort is small (the ends then cover it), else the first and last `size` plus up to
 * MAX_HIGHLIGHTS found rows, marked, each with its place in the whole order. The same result
 * as `focusUnits` over the whole order, without it.
 */
export function focusFromEnds<R extends object>(input: EndsInput<R>): FocusResult<R> {
  const {
    head,
    tail,
    found,
    total,
    matches,
    size,
    keyOf,
    placeOf,
    compare,
    threshold = FOCUS_THRESHOLD,
  } = input
  const focused = total > threshold && total > size * 2
  const foundKeys = new Set(found.slice(0, MAX_HIGHLIGHTS).map(keyOf))
  const rows = new Map<string, FocusedRow<R>>()
  const add = (row: R, position: number) => {
    const key = keyOf(row)
    if (!rows.has(key)) rows.set(key, { ...row, position, highlighted: foundKeys.has(key) })
  }
  const headShown = focused ? head.slice(0, size) : head
  const tailShown = focused ? tail.slice(Math.max(0, tail.length - size)) : tail
  headShown.forEach((row, i) => add(row, i + 1))
  tailShown.forEach((row, i) => add(row, total - tailShown.length + i + 1))
  for (const row of found.slice(0, MAX_HIGHLIGHTS)) add(row, placeOf(row))
  const sorted = [...rows.values()].sort((a, b) => compare(a, b))
  return { rows: sorted, total, focused, matches }
}

/**
 * Category labels of a focused chart: each name with its place in the whole order ("5300. Xã …",
 * a found unit "★ 5300. Xã …"); a found unit whose place the server did not give gets the star
 * alone. A whole cohort keeps its plain names.
 */
export function labelEnds<R extends { name: string }>(result: FocusResult<R>): R[] {
  if (!result.focused) return result.rows
  return result.rows.map((r) => ({
    ...r,
    name: `${r.highlighted ? '★ ' : ''}${Number.isFinite(r.position) ? `${r.position}. ` : ''}${r.name}`,
  }))
}

/**
 * A focused chart's rows with the reader's unit (client/lib/focus-unit.ts) added where it falls
 * in the order when neither end nor the search brought it: "my unit" is always drawn.
 */
export function withFocusRow<R extends object>(
  result: FocusResult<R>,
  row: R | undefined,
  options: {
    keyOf: (row: R) => string
    placeOf: (row: R) => number
    compare: (a: R, b: R) => number
  },
): FocusResult<R> {
  if (!row || result.rows.some((r) => options.keyOf(r) === options.keyOf(row))) return result
  const added: FocusedRow<R> = { ...row, position: options.placeOf(row), highlighted: false }
  return { ...result, rows: [...result.rows, added].sort(options.compare) }
}
