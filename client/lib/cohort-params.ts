import type { z } from 'zod'
import type { UnitKind } from '#shared/domain/units.ts'
import type { UnitRef } from '#shared/dto/unit.ts'
import { cohortQuerySchema } from '#shared/schemas/cohorts.schema.ts'
import { compareQuerySchema } from '#shared/schemas/compare.schema.ts'

export { cohortSearch, DEFAULT_COHORT } from './default-cohort.ts'

/** Cohort filters of the URL: the server's own query schema, every field optional here. */
export const cohortSearchSchema = cohortQuerySchema.pick({ parent: true, kind: true, year: true }).partial()
export type CohortSearch = z.infer<typeof cohortSearchSchema>

export const compareSearchSchema = compareQuerySchema.pick({ units: true }).partial()

export type ParsedSearch<T> = { ok: true; data: T } | { ok: false; invalid: string[] }

/**
 * Parses the URL's search params with a zod object schema. Unknown params are ignored; invalid
 * ones are named so the page can say which, instead of crashing.
 */
export function parseSearch<S extends z.ZodObject>(schema: S, params: URLSearchParams): ParsedSearch<z.infer<S>> {
  const raw: Record<string, string> = {}
  for (const key of Object.keys(schema.shape)) {
    const value = params.get(key)
    if (value !== null) raw[key] = value
  }
  const result = schema.safeParse(raw)
  if (result.success) return { ok: true, data: result.data }
  const invalid = [...new Set(result.error.issues.map((issue) => String(issue.path[0] ?? '?')))]
  return { ok: false, invalid }
}

/** The cohort part of a file name: LONG_AN → "long-an"; non-district kinds are appended. */
export function fileCohortOf(parentCode: string, kind: string): string {
  const base = parentCode.toLowerCase().replace(/[_.]+/g, '-')
  return kind === 'DISTRICT' ? base : `${base}-${kind.toLowerCase()}`
}

/** The cohort and year a page shows, resolved from the URL and the data. */
export type CohortSelection = {
  parent: UnitRef
  kind: UnitKind
  year: number
  years: number[]
  /** "Cấp huyện — Tỉnh Long An" */
  label: string
  fileCohort: string
}
