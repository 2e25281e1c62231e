// Ranked rows → ComparisonData. rank() and count(*) over () are int8 on PostgreSQL (strings from pg
// without the parser in create-db.ts): Number() on each.
import type { CompareUnit, ComparisonData } from '#shared/dto/compare.ts'
import type { UnitRow } from '../../db/schema.ts'
import { toUnit } from '../cohorts/cohorts.mapper.ts'
import { cohortYearShapeOf, toRankingEntry } from '../rankings/rankings.mapper.ts'
import type { ComparisonParts } from './compare.repository.ts'

/** Units in the order they were asked for. */
export function toComparison(units: readonly UnitRow[], p: ComparisonParts): ComparisonData {
  const items: CompareUnit[] = units.map((unit) => ({
    unit: toUnit(unit, p.placements.get(unit.code)),
    years: p.ranked
      .filter((r) => r.unit_code === unit.code)
      .sort((a, b) => Number(a.year) - Number(b.year))
      .map((r) => {
        const year = Number(r.year)
        const shape = cohortYearShapeOf(r, p.schemeChanged.has(`${unit.code}|${year}`))
        const entry = toRankingEntry(r, year, [], shape)
        return {
          year,
          indexPct: entry.indexPct,
          points: entry.points,
          maxPoints: entry.maxPoints,
          rank: entry.rank,
          total: shape.total,
          rankChange: entry.rankChange,
          notComparable: entry.notComparable,
          grade: entry.grade,
          fields: p.fields
            .filter((f) => f.unit_code === unit.code && Number(f.year) === year)
            .map((f) => ({
              code: f.field_code,
              points: Number(f.points),
              maxPoints:
                f.max_points === null
                  ? (p.schemeMax.get(`${unit.code}|${year}|${f.field_code}`) ?? null)
                  : Number(f.max_points),
            })),
        }
      }),
  }))
  const years = [...new Set(items.flatMap((i) => i.years.map((y) => y.year)))].sort((a, b) => a - b)
  return { items, years }
}

export const COMPARE_CSV_COLUMNS = [
  'unit_code',
  'unit_name',
  'year',
  'index_pct',
  'points',
  'max_points',
  'rank',
  'total',
  'grade',
] as const

/** One CSV line per unit and year. */
export function toCompareCsvRows(comparison: ComparisonData) {
  return comparison.items.flatMap((item) =>
    item.years.map((y) => ({
      unit_code: item.unit.code,
      unit_name: item.unit.name,
      year: y.year,
      index_pct: y.indexPct,
      points: y.points,
      max_points: y.maxPoints,
      rank: y.rank,
      total: y.total,
      grade: y.grade,
    })),
  )
}
