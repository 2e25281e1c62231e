// The largest movers of a cohort-year — by index change and by rank move, up and down — from
// one scan of its rank index instead of four. No index orders the rows by change, so each mover
// order cut in SQL (ORDER BY … LIMIT) scans the whole cohort-year: four scans, most of a
// summary's time at 10,600 units. Instead, a sample of the rows, read by rank (seeks of the
// index), gives each order a bound that more than `n` rows pass; one scan reads the rows past
// any bound; each order is then cut here from the rows past its own bound.
//
// The answer never depends on the sample: every row past an order's bound comes before every row
// short of it, so when at least `n` rows pass, the first `n` of them are the first `n` of the
// order. When fewer pass (a sample that misjudged the values), that order is cut in SQL as it
// would be without the sample; a cohort-year no larger than the sample is read whole.
import type { SortDirection } from '#shared/schemas/cohorts.schema.ts'
import { sql, type Expression, type Kysely, type SqlBool } from 'kysely'
import type { Database } from '../../db/schema.ts'
import {
  type Mover,
  MOVER_NAMES,
  MOVERS,
  cutInOrder,
  cutMovers,
} from '#server/cohorts/summary-ends.ts'
import { type CutRow, cutRows, findFirstInOrder, moverOrder, toCutRow } from './cohort-year-cut.ts'
import { type CohortYearKey, yearRanks } from './stored-ranks.repository.ts'

/** Ranks sampled at most (each a seek of the rank index; tied units all come with their rank). */
export const SAMPLE_RANKS = 200

type MoverColumn = (typeof MOVERS)[Mover]['column']

/** A sampled row: its values alone. */
type Sampled = Pick<CutRow, MoverColumn>

/** Rows past an order's bound: its value at the bound or beyond; `null`: every row with a value. */
type Bound = number | null

const passes = (row: CutRow, column: MoverColumn, dir: SortDirection, bound: Bound) => {
  const value = row[column]
  if (value === null) return false
  if (bound === null) return true
  return dir === 'desc' ? value >= bound : value <= bound
}

/** Ranks spread evenly over 1…ranked, at most `most` of them. */
export function sampleRanks(ranked: number, most: number): number[] {
  const count = Math.min(ranked, most)
  return [...new Set(Array.from({ length: count }, (_, i) => 1 + Math.floor((i * ranked) / count)))]
}

/**
 * A bound that about twice `n` rows of the cohort-year pass: the sample's value at the place that
 * many rows would take in it, plus two (a sample seldom holds more than that of the true ends).
 * Null when the sample holds fewer values: the rows with any value are few, and all are read.
 */
function boundOf(sample: readonly Sampled[], share: number, n: number, mover: Mover): Bound {
  const { column, dir } = MOVERS[mover]
  const values = sample.flatMap((r) => (r[column] === null ? [] : [Number(r[column])]))
  values.sort((a, b) => (dir === 'desc' ? b - a : a - b))
  const place = Math.ceil(2 * n * share) + 2
  return values.length >= place ? values[place - 1]! : null
}

/** Each mover order cut from `rows`, which hold every row past its bound. */
function cutEach(
  rows: readonly CutRow[],
  n: number,
  bounds: Record<Mover, Bound>,
  inSql: (mover: Mover) => Promise<string[]>,
): Promise<Record<Mover, string[]>> {
  const lists = MOVER_NAMES.map(async (mover) => {
    const { column, dir } = MOVERS[mover]
    const bound = bounds[mover]
    const passed = rows.filter((r) => passes(r, column, dir, bound))
    // Fewer rows past the bound than asked: the sample misjudged this order.
    if (bound !== null && passed.length < n) return inSql(mover)
    return cutInOrder(moverOrder(column, dir), n, passed)
  })
  return Promise.all(lists).then(
    (done) =>
      Object.fromEntries(MOVER_NAMES.map((m, i) => [m, done[i]!])) as Record<Mover, string[]>,
  )
}

/**
 * The first `n` units of each mover order of the cohort-year (`ranked` its size, as stored;
 * `sampled` the ranks sampled at most, a test's to change).
 */
export async function findCohortYearMovers(
  db: Kysely<Database>,
  key: CohortYearKey,
  n: number,
  ranked: number,
  sampled = SAMPLE_RANKS,
): Promise<Record<Mover, string[]>> {
  const inSql = (mover: Mover) => {
    const { column, dir } = MOVERS[mover]
    return findFirstInOrder(db, key, moverOrder(column, dir), n)
  }
  const read = async (where?: Expression<SqlBool>) =>
    (await (where ? cutRows(db, key).where(where) : cutRows(db, key)).execute()).map(toCutRow)
  if (n <= 0 || ranked === 0) return cutMovers([], n)
  // A cohort-year no larger than the sample is read whole, in one range of the index.
  if (ranked <= sampled) return cutMovers(await read(), n)
  const ranks = sampleRanks(ranked, sampled)
  // The values only: no code (a string per row) is needed to place a bound.
  const sample = await yearRanks(db, key)
    .select(['cohort_rank.delta_pct', 'cohort_rank.rank_change'])
    .where(sql<SqlBool>`cohort_rank.rank in (${sql.join(ranks)})`)
    .execute()
  const share = sample.length / ranked
  const bounds = Object.fromEntries(
    MOVER_NAMES.map((m) => [m, boundOf(sample, share, n, m)]),
  ) as Record<Mover, Bound>
  const past = MOVER_NAMES.map((mover) => {
    const { column, dir } = MOVERS[mover]
    const ref = sql.ref(`cohort_rank.${column}`)
    const bound = bounds[mover]
    if (bound === null) return sql<SqlBool>`${ref} is not null`
    return dir === 'desc' ? sql<SqlBool>`${ref} >= ${bound}` : sql<SqlBool>`${ref} <= ${bound}`
  })
  return cutEach(await read(sql<SqlBool>`(${sql.join(past, sql` or `)})`), n, bounds, inSql)
}
