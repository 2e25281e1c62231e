// Ranked rows → ComparisonData. rank() and count(*) over () are int8 on PostgreSQL (strings from pg
// without the parser in create-db.ts): Number() on each.
import { rankDenominator } from '#shared/kpi/rank-denominator.ts'
import type { UnitKind } from '#shared/domain/units.ts'
import type { CompareField, CompareUnit, CompareYear, ComparisonData } from '#shared/dto/compare.ts'
import { round } from '#shared/kpi/round.ts'
import type { UnitRow } from '../../db/schema.ts'
import { toUnit } from '#server/cohorts/cohorts.mapper.ts'
import { cohortYearShapeOf, toRankingEntry } from '../rankings/rankings.mapper.ts'
import type { ComparisonParts } from './compare.repository.ts'

/** The field's points as a share of the unit's own maximum in it; null without a positive maximum. */
export function sharePct(points: number, maxPoints: number | null): number | null {
  return maxPoints !== null && maxPoints > 0 ? round((points / maxPoints) * 100, 2) : null
}

/** The cohort and scheme a unit-year was ranked under. */
function rankedUnderOf(p: ComparisonParts, code: string, year: number) {
  const under = p.rankedUnder.get(`${code}|${year}`)
  if (!under) throw new Error(`No cohort recorded for ${code} in ${year}`)
  const cohort: CompareYear['cohort'] = {
    parent: under.parent,
    kind: under.kind as UnitKind,
    block: under.block === '' ? null : under.block,
  }
  const name = under.schemeId ? p.schemeNames.get(under.schemeId) : undefined
  const scheme = under.schemeId && name ? { id: under.schemeId, name } : null
  return { cohort, scheme }
}

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
          total: rankDenominator(entry.published?.rank, shape),
          rankChange: entry.rankChange,
          notComparable: entry.notComparable,
          grade: entry.grade,
          ...rankedUnderOf(p, unit.code, year),
          fields: p.fields
            .filter((f) => f.unit_code === unit.code && Number(f.year) === year)
            .map((f): CompareField => {
              const points = Number(f.points)
              const maxPoints =
                f.max_points === null
                  ? (p.schemeMax.get(`${unit.code}|${year}|${f.field_code}`) ?? null)
                  : Number(f.max_points)
              return {
                code: f.field_code,
                points,
                maxPoints,
                sharePct: sharePct(points, maxPoints),
              }
            }),
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
