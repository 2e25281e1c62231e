import { z } from 'zod'

/** A criterion (tiêu chí) of a scheme's field: its maximum and the part it belongs to. */
export const SchemeCriterionSchema = z.object({
  code: z.string(),
  name: z.string(),
  maxPoints: z.number(),
  component: z.string(),
})
export type SchemeCriterion = z.infer<typeof SchemeCriterionSchema>

/**
 * A field of a scheme. `appraisalMax` and `surveyMax` are its two parts when it has both (they
 * add up to maxPoints); null when the whole field is its `component`.
 */
export const SchemeFieldSchema = z.object({
  code: z.string(),
  maxPoints: z.number(),
  component: z.string(),
  appraisalMax: z.number().nullable(),
  surveyMax: z.number().nullable(),
  criteria: z.array(SchemeCriterionSchema),
})
export type SchemeField = z.infer<typeof SchemeFieldSchema>

/** A grade band: the index must reach minPct (`minInclusive`, "≥ 90") or exceed it ("> 95"). */
export const SchemeBandSchema = z.object({
  code: z.string(),
  labelVi: z.string(),
  labelEn: z.string(),
  minPct: z.number(),
  minInclusive: z.boolean().describe('true: index ≥ minPct; false: index > minPct'),
})
export type SchemeBand = z.infer<typeof SchemeBandSchema>

/** A scoring scheme: fields with maxima and criteria, and grade bands for (province, unit kind, years). */
export const SchemeSchema = z.object({
  /** PROVINCE:KIND:YEAR_FROM */
  id: z.string().describe('PROVINCE:KIND:YEAR_FROM'),
  provinceCode: z.string(),
  unitKind: z.string(),
  yearFrom: z.number().int(),
  yearTo: z.number().int().nullable(),
  name: z.string(),
  decisionNo: z.string().nullable(),
  fields: z.array(SchemeFieldSchema),
  bands: z.array(SchemeBandSchema),
})
export type Scheme = z.infer<typeof SchemeSchema>

export const SchemeListSchema = z.object({ items: z.array(SchemeSchema) })
export type SchemeList = z.infer<typeof SchemeListSchema>

export const SchemeSaveResultSchema = z.object({
  scheme: SchemeSchema,
  /** Assessments whose grade changed. */
  regraded: z.number().int(),
})
export type SchemeSaveResult = z.infer<typeof SchemeSaveResultSchema>
