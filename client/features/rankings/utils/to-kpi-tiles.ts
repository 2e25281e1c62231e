import type { RankingSummary } from '#shared/dto/ranking.ts'
import type { GradeStyle } from '#client/lib/grade-styles.ts'
import type { PatternKind } from '#client/lib/palette.ts'

export type KpiTiles = {
  count: number
  average: number | null
  best: { name: string; indexPct: number } | null
  worst: { name: string; indexPct: number } | null
  grades: { code: string; label: string; color: string; pattern: PatternKind; count: number }[]
}

/** Cohort KPIs from its summary: mean index, best and lowest unit, units per grade (best band first). */
export function toKpiTiles(summary: RankingSummary, styles: GradeStyle[]): KpiTiles {
  if (summary.ranked === 0) return { count: 0, average: null, best: null, worst: null, grades: [] }
  const named = (entry: RankingSummary['best']) =>
    entry ? { name: entry.unit.name, indexPct: entry.indexPct } : null
  return {
    count: summary.ranked,
    average: summary.averageIndexPct,
    best: named(summary.best),
    worst: named(summary.worst),
    grades: [...styles].reverse().map((s) => ({
      code: s.code,
      label: s.label,
      color: s.color,
      pattern: s.pattern,
      count: summary.gradeCounts.find((g) => g.grade === s.code)?.count ?? 0,
    })),
  }
}
