// Each field's best and summed points per cohort-year and scope (ADR 023), written with the ranks
// they are counted over (write-ranked-years.ts), so a unit's profile reads its cohort's best and
// average per field from a few stored rows instead of parsing every assessment of the cohort.
// The field-point texts are parsed and summed here: grouping their expansion in SQL (json_each,
// then GROUP BY) cost SQLite seven times as long.
import { parseFieldPoints } from '#server/db/field-points.ts'
import type { CohortFieldStatTable, RankScope } from '#server/db/schema.ts'

/** A ranked assessment as the stats read it: its cohort and its field points' stored text. */
export type FieldPointsRow = {
  parent_code: string
  kind: string
  block: string
  unit_code: string
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
    for (const p of parseFieldPoints(row.unit_code, year, row.field_points)) {
      const key = `${row.parent_code}\u0000${row.kind}\u0000${row.block}\u0000${p.field_code}`
      const stat = stats.get(key)
      if (stat) {
        stat.best = Math.max(stat.best, p.points)
        stat.total += p.points
        stat.count += 1
      } else {
        const { parent_code, kind, block } = row
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
  return [...stats.values()]
}
