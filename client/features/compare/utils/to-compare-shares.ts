// Units compared field by field as shares of their own maxima: a department's 18.09 of 22 (82.23 %)
// is ahead of a district's 23.64 of 30 (78.80 %), though it has fewer points.
import type { UnitKind } from '#shared/domain/units.ts'
import { KPI_FIELDS } from '#shared/domain/kpi-fields.ts'
import type { CompareField, CompareYear, ComparisonData } from '#shared/dto/compare.ts'
import { round } from '#shared/kpi/round.ts'

/** One unit's field in the year compared; null where the unit has no points in it. */
export type ShareCell = Pick<CompareField, 'points' | 'maxPoints' | 'sharePct'>

/** A field (row) across the units compared (cells keyed by unit code, in the order asked). */
export type CompareShareRow = { code: string; cells: Record<string, ShareCell | null> }

const fieldOrder = (code: string) => {
  const i = (KPI_FIELDS as readonly string[]).indexOf(code)
  return i === -1 ? KPI_FIELDS.length : i
}

/** A unit's result in a year, if it has one. */
export function resultIn(comparison: ComparisonData, code: string, year: number) {
  return comparison.items.find((i) => i.unit.code === code)?.years.find((y) => y.year === year)
}

/** Every field any unit has points in that year, in the fields' canonical order. */
export function toCompareShareRows(comparison: ComparisonData, year: number): CompareShareRow[] {
  const codes = new Set<string>()
  for (const item of comparison.items)
    for (const f of item.years.find((y) => y.year === year)?.fields ?? []) codes.add(f.code)
  return [...codes]
    .sort((a, b) => fieldOrder(a) - fieldOrder(b))
    .map((code) => {
      const cells: CompareShareRow['cells'] = {}
      for (const item of comparison.items) {
        const field = resultIn(comparison, item.unit.code, year)?.fields.find(
          (f) => f.code === code,
        )
        cells[item.unit.code] = field
          ? { points: field.points, maxPoints: field.maxPoints, sharePct: field.sharePct }
          : null
      }
      return { code, cells }
    })
}

/** A chart's row: the field and each unit's share under its code. */
export function toShareChartRow(row: CompareShareRow): Record<string, string | number | null> {
  const out: Record<string, string | number | null> = { code: row.code }
  for (const [unit, cell] of Object.entries(row.cells)) out[unit] = cell?.sharePct ?? null
  return out
}

/**
 * What the units compared in a year stand on: their levels and schemes. Units of different
 * levels or schemes have different maxima, so only shares compare, and ranks not at all.
 */
export type CompareBasis = {
  levels: UnitKind[]
  levelsDiffer: boolean
  schemesDiffer: boolean
  /** Each unit with a result and the scheme it was scored under (null: none recorded). */
  schemes: { code: string; name: string; scheme: string | null }[]
}

export function compareBasis(comparison: ComparisonData, year: number): CompareBasis {
  const present = comparison.items.flatMap((item) => {
    const result = item.years.find((y) => y.year === year)
    return result ? [{ item, result }] : []
  })
  const levels = [...new Set(present.map((p) => p.result.cohort.kind))]
  const schemeIds = new Set(present.map((p) => p.result.scheme?.id ?? null))
  return {
    levels,
    levelsDiffer: levels.length > 1,
    schemesDiffer: schemeIds.size > 1,
    schemes: present.map((p) => ({
      code: p.item.unit.code,
      name: p.item.unit.name,
      scheme: p.result.scheme?.name ?? null,
    })),
  }
}

const sameCohort = (a: CompareYear, b: CompareYear) =>
  a.cohort.parent.code === b.cohort.parent.code &&
  a.cohort.kind === b.cohort.kind &&
  a.cohort.block === b.cohort.block

/**
 * How many places `other` stands above `reference` (positive: higher, i.e. a smaller rank), or
 * null when they were ranked in different cohorts, where places do not compare — nor when one
 * rank is of the units loaded only (its `total` then differs: rank-denominator.ts).
 */
export function rankGap(reference: CompareYear, other: CompareYear): number | null {
  return sameCohort(reference, other) && reference.total === other.total
    ? reference.rank - other.rank
    : null
}

/** `other`'s share above `reference`'s, in percentage points (null where either has none). */
export function shareGap(reference: number | null, other: number | null): number | null {
  return reference === null || other === null ? null : round(other - reference, 2)
}
