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

/** Body of PUT /api/schemes/:id (`PROVINCE:KIND:YEAR_FROM`): replaces fields and bands. */
export const schemeBodySchema = z.object({
  name: z.string().trim().min(1),
  yearTo: z.number().int().min(MIN_YEAR).max(MAX_YEAR).nullable(),
  decisionNo: z.string().trim().min(1).nullable().default(null),
  fields: z
    .array(
      z.object({
        code,
        maxPoints: z.number().min(0).max(1000),
        component: z.enum(FIELD_COMPONENTS).default('APPRAISAL'),
      }),
    )
    .refine((f) => new Set(f.map((x) => x.code)).size === f.length, 'field codes must be unique'),
  bands: z
    .array(
      z.object({
        code,
        labelVi: z.string().trim().min(1),
        labelEn: z.string().trim().min(1),
        minPct: z.number().min(0).max(100),
      }),
    )
    .refine((b) => new Set(b.map((x) => x.code)).size === b.length, 'grade codes must be unique'),
})
export type SchemeBody = z.infer<typeof schemeBodySchema>

export const schemeIdParamSchema = z.object({
  id: z.string().regex(/^[A-Z0-9_.]+:[A-Z]+:\d{4}$/),
})
