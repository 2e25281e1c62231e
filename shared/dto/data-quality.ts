import { z } from 'zod'
import { GradeBandSchema, PublishedFlagSchema } from './calculated.ts'

/** A unit-year whose published rank, grade or index differs from what the product computes. */
export const DataQualityItemSchema = z.object({
  unit: z.object({ code: z.string(), name: z.string() }),
  year: z.number().int(),
  status: z.string(),
  computed: z.object({
    rank: z.number().int(),
    grade: z.string().nullable(),
    indexPct: z.number(),
  }),
  published: z.object({
    rank: z.number().int().nullable(),
    grade: z.string().nullable(),
    indexPct: z.number().nullable(),
  }),
  flags: z.array(PublishedFlagSchema),
})
export type DataQualityItem = z.infer<typeof DataQualityItemSchema>

export const DataQualityReportSchema = z.object({
  parentCode: z.string(),
  kind: z.string(),
  year: z.number().int().nullable(),
  /** Unit-years compared. */
  checked: z.number().int(),
  items: z.array(DataQualityItemSchema),
  /** The grade bands of each year the items hold, to name their grades as that year's scheme does. */
  gradeBands: z.array(z.object({ year: z.number().int(), bands: z.array(GradeBandSchema) })),
})
export type DataQualityReport = z.infer<typeof DataQualityReportSchema>
