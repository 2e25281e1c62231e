import { z } from 'zod'
import { CohortRefSchema } from './cohort.ts'
import { NotComparableSchema } from './ranking.ts'
import { UnitSchema } from './unit.ts'

/**
 * A field of one unit-year. `sharePct` is points ÷ the unit's own maximum in the field × 100
 * (2 decimals): units under different schemes or levels have different maxima, so shares, not
 * points, are what compare. Null when the maximum is unknown or 0 (the field does not apply).
 */
export const CompareFieldSchema = z.object({
  code: z.string(),
  points: z.number(),
  maxPoints: z.number().nullable(),
  sharePct: z
    .number()
    .nullable()
    .describe('Points ÷ the unit’s own maximum in the field × 100 (null: no maximum)'),
})
export type CompareField = z.infer<typeof CompareFieldSchema>

/** The scoring scheme that covered a unit-year (null: none recorded for its cohort). */
export const CompareSchemeSchema = z.object({ id: z.string(), name: z.string() })
export type CompareScheme = z.infer<typeof CompareSchemeSchema>

export const CompareYearSchema = z.object({
  year: z.number().int(),
  indexPct: z.number(),
  /** null for index-only results. */
  points: z.number().nullable(),
  maxPoints: z.number().nullable(),
  /** The published rank where given, of the published size where given. */
  rank: z.number().int(),
  total: z.number().int(),
  rankChange: z.number().int().nullable(),
  notComparable: NotComparableSchema.nullable(),
  grade: z.string().nullable(),
  /** The cohort the unit was ranked in that year (a unit may change cohort, ADR 014). */
  cohort: CohortRefSchema,
  scheme: CompareSchemeSchema.nullable(),
  fields: z.array(CompareFieldSchema),
})
export type CompareYear = z.infer<typeof CompareYearSchema>

export const CompareUnitSchema = z.object({ unit: UnitSchema, years: z.array(CompareYearSchema) })
export type CompareUnit = z.infer<typeof CompareUnitSchema>

/** Units in the order asked, each with its yearly results. */
export const ComparisonDataSchema = z.object({
  items: z.array(CompareUnitSchema),
  /** Every year any of the units has a result, ascending. */
  years: z.array(z.number().int()),
})
export type ComparisonData = z.infer<typeof ComparisonDataSchema>

/**
 * Where a comparison's figures come from: each cohort's publishing decisions over the years
 * compared, in both languages; `draft` when any of those cohort-years is not wholly published.
 */
export const ComparisonSourceLineSchema = z.object({
  vi: z.string(),
  en: z.string(),
  draft: z.boolean(),
})
export type ComparisonSourceLine = z.infer<typeof ComparisonSourceLineSchema>

export const ComparisonSourceSchema = ComparisonSourceLineSchema.extend({
  /** The line of each year alone, keyed by year (a chart of one year). */
  byYear: z.record(z.string(), ComparisonSourceLineSchema),
})
export type ComparisonSource = z.infer<typeof ComparisonSourceSchema>

/** GET /api/compare: the comparison and its source line. */
export const ComparisonSchema = ComparisonDataSchema.extend({ source: ComparisonSourceSchema })
export type Comparison = z.infer<typeof ComparisonSchema>
