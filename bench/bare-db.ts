// The floor for the full-stack ratio: the same cohort ranking (the year ranked by rank(), the
// previous year ranked the same way and joined in, published rows only) as one prepared statement
// on better-sqlite3 — no HTTP, no Kysely, no mapping, no JSON. Same shape as the statement the
// rankings repository builds, so the ratio isolates the cost of everything around the database.
import SQLite from 'better-sqlite3'
import type { Percentiles } from './stats.ts'
import { measureSync } from './latency.ts'

const RANKING_SQL = `
select cur.*, prev.index_pct as prev_index_pct, prev.rank as prev_rank
from (
  select a.unit_code, u.name as unit_name, a.year, a.index_pct, a.points, a.max_points, a.grade, a.status,
         a.published_rank, a.published_grade, a.published_index_pct,
         rank() over (order by a.index_pct desc) as rank
  from assessment a join unit u on u.code = a.unit_code
  where u.parent_code = ? and u.kind = ? and a.year = ? and a.status = 'PUBLISHED'
) cur
left join (
  select a.unit_code, a.index_pct, rank() over (order by a.index_pct desc) as rank
  from assessment a join unit u on u.code = a.unit_code
  where u.parent_code = ? and u.kind = ? and a.year = ? and a.status = 'PUBLISHED'
) prev on prev.unit_code = cur.unit_code`

export type BareDbFigures = Percentiles & { rows: number }

/** Samples until `samples` are taken or `budgetMs` has passed (at least 20). */
export function measureBareRanking(
  filename: string,
  cohort: { parent: string; kind: string; year: number },
  samples: number,
  budgetMs: number,
): BareDbFigures {
  const db = new SQLite(filename, { readonly: true })
  try {
    const statement = db.prepare(RANKING_SQL)
    const args = [
      cohort.parent,
      cohort.kind,
      cohort.year,
      cohort.parent,
      cohort.kind,
      cohort.year - 1,
    ]
    // Sorted in JavaScript, as the repository does: with an ORDER BY, SQLite drops the automatic
    // index on the joined derived table and the join becomes quadratic.
    const run = () =>
      (statement.all(...args) as { rank: number; unit_code: string }[]).sort(
        (a, b) => a.rank - b.rank || (a.unit_code < b.unit_code ? -1 : 1),
      )
    const start = performance.now()
    const rows = run().length
    const once = Math.max(0.001, performance.now() - start)
    const affordable = Math.max(20, Math.min(samples, Math.floor(budgetMs / once)))
    return {
      ...measureSync(run, affordable, Math.min(5, affordable)),
      rows,
    }
  } finally {
    db.close()
  }
}
