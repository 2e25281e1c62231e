import type { RankingEntry } from '#shared/dto/ranking.ts'
import { round } from '#shared/kpi/round.ts'
import type { GradeStyle } from './grade-styles.ts'

export type KpiTiles = {
  count: number
  average: number | null
  best: { name: string; indexPct: number } | null
  worst: { name: string; indexPct: number } | null
  grades: { code: string; label: string; color: string; count: number }[]
}

/** Cohort KPIs: mean index, best and lowest unit, units per grade (best band first). */
export function toKpiTiles(items: readonly RankingEntry[], styles: GradeStyle[]): KpiTiles {
  if (items.length === 0) return { count: 0, average: null, best: null, worst: null, grades: [] }
  const sorted = [...items].sort((a, b) => b.indexPct - a.indexPct)
  const first = sorted[0]
  const last = sorted[sorted.length - 1]
  const sum = items.reduce((acc, item) => acc + item.indexPct, 0)
  return {
    count: items.length,
    average: round(sum / items.length, 2),
    best: first ? { name: first.unit.name, indexPct: first.indexPct } : null,
    worst: last ? { name: last.unit.name, indexPct: last.indexPct } : null,
    grades: [...styles].reverse().map((s) => ({
      code: s.code,
      label: s.label,
      color: s.color,
      count: items.filter((item) => item.grade === s.code).length,
    })),
  }
}
