import { KPI_FIELD_SHORT_LABELS, KPI_FIELDS, type KpiField } from '#shared/domain/kpi-fields.ts'
import type { ProfileYear } from '#shared/dto/profile.ts'
import type { Language } from '#client/lib/format.ts'

export type IndexYearRow = {
  year: number
  indexPct: number
  rank: number
  total: number
  grade: string | null
  deltaPct: number | null
  rankChange: number | null
}

/** The unit's index and rank per year, ascending. */
export function toIndexSeries(years: readonly ProfileYear[]): IndexYearRow[] {
  return [...years]
    .sort((a, b) => a.year - b.year)
    .map((y) => ({ year: y.year, indexPct: y.indexPct, rank: y.rank, total: y.total, grade: y.grade, deltaPct: y.deltaPct, rankChange: y.rankChange }))
}

export type FieldRow = {
  code: string
  label: string
  points: number
  maxPoints: number | null
  cohortBest: number | null
  cohortAverage: number | null
  /** Points lost against the maximum: what a department head looks for first. */
  lost: number | null
}

export function fieldLabel(code: string, lang: Language): string {
  return (KPI_FIELDS as readonly string[]).includes(code) ? KPI_FIELD_SHORT_LABELS[code as KpiField][lang] : code
}

function fieldOrder(code: string): number {
  const i = (KPI_FIELDS as readonly string[]).indexOf(code)
  return i === -1 ? KPI_FIELDS.length : i
}

/** Rows keyed by field code, in the fields' canonical order (LEADERSHIP … ADJUSTMENT). */
export function sortByField<T extends { field: string }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => fieldOrder(a.field) - fieldOrder(b.field))
}

/** Field-by-field points against the maximum and the cohort's best, in the scheme's field order. */
export function toFieldSeries(year: ProfileYear | undefined, lang: Language): FieldRow[] {
  if (!year) return []
  return [...year.fields]
    .sort((a, b) => fieldOrder(a.code) - fieldOrder(b.code))
    .map((f) => ({
      code: f.code,
      label: fieldLabel(f.code, lang),
      points: f.points,
      maxPoints: f.maxPoints,
      cohortBest: f.cohortBest,
      cohortAverage: f.cohortAverage,
      lost: f.maxPoints === null ? null : Math.round((f.maxPoints - f.points) * 100) / 100,
    }))
}
