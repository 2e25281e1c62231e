// The first units of a cohort-year in one order, cut in SQL from the covering rank index
// (ORDER BY … LIMIT): only the cut reaches JavaScript. Reading every row's narrow facts to cut
// them here built 10,600 row objects per summary of the largest cohort, and passed over them
// five times: most of the summary's time, and most of its garbage.
//
// The numeric keys order the same in every engine; the unit code, the last key, orders as the
// database's collation does, which need not be JavaScript's. So the rows are put in order here
// again, and where units equal on every numeric key straddle the cut, all of them are read
// (by the rank, a seek of the index) and ordered here, as a full sort would.
import type { SortDirection } from '#shared/schemas/cohorts.schema.ts'
import { sql, type Expression, type Kysely, type SqlBool } from 'kysely'
import type { Database } from '../../db/schema.ts'
import {
  type OrderKeys,
  type OrderedRow,
  compareKeys,
  cutInOrder,
  moverKeys,
} from '#server/cohorts/summary-ends.ts'
import { type CohortYearKey, yearRanks } from './stored-ranks.repository.ts'

/** An order as SQL reads it: its keys (summary-ends.ts) and the rows it keeps. */
export type CutOrder = OrderKeys & { where: Expression<SqlBool> }

export type CutRow = OrderedRow

/**
 * Of the first `n + 1` rows as the database ordered them, the row at the cut when the one after
 * it ties it on every numeric key (the database's code order then chose which of the tied units
 * made the cut); null when the cut falls between two distinct keys.
 */
export function tieAtCut(order: CutOrder, read: readonly CutRow[], n: number): CutRow | null {
  const last = read[n - 1]
  const next = read[n]
  return last && next && compareKeys(order, last, next) === 0 ? last : null
}

/**
 * The codes of the first `n` rows in order, from the rows read (the first `n + 1` in the
 * database's order) and, where a tie straddles the cut, every row tied with it.
 */
export function firstInOrder(
  order: CutOrder,
  n: number,
  read: readonly CutRow[],
  tied: readonly CutRow[] = [],
): string[] {
  const tie = tieAtCut(order, read, n)
  return cutInOrder(
    order,
    n,
    tie ? [...read.filter((r) => compareKeys(order, r, tie) !== 0), ...tied] : read,
  )
}

/** A mover order (summary-ends.ts), over the rows with the value. */
export const moverOrder = (column: 'delta_pct' | 'rank_change', dir: SortDirection): CutOrder => ({
  ...moverKeys(column, dir),
  where: sql<SqlBool>`${sql.ref(`cohort_rank.${column}`)} is not null`,
})

export const toCutRow = (r: CutRow): CutRow => ({
  unit_code: r.unit_code,
  rank: Number(r.rank),
  delta_pct: r.delta_pct === null ? null : Number(r.delta_pct),
  rank_change: r.rank_change === null ? null : Number(r.rank_change),
})

/** The narrow rows of a cohort-year an order is cut from. */
export const cutRows = (db: Kysely<Database>, key: CohortYearKey) =>
  yearRanks(db, key).select([
    'cohort_rank.unit_code',
    'cohort_rank.rank',
    'cohort_rank.delta_pct',
    'cohort_rank.rank_change',
  ])

/** The codes of the first `n` rows of the cohort-year in `order`. */
export async function findFirstInOrder(
  db: Kysely<Database>,
  key: CohortYearKey,
  order: CutOrder,
  n: number,
): Promise<string[]> {
  if (n <= 0) return []
  const rows = () => cutRows(db, key).where(order.where)
  const terms = [
    ...order.keys.map(
      ({ column, dir }) => sql`${sql.ref(`cohort_rank.${column}`)} ${sql.raw(dir)}`,
    ),
    sql`${sql.ref('cohort_rank.unit_code')} ${sql.raw(order.code)}`,
  ]
  const read = (
    await rows()
      .orderBy(sql`${sql.join(terms)}`)
      .limit(n + 1)
      .execute()
  ).map(toCutRow)
  const tie = tieAtCut(order, read, n)
  if (!tie) return firstInOrder(order, n, read)
  const tied = await rows()
    .where(
      sql<SqlBool>`${sql.join(
        order.keys.map(({ column }) => sql`${sql.ref(`cohort_rank.${column}`)} = ${tie[column]}`),
        sql` and `,
      )}`,
    )
    .execute()
  return firstInOrder(order, n, read, tied.map(toCutRow))
}
