// Scoring schemes as cohorts see them: which scheme covers a (parent, kind, year), its grade
// bands and field maxima. Schemes change almost every year, so nothing here is hard-coded.
import type { Kysely } from 'kysely'
import type { Database } from '#server/db/schema.ts'
import { findAllParentCodes } from './placements.repository.ts'
import { type VersionMemo, remembered } from '#server/lib/version-memo.ts'

/**
 * Schemes that may cover a cohort: methodology is set by the province, so both the parent and
 * the parents it has had (a commune's district lies in a province) are candidates.
 */
export async function findSchemes(db: Kysely<Database>, parent: { code: string }, kind: string) {
  const provinces = [parent.code, ...(await findAllParentCodes(db, parent.code))]
  const schemes = await db
    .selectFrom('scheme')
    .select(['id', 'province_code', 'year_from', 'year_to'])
    .where('province_code', 'in', provinces)
    .where('unit_kind', '=', kind)
    .execute()
  // The parent's own scheme wins over its province's; then the newest start year.
  return schemes.sort(
    (a, b) =>
      provinces.indexOf(a.province_code) - provinces.indexOf(b.province_code) ||
      b.year_from - a.year_from,
  )
}

export type SchemeScope = Awaited<ReturnType<typeof findSchemes>>[number]

/** Whether the schemes covering `year` and the year before differ (both known). */
export function schemeChangedIn(schemes: readonly SchemeScope[], year: number): boolean {
  const now = schemeForYear(schemes, year)
  const before = schemeForYear(schemes, year - 1)
  return now !== undefined && before !== undefined && now.id !== before.id
}

/** The scheme covering `year`, from findSchemes()' ordered list. */
export function schemeForYear(
  schemes: readonly SchemeScope[],
  year: number,
): SchemeScope | undefined {
  return schemes.find((s) => s.year_from <= year && (s.year_to === null || s.year_to >= year))
}

export function findGradeBands(db: Kysely<Database>, schemeIds: readonly string[]) {
  if (schemeIds.length === 0) return Promise.resolve([])
  return db
    .selectFrom('scheme_grade_band')
    .selectAll()
    .where('scheme_id', 'in', [...schemeIds])
    .orderBy('scheme_id')
    .orderBy('min_pct', 'desc')
    .execute()
}

export function findSchemeFields(db: Kysely<Database>, schemeIds: readonly string[]) {
  if (schemeIds.length === 0) return Promise.resolve([])
  return db
    .selectFrom('scheme_field')
    .selectAll()
    .where('scheme_id', 'in', [...schemeIds])
    .orderBy('scheme_id')
    .orderBy('sort_order')
    .execute()
}

/** A cohort's schemes (findSchemes), read once per data version when a memo is given (ADR 040). */
export function cohortSchemes(
  db: Kysely<Database>,
  cohort: { parentCode: string; kind: string },
  memo?: VersionMemo | null,
): Promise<SchemeScope[]> {
  return remembered(memo, ['schemes', cohort.parentCode, cohort.kind], () =>
    findSchemes(db, { code: cohort.parentCode }, cohort.kind),
  )
}
