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
  const stats = new Map<string, CohortFieldStatTable>()
  for (const row of rows) {
    if (!row.field_points) continue
    // The stored text read directly (field-points.ts defines it): no per-field objects or sort.
    const stored = JSON.parse(row.field_points) as StoredFieldPoints
    const cohort = `${row.parent_code}\u0000${row.kind}\u0000${row.block}\u0000`
    for (const code in stored) {
      const points = stored[code]![0]
      const stat = stats.get(cohort + code)
      if (stat) {
        if (points > stat.best) stat.best = points
        stat.total += points
        stat.count += 1
      } else {
        const { parent_code, kind, block } = row
        const first = { best: points, total: points, count: 1 }
        stats.set(cohort + code, {
          parent_code,
          kind,
          block,
          scope,
          year,
          field_code: code,
          ...first,
        })
      }
    }
  }
  return [...stats.values()]
}
