// Each field's best and summed points per cohort-year and scope (ADR 023), written with the ranks
// they are counted over, so a unit's profile reads its cohort's best and average per field from a
// few stored rows instead of parsing every assessment of the cohort.
import type { Kysely, Transaction } from 'kysely'
import { parseFieldPoints } from '#server/db/field-points.ts'
import type { Database, RankScope } from '#server/db/schema.ts'
import { chunk } from '#server/lib/chunk.ts'

type Executor = Kysely<Database> | Transaction<Database>

/** Rows per INSERT (9 values a row): well inside both engines' parameter limits. */
const ROWS_PER_INSERT = 500

type Stat = {
  parent_code: string
  kind: string
  block: string
  scope: RankScope
  year: number
  field_code: string
  best: number
  total: number
  count: number
}

/**
 * Writes the field stats of the cohort-years whose ranks were just rebuilt (their old stats
 * deleted with the ranks): these parents (all when null), scopes and years (all when null), in
 * one read of their rank rows. The field-point texts are parsed and summed here: grouping their
 * expansion in SQL (json_each, then GROUP BY) cost SQLite seven times as long.
 */
export async function storeFieldStats(
  db: Executor,
  parents: readonly string[] | null,
  scopes: readonly RankScope[],
  years: readonly number[] | null,
): Promise<void> {
  let query = db
    .selectFrom('cohort_rank as r')
    .innerJoin('assessment as a', (join) =>
      join.onRef('a.unit_code', '=', 'r.unit_code').onRef('a.year', '=', 'r.year'),
    )
    .select(['r.parent_code', 'r.kind', 'r.block', 'r.scope', 'r.year', 'r.unit_code'])
    .select('a.field_points')
    .where('r.scope', 'in', [...scopes])
    .where('a.field_points', 'is not', null)
  if (parents) query = query.where('r.parent_code', 'in', [...parents])
  if (years) query = query.where('r.year', 'in', [...years])
  const stats = new Map<string, Stat>()
  for (const row of await query.execute()) {
    const year = Number(row.year)
    for (const p of parseFieldPoints(row.unit_code, year, row.field_points)) {
      const key = `${row.parent_code}\u0000${row.kind}\u0000${row.block}\u0000${row.scope}\u0000${year}\u0000${p.field_code}`
      const stat = stats.get(key)
      if (stat) {
        stat.best = Math.max(stat.best, p.points)
        stat.total += p.points
        stat.count += 1
      } else {
        const { parent_code, kind, block, scope } = row
        const first = { best: p.points, total: p.points, count: 1 }
        stats.set(key, {
          parent_code,
          kind,
          block,
          scope,
          year,
          field_code: p.field_code,
          ...first,
        })
      }
    }
  }
  for (const rows of chunk([...stats.values()], ROWS_PER_INSERT))
    await db.insertInto('cohort_field_stat').values(rows).execute()
}
