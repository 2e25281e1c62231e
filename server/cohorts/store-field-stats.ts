// Each field's best and summed points per cohort-year and scope (ADR 023), written with the ranks
// they are counted over (write-ranked-years.ts), so a unit's profile reads its cohort's best and
// average per field from a few stored rows instead of parsing every assessment of the cohort.
// The field-point texts are parsed and summed here: grouping their expansion in SQL (json_each,
// then GROUP BY) cost SQLite seven times as long.
import { type StoredFieldPoints } from '#server/db/field-points.ts'
import type { CohortFieldStatTable, RankScope } from '#server/db/schema.ts'

/** A ranked assessment as the stats read it: its cohort and its field points' stored text. */
export type FieldPointsRow = {
  parent_code: string
  kind: string
  block: string
  field_points: string | null
}

/** The field stats of one scope's year over its ranked assessments, one row per cohort and field. */
export function fieldStatsOf(
  rows: readonly FieldPointsRow[],
  scope: RankScope,
  year: number,
): CohortFieldStatTable[] {
  // In the order each cohort's field first comes; found by cohort, then by the field's code (a
  // key the parsed text holds already), not by a key joined for every field of every row.
  const stats: CohortFieldStatTable[] = []
  const byCohort = new Map<string, Map<string, CohortFieldStatTable>>()
  for (const row of rows) {
    if (!row.field_points) continue
    // The stored text read directly (field-points.ts defines it): no per-field objects or sort.
    const stored = JSON.parse(row.field_points) as StoredFieldPoints
    const cohort = `${row.parent_code}\u0000${row.kind}\u0000${row.block}`
    let fields = byCohort.get(cohort)
    if (!fields) byCohort.set(cohort, (fields = new Map()))
    for (const code in stored) {
      const points = stored[code]![0]
      const stat = fields.get(code)
      if (stat) {
        if (points > stat.best) stat.best = points
        stat.total += points
        stat.count += 1
      } else {
        const { parent_code, kind, block } = row
        const first = { best: points, total: points, count: 1 }
        const added = { parent_code, kind, block, scope, year, field_code: code, ...first }
        fields.set(code, added)
        stats.push(added)
      }
    }
  }
  return stats
}
