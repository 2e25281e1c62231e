import {
  MAX_YEAR,
  MIN_YEAR,
  UNIT_CODE_PATTERN,
  UNIT_KINDS,
  unitCodeKey,
  type UnitKind,
} from '#shared/domain/units.ts'
import type { UnitRef } from '#shared/dto/unit.ts'
import type { CohortQuery } from '#shared/schemas/cohorts.schema.ts'
import { landingCohort } from './landing-cohort.ts'
import { slugify } from './slug.ts'

export { cohortSearch } from './cohort-search.ts'

type PathSegment = PropertyKey | { key: PropertyKey }
type Issue = { message: string; path?: readonly PathSegment[] }
type Result<T> = { value: T; issues?: undefined } | { issues: readonly Issue[] }

/** A URL-params schema: its keys and a Standard Schema validator (zod objects are both). */
export type SearchSchema<T> = {
  shape: Record<string, unknown>
  '~standard': { validate: (value: unknown) => Result<T> | Promise<Result<T>> }
}

/** The URL's cohort filters; `cohort` is the published block (absent: the default cohort). */
export type CohortSearch = { parent?: string; kind?: UnitKind; cohort?: string; year?: number }

/** As the server's cohortBlockSchema: at most this many characters. */
const MAX_BLOCK_LENGTH = 120

const YEAR_EXPECTED = `Expected a year from ${MIN_YEAR} to ${MAX_YEAR}`

/**
 * A year of the URL: a whole year from MIN_YEAR to MAX_YEAR (read as a number, as the server's
 * yearSchema coerces it); undefined when absent or empty (`?year=`: the latest, as on the
 * server); null when it is not such a year.
 */
function searchYear(raw: unknown): number | undefined | null {
  if (raw === undefined || raw === '') return undefined
  const year = Number(raw)
  return Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR ? year : null
}

function validateCohortSearch(value: unknown): Result<CohortSearch> {
  const raw = (value ?? {}) as Record<string, unknown>
  const data: CohortSearch = {}
  const issues: Issue[] = []
  const bad = (key: string, message: string) => issues.push({ message, path: [key] })
  if (raw.parent !== undefined) {
    const parent = String(raw.parent).trim()
    if (UNIT_CODE_PATTERN.test(parent)) data.parent = parent
    else bad('parent', 'Expected a unit code such as TAY_NINH or 27865')
  }
  if (raw.kind !== undefined) {
    const kind = UNIT_KINDS.find((k) => k === raw.kind)
    if (kind) data.kind = kind
    else bad('kind', `Expected one of ${UNIT_KINDS.join(', ')}`)
  }
  if (raw.cohort !== undefined) {
    // As on the server: trimmed, NFC; empty is the default cohort.
    const block = String(raw.cohort).trim().normalize('NFC')
    if (block.length > MAX_BLOCK_LENGTH)
      bad('cohort', `Expected a block name of at most ${MAX_BLOCK_LENGTH} characters`)
    else if (block) data.cohort = block
  }
  const year = searchYear(raw.year)
  if (year === null) bad('year', YEAR_EXPECTED)
  else if (year !== undefined) data.year = year
  return issues.length > 0 ? { issues } : { value: data }
}

/**
 * Cohort filters of the URL: the server's cohort query (shared/schemas/cohorts.schema.ts),
 * every field optional. Restated without zod, which would add about 24 kB gzip to every cohort
 * page's first load (ADR 009); cohort-params.test.ts checks both schemas agree.
 */
export const cohortSearchSchema: SearchSchema<CohortSearch> = {
  shape: { parent: true, kind: true, cohort: true, year: true },
  '~standard': { validate: validateCohortSearch },
}

/** A unit profile's URL: /units/:code?year= (the year as on cohort pages). */
export type ProfileSearch = { year?: number }

export const profileSearchSchema: SearchSchema<ProfileSearch> = {
  shape: { year: true },
  '~standard': {
    validate: (value) => {
      const year = searchYear((value as Record<string, unknown> | undefined)?.year)
      if (year === null) return { issues: [{ message: YEAR_EXPECTED, path: ['year'] }] }
      return { value: year === undefined ? {} : { year } }
    },
  },
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
  return {
    ok: false,
    invalid: [...new Set(result.issues.map((issue) => pathKey(issue.path?.[0])))],
  }
}

/**
 * A cohort's key as the API's cohort query takes it (shared/schemas/cohorts.schema.ts): parent
 * code, level and block (null: the default cohort, no `cohort` in the request).
 */
export type CohortKey = Pick<CohortQuery, 'parent' | 'kind'> & { block: string | null }

/** A cohort-year as the API's cohort reads take it: the one type of their request parameters. */
export type CohortParams = CohortKey & { year: number }

type Listed = { parent: UnitRef; kind: UnitKind; block: string | null }

/** Codes are matched without regard to case (ADR 014); blocks as imported (NFC). */
function matches(c: Listed, key: { parent?: string; kind?: UnitKind; block?: string | null }) {
  return (
    (key.parent === undefined || unitCodeKey(c.parent.code) === unitCodeKey(key.parent)) &&
    (key.kind === undefined || c.kind === key.kind) &&
    (key.block === undefined || (c.block ?? '') === (key.block ?? ''))
  )
}

/**
 * The cohort a cohort page's URL names. With parent and kind, exactly that one (no `cohort`:
 * the default cohort of the level). With neither, the landing cohort (landing-cohort.ts); with
 * one of them, the first cohort that fits in the same order. Undefined when nothing fits.
 */
export function selectedCohort(
  search: CohortSearch,
  items: readonly Parameters<typeof landingCohort>[0][number][],
): CohortKey | undefined {
  if (search.parent && search.kind) {
    const exact = { parent: search.parent, kind: search.kind, block: search.cohort ?? null }
    const listed = findCohort(items, exact)
    return listed ? keyOf(listed) : exact
  }
  const fits = items.filter((c) =>
    matches(c, { parent: search.parent, kind: search.kind, block: search.cohort }),
  )
  const first = landingCohort(fits)
  return first ? keyOf(first) : undefined
}

/** The cohort's key as the API spells it (the listed parent code, not the URL's casing). */
export function keyOf(c: Listed): CohortKey {
  return { parent: c.parent.code, kind: c.kind, block: c.block }
}

/** That cohort in a list of cohorts (GET /api/cohorts), if the list has it. */
export function findCohort<C extends Listed>(items: readonly C[], key: CohortKey): C | undefined {
  return items.find((c) => matches(c, key))
}

/** The cohort part of a file name: LONG_AN → "long-an"; other levels and blocks are appended. */
export function fileCohortOf(
  parentCode: string,
  kind: string,
  block: string | null = null,
): string {
  const base = parentCode.toLowerCase().replace(/[_.]+/g, '-')
  const withKind = kind === 'DISTRICT' ? base : `${base}-${kind.toLowerCase()}`
  return block ? `${withKind}-${slugify(block)}` : withKind
}

/** The cohort and year a page shows, resolved from the URL and the data. */
export type CohortSelection = {
  parent: UnitRef
  kind: UnitKind
  /** The published block; null for the default cohort. */
  block: string | null
  year: number
  years: number[]
  /** "Tỉnh Long An (cấp huyện)", "Tỉnh Tây Ninh (cấp xã — Phường)" */
  label: string
  fileCohort: string
}

/**
 * The request parameters of a cohort-year: from a page's selection, a listed cohort (parent as a
 * unit) or a key (parent as a code). Every cohort read is asked with these, so its query key and
 * URL are spelled the same wherever the cohort-year comes from.
 */
export function toCohortParams(s: {
  parent: string | Pick<UnitRef, 'code'>
  kind: UnitKind
  block: string | null
  year: number
}): CohortParams {
  const parent = typeof s.parent === 'string' ? s.parent : s.parent.code
  return { parent, kind: s.kind, block: s.block, year: s.year }
}
