import { z } from 'zod'
import { TEXT_LANGS } from '../text/format-number.ts'
import { optionalParam, yearSchema } from './units.schema.ts'

/** GET /api/units/:code/summary?year=&lang= */
export const summaryQuerySchema = z.object({
  /** Omitted → the unit's latest year with an assessment. */
  year: optionalParam(yearSchema),
  lang: z.enum(TEXT_LANGS).default('vi'),
  /** Ranks as "05/15" (provincial press, default) or "5/15" (`pad=false`, national press). */
  pad: z
    .enum(['true', 'false'])
    .default('true')
    .transform((value) => value === 'true'),
})
export type SummaryQuery = z.infer<typeof summaryQuerySchema>
