import { MAX_YEAR, MIN_YEAR, UNIT_KINDS, type UnitKind } from '#shared/domain/units.ts'
import type { UnitRef } from '#shared/dto/unit.ts'

import { DEFAULT_COHORT } from './default-cohort.ts'

export { cohortSearch, DEFAULT_COHORT } from './default-cohort.ts'

type PathSegment = PropertyKey | { key: PropertyKey }
type Issue = { message: string; path?: readonly PathSegment[] }
type Result<T> = { value: T; issues?: undefined } | { issues: readonly Issue[] }

/** A URL-params schema: its keys and a Standard Schema validator (zod objects are both). */
export type SearchSchema<T> = {
  shape: Record<string, unknown>
  '~standard': { validate: (value: unknown) => Result<T> | Promise<Result<T>> }
}

export type CohortSearch = { parent?: string; kind?: UnitKind; year?: number }

const UNIT_CODE = /^[A-Z0-9_]+(\.[A-Z0-9_]+)*$/

function validateCohortSearch(value: unknown): Result<CohortSearch> {
  const raw = (value ?? {}) as Record<string, unknown>
  const data: CohortSearch = {}
  const issues: Issue[] = []
  const bad = (key: string, message: string) => issues.push({ message, path: [key] })
  if (raw.parent !== undefined) {
    const parent = String(raw.parent).trim()
    if (UNIT_CODE.test(parent)) data.parent = parent
    else bad('parent', 'Expected a unit code such as LONG_AN.THANH_HOA')
  }
  if (raw.kind !== undefined) {
    const kind = UNIT_KINDS.find((k) => k === raw.kind)
    if (kind) data.kind = kind
    else bad('kind', `Expected one of ${UNIT_KINDS.join(', ')}`)
  }
  // As on the server, an empty year (`?year=`) means the latest one.
  if (raw.year !== undefined && raw.year !== '') {
    const year = Number(raw.year)
    if (Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR) data.year = year
    else bad('year', `Expected a year from ${MIN_YEAR} to ${MAX_YEAR}`)
  }
  return issues.length > 0 ? { issues } : { value: data }
}

/**
 * Cohort filters of the URL: the server's cohort query (shared/schemas/cohorts.schema.ts),
 * every field optional. Restated without zod, which would add about 24 kB gzip to every cohort
 * page's first load (ADR 009); cohort-params.test.ts checks both schemas agree.
 */
export const cohortSearchSchema: SearchSchema<CohortSearch> = {
  shape: { parent: true, kind: true, year: true },
  '~standard': { validate: validateCohortSearch },
}

export type ParsedSearch<T> = { ok: true; data: T } | { ok: false; invalid: string[] }

const pathKey = (segment: PathSegment | undefined) =>
  String(typeof segment === 'object' ? segment.key : (segment ?? '?'))

/**
 * Parses the URL's search params with an object schema (a zod object or the one above).
 * Unknown params are ignored; invalid ones are named so the page can say which, instead of
 * crashing.
 */
export function parseSearch<T>(schema: SearchSchema<T>, params: URLSearchParams): ParsedSearch<T> {
  const raw: Record<string, string> = {}
  for (const key of Object.keys(schema.shape)) {
    const value = params.get(key)
    if (value !== null) raw[key] = value
  }
  const result = schema['~standard'].validate(raw)
  if (result instanceof Promise) throw new TypeError('URL schemas must validate synchronously')
  if (!result.issues) return { ok: true, data: result.value }
  return { ok: false, invalid: [...new Set(result.issues.map((issue) => pathKey(issue.path?.[0])))] }
}

/** The cohort a cohort page's URL names: its parent and kind, the app's default where absent. */
export function selectedCohort(search: CohortSearch): { parent: string; kind: UnitKind } {
  return { parent: search.parent ?? DEFAULT_COHORT.parent, kind: search.kind ?? DEFAULT_COHORT.kind }
}

/** That cohort in a list of cohorts (GET /api/cohorts), if the list has it. */
export function findCohort<C extends { parent: UnitRef; kind: string }>(
  items: readonly C[],
  { parent, kind }: { parent: string; kind: string },
): C | undefined {
  return items.find((c) => c.parent.code === parent && c.kind === kind)
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
