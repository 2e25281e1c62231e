// The floor for the full-stack ratio: the same cohort ranking (rank() per year, the previous
// year's index and rank joined in, published rows only) as one hand-written prepared statement
// on better-sqlite3 — no HTTP, no Kysely, no mapping, no JSON. Same shape as the statement the
// rankings repository builds, so the ratio isolates the cost of everything around the database.
import SQLite from 'better-sqlite3'
import type { Percentiles } from './stats.ts'
import { measureSync } from './latency.ts'

const RANKING_SQL = `
with ranked as (
  select a.unit_code, u.name as unit_name, a.year, a.index_pct, a.points, a.max_points, a.grade,
         a.published_rank, a.published_grade, a.published_index_pct,
         a.status, rank() over (partition by a.year order by a.index_pct desc) as rank
  from assessment a
  join unit u on u.code = a.unit_code
  where u.parent_code = ? and u.kind = ? and a.year in (?, ?) and a.status = ?
)
select cur.*, prev.index_pct as prev_index_pct, prev.rank as prev_rank
from ranked cur
left join ranked prev on prev.unit_code = cur.unit_code and prev.year = cur.year - 1
where cur.year = ?
order by cur.year, cur.rank, cur.unit_code`

export type BareDbFigures = Percentiles & { rows: number }

export function measureBareRanking(
  filename: string,
  cohort: { parent: string; kind: string; year: number },
  samples: number,
): BareDbFigures {
  const db = new SQLite(filename, { readonly: true })
  try {
    const statement = db.prepare(RANKING_SQL)
    const args = [cohort.parent, cohort.kind, cohort.year, cohort.year - 1, 'PUBLISHED', cohort.year]
    const rows = statement.all(...args).length
    return { ...measureSync(() => statement.all(...args), samples, Math.min(20, samples)), rows }
  } finally {
    db.close()
  }
}
