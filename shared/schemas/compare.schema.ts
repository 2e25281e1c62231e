import { z } from 'zod'
import { formatSchema, unitCodeSchema } from './units.schema.ts'

import { COMPARE_MAX_UNITS, COMPARE_MIN_UNITS } from '../domain/compare-limits.ts'

export { COMPARE_MAX_UNITS, COMPARE_MIN_UNITS }

/** GET /api/compare?units=A,B,… — 2 to 6 distinct unit codes, comma-separated. */
export const compareQuerySchema = z.object({
  units: z
    .string()
    .transform((value) => [
      ...new Set(
        value
          .split(',')
          .map((code) => code.trim())
          .filter(Boolean),
      ),
    ])
    .pipe(
      z
        .array(unitCodeSchema)
        .min(COMPARE_MIN_UNITS, `Give ${COMPARE_MIN_UNITS} to ${COMPARE_MAX_UNITS} unit codes`)
        .max(COMPARE_MAX_UNITS, `Give ${COMPARE_MIN_UNITS} to ${COMPARE_MAX_UNITS} unit codes`),
    ),
  format: formatSchema,
})
export type CompareQuery = z.infer<typeof compareQuerySchema>
