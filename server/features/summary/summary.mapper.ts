// Ranked row → SummaryFacts. rank() and count(*) over () are int8 on PostgreSQL (strings from pg
// without the parser in create-db.ts): Number() on every one of them.
import type { SummaryFacts } from '#shared/text/summary-sentence.ts'
import type { RankedRow } from '../cohorts/cohorts.repository.ts'

export function toSummaryFacts(row: RankedRow): SummaryFacts {
  const year = Number(row.year)
  return {
    year,
    unitName: row.unit_name,
    points: Number(row.points),
    maxPoints: Number(row.max_points),
    indexPct: Number(row.index_pct),
    rank: Number(row.rank),
    total: Number(row.total),
    tied: Number(row.tie_size) > 1,
    previous:
      row.prev_index_pct === null
        ? null
        : {
            year: year - 1,
            indexPct: Number(row.prev_index_pct),
            rank: row.prev_rank === null ? null : Number(row.prev_rank),
          },
  }
}
