// The ends of every order a ranking summary names — the top and bottom by rank, the movers by
// change and by rank move, the first units new to the cohort and of each withheld reason — cut
// from a cohort-year's rows in memory. The rank writer cuts them once, at the largest size a
// summary may ask for, and stores them on the cohort-year (ADR 039), so a summary of 10,600
// units reads one row instead of cutting five orders from the rank index on every request. The
// same cut serves a small cohort-year read whole when nothing is stored.
//
// Every order is total (its numeric keys, then the unit code as JavaScript compares strings), so
// the first n of an order are the first n of its first MAX_ENDS: a stored list is sliced, never
// re-sorted.
import { z } from 'zod'
import type { NotComparableReason } from '#shared/kpi/comparability.ts'
import { MAX_ENDS, type SortDirection } from '#shared/schemas/cohorts.schema.ts'
import { orderedSlice } from '#server/lib/ordered-slice.ts'

/** A numeric column an order is made of (never null where it is read). */
export type OrderColumn = 'rank' | 'delta_pct' | 'rank_change'

/** An order of a cohort-year's rows: its numeric keys, then the unit code. */
export type OrderKeys = {
  keys: readonly { column: OrderColumn; dir: SortDirection }[]
  code: SortDirection
}

/** A rank row as the orders read it. */
export type OrderedRow = {
  unit_code: string
  rank: number
  delta_pct: number | null
  rank_change: number | null
}

/** A rank row as the ends read it: with the reason its change is withheld, if any. */
export type EndsRow = OrderedRow & { not_comparable: string | null }

const sign = (dir: SortDirection) => (dir === 'asc' ? 1 : -1)

/** Order on the numeric keys alone (0: tied on every one). */
export function compareKeys(order: OrderKeys, a: OrderedRow, b: OrderedRow): number {
  for (const { column, dir } of order.keys) {
    const d = a[column]! - b[column]!
    if (d !== 0) return sign(dir) * d
  }
  return 0
}

/** The order in full: the numeric keys, then the code as JavaScript compares strings. */
export function compareInOrder(order: OrderKeys, a: OrderedRow, b: OrderedRow): number {
  const byCode = a.unit_code < b.unit_code ? -1 : a.unit_code > b.unit_code ? 1 : 0
  return compareKeys(order, a, b) || sign(order.code) * byCode
}

/**
 * The codes of the first `n` of `rows` in order (rows holding every row of that prefix), selected
 * rather than sorted whole: the rank writer cuts ten lists from each cohort-year it writes.
 */
export function cutInOrder(order: OrderKeys, n: number, rows: readonly OrderedRow[]): string[] {
  return orderedSlice(rows, (a, b) => compareInOrder(order, a, b), 0, n).map((r) => r.unit_code)
}

/** Rank, then code, both in `dir`: the order every list falls back on. */
export const rankKeys = (dir: SortDirection = 'asc'): OrderKeys => ({
  keys: [{ column: 'rank', dir }],
  code: dir,
})

/** A mover order: the value in `dir` order, ties by rank, then code (both ascending). */
export const moverKeys = (column: 'delta_pct' | 'rank_change', dir: SortDirection): OrderKeys => ({
  keys: [
    { column, dir },
    { column: 'rank', dir: 'asc' },
  ],
  code: 'asc',
})

export const MOVERS = {
  risers: { column: 'delta_pct', dir: 'desc' },
  fallers: { column: 'delta_pct', dir: 'asc' },
  rankRisers: { column: 'rank_change', dir: 'desc' },
  rankFallers: { column: 'rank_change', dir: 'asc' },
} as const

export type Mover = keyof typeof MOVERS
export const MOVER_NAMES = Object.keys(MOVERS) as Mover[]

/** Each mover order cut from every row of a cohort-year (rows without the value left out). */
export function cutMovers(rows: readonly OrderedRow[], n: number): Record<Mover, string[]> {
  return Object.fromEntries(
    MOVER_NAMES.map((mover) => {
      const { column, dir } = MOVERS[mover]
      return [
        mover,
        cutInOrder(
          moverKeys(column, dir),
          n,
          rows.filter((r) => r[column] !== null),
        ),
      ]
    }),
  ) as Record<Mover, string[]>
}

/** Reasons that withhold the whole change (COHORT_SIZE and AMONG_LOADED the rank move only). */
export const WITHHELD_REASONS: readonly NotComparableReason[] = ['LINEAGE', 'SCHEME', 'COHORT']

/** Every list a summary names, as unit codes; `bottom` in rank order (its last is the worst). */
export type SummaryEnds = {
  lists: { top: string[]; bottom: string[] } & Record<Mover, string[]>
  noPrevious: string[]
  /** One list per withheld reason (WITHHELD_REASONS), in that order. */
  withheld: string[][]
}

/** Every list cut from every row of a cohort-year, `n` units each. */
export function cutSummaryEnds(
  rows: readonly EndsRow[],
  n: number,
  reasons: readonly NotComparableReason[] = WITHHELD_REASONS,
): SummaryEnds {
  const unchanged = (reason: string | null) =>
    cutInOrder(
      rankKeys(),
      n,
      rows.filter((r) => r.delta_pct === null && r.not_comparable === reason),
    )
  return {
    lists: {
      top: cutInOrder(rankKeys(), n, rows),
      bottom: cutInOrder(rankKeys('desc'), n, rows).reverse(),
      ...cutMovers(rows, n),
    },
    noPrevious: unchanged(null),
    withheld: reasons.map(unchanged),
  }
}

/**
 * The ends as the rank writer stores them: every list at the largest size a summary asks, with
 * that size and the withheld reasons in their order, so a reader of another release (a larger
 * MAX_ENDS, other reasons) knows the lists are not its own and cuts them itself.
 */
export const storedEndsOf = (rows: readonly EndsRow[]): string =>
  JSON.stringify({
    size: MAX_ENDS,
    reasons: WITHHELD_REASONS,
    ...cutSummaryEnds(rows, MAX_ENDS),
  })

const codes = z.array(z.string())
const storedEndsSchema = z.object({
  size: z.number().int().nonnegative(),
  reasons: z.array(z.string()),
  lists: z.object({
    top: codes,
    bottom: codes,
    risers: codes,
    fallers: codes,
    rankRisers: codes,
    rankFallers: codes,
  }),
  noPrevious: codes,
  withheld: z.array(codes),
})

/**
 * The stored ends cut to `n` units each; null when none are stored (a cohort-year written
 * before they were), when `n` is past the size they were cut at, when they name other withheld
 * reasons, or when the text is not of this shape (another release's): the caller then cuts the
 * lists itself, in SQL, which is always right — stored lists are only a shortcut to them.
 */
export function storedEndsAt(text: string | null, n: number): SummaryEnds | null {
  if (text === null) return null
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return null
  }
  const parsed = storedEndsSchema.safeParse(json)
  if (!parsed.success) return null
  const { size, reasons, lists, noPrevious, withheld } = parsed.data
  const sameReasons =
    reasons.length === WITHHELD_REASONS.length &&
    reasons.every((reason, i) => reason === WITHHELD_REASONS[i]) &&
    withheld.length === reasons.length
  if (n > size || !sameReasons) return null
  const first = (list: string[]) => list.slice(0, n)
  return {
    lists: {
      top: first(lists.top),
      // In rank order, the worst last: the last n.
      bottom: n === 0 ? [] : lists.bottom.slice(-n),
      risers: first(lists.risers),
      fallers: first(lists.fallers),
      rankRisers: first(lists.rankRisers),
      rankFallers: first(lists.rankFallers),
    },
    noPrevious: first(noPrevious),
    withheld: withheld.map(first),
  }
}
