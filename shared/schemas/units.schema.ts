import { z } from 'zod'
import { MAX_YEAR, MIN_YEAR, UNIT_KINDS } from '../domain/units.ts'

/** A unit code: upper-case ASCII segments joined by dots (`LONG_AN.THANH_HOA`). */
export const unitCodeSchema = z
  .string()
  .trim()
  .regex(/^[A-Z0-9_]+(\.[A-Z0-9_]+)*$/, 'Expected a unit code such as LONG_AN.THANH_HOA')

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

/** `?format=csv` asks a list endpoint for CSV, like `Accept: text/csv`. */
export const RESPONSE_FORMATS = ['json', 'csv'] as const
export const formatSchema = z.enum(RESPONSE_FORMATS).optional()

/** GET /api/units */
export const unitsQuerySchema = z.object({
  parent: optionalParam(unitCodeSchema),
  kind: optionalParam(unitKindSchema),
  format: formatSchema,
})
export type UnitsQuery = z.infer<typeof unitsQuerySchema>

/** GET /api/units/:code (and its sub-resources) */
export const unitParamSchema = z.object({ code: unitCodeSchema })
export type UnitParam = z.infer<typeof unitParamSchema>
