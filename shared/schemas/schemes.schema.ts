import { z } from 'zod'
import { FIELD_COMPONENTS } from '../domain/kpi-fields.ts'
import { MAX_YEAR, MIN_YEAR, UNIT_KINDS } from '../domain/units.ts'

const code = z
  .string()
  .trim()
  .regex(/^[A-Z][A-Z0-9_]*$/)

export const schemesQuerySchema = z.object({
  province: z.string().trim().min(1).optional(),
  kind: z.enum(UNIT_KINDS).optional(),
})

const points = z.number().min(0).max(1000)
/** Criteria are numbered as in published methods ("1.1", "7.2") or coded ("TC1_1"). */
const criterionCode = z
  .string()
  .trim()
  .regex(/^[A-Z0-9][A-Z0-9_.]*$/)

const criterion = z.object({
  code: criterionCode,
  name: z.string().trim().min(1),
  maxPoints: points,
  /** Absent: the field's component. */
  component: z.enum(FIELD_COMPONENTS).optional(),
})

const field = z
  .object({
    code,
    maxPoints: points,
    component: z.enum(FIELD_COMPONENTS).default('APPRAISAL'),
    /** Both or neither: a field's appraisal and survey parts, adding up to maxPoints. */
    appraisalMax: points.nullable().default(null),
    surveyMax: points.nullable().default(null),
    criteria: z.array(criterion).default([]),
  })
  .refine(
    (f) =>
      (f.appraisalMax === null && f.surveyMax === null) ||
      (f.appraisalMax !== null &&
        f.surveyMax !== null &&
        Math.abs(f.appraisalMax + f.surveyMax - f.maxPoints) <= 1e-6),
    'appraisalMax and surveyMax are both null or add up to maxPoints',
  )

/** Body of PUT /api/schemes/:id (`PROVINCE:KIND:YEAR_FROM`): replaces fields, criteria and bands. */
export const schemeBodySchema = z.object({
  name: z.string().trim().min(1),
  yearTo: z.number().int().min(MIN_YEAR).max(MAX_YEAR).nullable(),
  decisionNo: z.string().trim().min(1).nullable().default(null),
  fields: z
    .array(field)
    .refine((f) => new Set(f.map((x) => x.code)).size === f.length, 'field codes must be unique')
    .refine((f) => {
      const codes = f.flatMap((x) => x.criteria.map((c) => c.code))
      return new Set(codes).size === codes.length
    }, 'criterion codes must be unique in a scheme'),
  bands: z
    .array(
      z.object({
        code,
        labelVi: z.string().trim().min(1),
        labelEn: z.string().trim().min(1),
        minPct: z.number().min(0).max(100),
        /** true: the band starts at minPct (≥); false: above it (>). */
        minInclusive: z.boolean().default(true),
      }),
    )
    .refine((b) => new Set(b.map((x) => x.code)).size === b.length, 'grade codes must be unique'),
})
export type SchemeBody = z.infer<typeof schemeBodySchema>

export const schemeIdParamSchema = z.object({
  id: z.string().regex(/^[A-Z0-9_.]+:[A-Z]+:\d{4}$/),
})
