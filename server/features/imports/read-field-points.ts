// The points per field of an assessments row, and the unit's own maximum per field, each checked
// against the scheme covering the unit.
import type { FieldPoint } from '#server/db/field-points.ts'
import type { FullScheme } from '#server/write-path/schemes.repository.ts'
import type { RowReader } from './row-reader.ts'

/** `field_max:CODE` cells: the unit's own maximum per field (0: does not apply to it). */
export function readFieldMaxima(r: RowReader, scheme: FullScheme | undefined): Map<string, number> {
  const out = new Map<string, number>()
  for (const col of r.sheet.fieldMaxColumns) {
    const cell = (r.cells[col.index] ?? '').trim()
    const value = r.number(col.header, false, cell)
    if (value === null || value === undefined) continue
    const schemeMax = scheme?.fields.find((f) => f.field_code === col.code)?.max_points
    if (value < 0 || (schemeMax !== undefined && value > schemeMax)) {
      r.sheet.issues.error(r.row, col.header, 'OUT_OF_RANGE', {
        value,
        min: 0,
        max: schemeMax ?? '…',
      })
      r.failed = true
      continue
    }
    out.set(col.code, value)
  }
  return out
}

/**
 * The row's points per field, each a field of the scheme and within its maximum: the unit's own,
 * the scheme's, else the row's.
 */
export function readFields(
  r: RowReader,
  unitCode: string,
  year: number,
  max: number,
  scheme: FullScheme | undefined,
  unitMax: Map<string, number>,
): FieldPoint[] {
  const out: FieldPoint[] = []
  for (const col of r.sheet.fieldColumns) {
    const cell = (r.cells[col.index] ?? '').trim()
    const value = r.number(col.header, false, cell)
    if (value === null || value === undefined) continue
    const field = scheme?.fields.find((f) => f.field_code === col.code)
    if (scheme && scheme.fields.length > 0 && !field) {
      r.sheet.issues.error(r.row, col.header, 'UNKNOWN_FIELD', {
        value: col.code,
        scheme: scheme.scheme.id,
      })
      r.failed = true
      continue
    }
    const own = unitMax.get(col.code)
    const fieldMax = own ?? field?.max_points ?? max
    // Bonus/penalty points may be negative; every other field lies within 0..maximum.
    const min = col.code === 'ADJUSTMENT' ? -fieldMax : 0
    if (value < min || value > fieldMax) {
      r.sheet.issues.error(r.row, col.header, 'OUT_OF_RANGE', { value, min, max: fieldMax })
      r.failed = true
      continue
    }
    out.push({
      unit_code: unitCode,
      year,
      field_code: col.code,
      points: value,
      max_points: own ?? field?.max_points ?? null,
    })
  }
  // A field the unit is not assessed on (maximum 0) is recorded even without points, so it is
  // shown as not applicable rather than as points lost.
  for (const [code, own] of unitMax) {
    if (own === 0 && !out.some((f) => f.field_code === code))
      out.push({ unit_code: unitCode, year, field_code: code, points: 0, max_points: 0 })
  }
  return out
}
