import { z } from 'zod'
import { TEXT_LANGS } from '../text/format-number.ts'

/** GET /api/units/:code/summary */
export const UnitSummarySchema = z.object({
  text: z.string(),
  year: z.number().int(),
  lang: z.enum(TEXT_LANGS),
})
export type UnitSummary = z.infer<typeof UnitSummarySchema>
