import { z } from 'zod'
import { MAX_YEAR, MIN_YEAR, UNIT_CODE_PATTERN, UNIT_KINDS } from '../domain/units.ts'

/**
 * A unit code as organisations write it: letters, digits, `-`, `_`, `.` (`LONG_AN.THANH_HOA`,
 * `79`, `hcm-q1`); matched without regard to case.
 */
export const unitCodeSchema = z
  .string()
  .trim()
  .regex(
    UNIT_CODE_PATTERN,
    'Expected a unit code: letters, digits, -, _ or . (e.g. LONG_AN.THANH_HOA, 79)',
  )

/** A report year from the query string. */
export const yearSchema = z.coerce
  .number()
  .int('Expected a whole year')
  .min(MIN_YEAR, `Expected a year from ${MIN_YEAR}`)
  .max(MAX_YEAR, `Expected a year up to ${MAX_YEAR}`)

export const unitKindSchema = z.enum(UNIT_KINDS)

/**
 * An optional query parameter where an empty value (`?parent=&kind=`, what a form sends for
 * "any") means absent.
 */
export function optionalParam<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === '' ? undefined : value), schema.optional())
}

/** `?format=csv|xlsx` asks a list endpoint for a download, like `Accept: text/csv` (ADR 018). */
export const RESPONSE_FORMATS = ['json', 'csv', 'xlsx'] as const
export const formatSchema = z.enum(RESPONSE_FORMATS).optional()

/** GET /api/units */
export const unitsQuerySchema = z.object({
  parent: optionalParam(unitCodeSchema),
  kind: optionalParam(unitKindSchema),
  /** Placements in force for this year (default: today's). */
  year: optionalParam(yearSchema),
  format: formatSchema,
})
export type UnitsQuery = z.infer<typeof unitsQuerySchema>

/** GET /api/units/:code (and its sub-resources) */
export const unitParamSchema = z.object({ code: unitCodeSchema })
export type UnitParam = z.infer<typeof unitParamSchema>
