import { z } from 'zod'
import { FIELD_CODE_PATTERN, FIELD_COMPONENTS } from '../domain/kpi-fields.ts'
import { MAX_YEAR, MIN_YEAR, UNIT_KINDS } from '../domain/units.ts'
import { lineText, TEXT_MAX } from './text.schema.ts'

/** Bounds of one scheme: published methods have about ten fields, forty criteria, five grades. */
export const SCHEME_LIMITS = { fields: 100, criteria: 1000, bands: 50 } as const

const code = z.string().trim().max(TEXT_MAX.code).regex(FIELD_CODE_PATTERN)

export const schemesQuerySchema = z.object({
  province: lineText(TEXT_MAX.code).min(1).optional(),
  kind: z.enum(UNIT_KINDS).optional(),
})

const points = z.number().min(0).max(1000)
/** Criteria are numbered as in published methods ("1.1", "7.2") or coded ("TC1_1"). */
const criterionCode = z
  .string()
  .trim()
  .max(TEXT_MAX.code)
  .regex(/^[A-Z0-9][A-Z0-9_.]*$/)

const criterion = z.object({
  code: criterionCode,
  name: lineText().min(1),
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
    criteria: z.array(criterion).max(SCHEME_LIMITS.criteria).default([]),
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
  name: lineText().min(1),
  yearTo: z.number().int().min(MIN_YEAR).max(MAX_YEAR).nullable(),
  decisionNo: lineText(TEXT_MAX.decisionNo).min(1).nullable().default(null),
  fields: z
    .array(field)
    .max(SCHEME_LIMITS.fields)
    .refine((f) => new Set(f.map((x) => x.code)).size === f.length, 'field codes must be unique')
    .refine((f) => {
      const codes = f.flatMap((x) => x.criteria.map((c) => c.code))
      return new Set(codes).size === codes.length
    }, 'criterion codes must be unique in a scheme')
    .refine(
      (f) => f.reduce((n, x) => n + x.criteria.length, 0) <= SCHEME_LIMITS.criteria,
      `a scheme has at most ${SCHEME_LIMITS.criteria} criteria`,
    ),
  bands: z
    .array(
      z.object({
        code,
        labelVi: lineText().min(1),
        labelEn: lineText().min(1),
        minPct: z.number().min(0).max(100),
        /** true: the band starts at minPct (≥); false: above it (>). */
        minInclusive: z.boolean().default(true),
      }),
    )
    .max(SCHEME_LIMITS.bands)
    .refine((b) => new Set(b.map((x) => x.code)).size === b.length, 'grade codes must be unique'),
})
export type SchemeBody = z.infer<typeof schemeBodySchema>

export const schemeIdParamSchema = z.object({
  id: z.string().regex(/^[A-Z0-9_.]+:[A-Z]+:\d{4}$/),
})
