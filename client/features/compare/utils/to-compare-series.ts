import { KPI_FIELDS } from '#shared/domain/kpi-fields.ts'
import type { Comparison } from '#shared/dto/compare.ts'

export type CompareFieldRow = { code: string } & Record<string, number | string | null>

/** The latest year every compared unit has a result in (else the latest year of any). */
export function commonYear(comparison: Comparison): number | null {
  const sets = comparison.items.map((item) => new Set(item.years.map((y) => y.year)))
  const shared = comparison.years.filter((year) => sets.every((s) => s.has(year)))
  return shared[shared.length - 1] ?? comparison.years[comparison.years.length - 1] ?? null
}

/** Points per field (rows) × unit (columns) in one year, in the fields' canonical order. */
export function toCompareFieldRows(comparison: Comparison, year: number): CompareFieldRow[] {
  const fields = new Set<string>()
  for (const item of comparison.items) for (const f of item.years.find((y) => y.year === year)?.fields ?? []) fields.add(f.code)
  const order = (code: string) => {
    const i = (KPI_FIELDS as readonly string[]).indexOf(code)
    return i === -1 ? KPI_FIELDS.length : i
  }
  return [...fields]
    .sort((a, b) => order(a) - order(b))
    .map((code) => {
      const row: CompareFieldRow = { code }
      for (const item of comparison.items) {
        row[item.unit.code] = item.years.find((y) => y.year === year)?.fields.find((f) => f.code === code)?.points ?? null
      }
      return row
    })
}

/** Index per year (rows) × unit (columns); null where a unit has no result that year. */
export function toCompareYearRows(comparison: Comparison): Record<string, number | null>[] {
  return comparison.years.map((year) => {
    const row: Record<string, number | null> = { year }
    for (const item of comparison.items) row[item.unit.code] = item.years.find((y) => y.year === year)?.indexPct ?? null
    return row
  })
}

/** Differences from the first unit (the reference), per row: value − reference value. */
export function differenceFrom(row: Record<string, unknown>, reference: string, code: string): number | null {
  const a = row[code]
  const b = row[reference]
  if (typeof a !== 'number' || typeof b !== 'number') return null
  return Math.round((a - b) * 100) / 100
}
