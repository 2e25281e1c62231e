// Reads of cohorts and their rankings (ADR 003, ADR 014): the units of one level a decision
// ranked together under one parent, in one block, per year. Ranks are stored by refreshCohortRanks() (ADR 010); rankings, profile, summary and
// compare all read them here, so a rank means the same thing on every page.
import type { Kysely } from 'kysely'
import type { Database, RankScope } from '#server/db/schema.ts'
import { findUnitByCode } from './placements.repository.ts'
import { withPrevious } from './previous-year.repository.ts'
import { onRankCohortYear } from './rank-cohort-year-join.ts'

/** A cohort: parent, level and block ('' the default cohort of the level under the parent). */
export type CohortKey = { parentCode: string; kind: string; block: string }
export type Visibility = { includeDrafts: boolean }

/** A unit by code, matched without regard to case. */
export function findUnitRow(db: Kysely<Database>, code: string) {
  return findUnitByCode(db, code)
}

/** A cohort-year's size as shown: the size its decision published, else the units ranked. */
export function shownSize(publishedSize: number | null, loaded: number): number {
  return Number(publishedSize ?? loaded)
}

/** Stored ranks of one scope: editors see the ranking of all rows, others the published one. */
export function rankScope(visibility: Visibility): RankScope {
  return visibility.includeDrafts ? 'ALL' : 'PUBLISHED'
}

/** A cohort's stored rank rows (ADR 010) in the reader's scope, all years. */
export function cohortRanks(db: Kysely<Database>, cohort: CohortKey, visibility: Visibility) {
  // Qualified, so the builder stays unambiguous when a caller joins another table.
  return db
    .selectFrom('cohort_rank')
    .where('cohort_rank.parent_code', '=', cohort.parentCode)
    .where('cohort_rank.kind', '=', cohort.kind)
    .where('cohort_rank.block', '=', cohort.block)
    .where('cohort_rank.scope', '=', rankScope(visibility))
}

/**
 * Stored ranks of a cohort (ADR 010) joined to the assessments and units they rank (each join
 * driven by the rank row's key): the columns every ranked view is built from, less the previous
 * year (withPrevious).
 */
function storedRanks(db: Kysely<Database>, cohort: CohortKey, visibility: Visibility) {
  return db
    .selectFrom('cohort_rank as r')
    .innerJoin('assessment as a', (join) =>
      join.onRef('a.unit_code', '=', 'r.unit_code').onRef('a.year', '=', 'r.year'),
    )
    .innerJoin('unit as u', 'u.code', 'r.unit_code')
    .where('r.parent_code', '=', cohort.parentCode)
    .where('r.kind', '=', cohort.kind)
    .where('r.block', '=', cohort.block)
    .where('r.scope', '=', rankScope(visibility))
    .select([
      'r.unit_code',
      'u.name as unit_name',
      'r.year',
      'r.index_pct',
      'a.points',
      'a.max_points',
      'a.grade',
      'a.status',
      'a.published_rank',
      'a.published_grade',
      'a.published_index_pct',
      'a.published_cohort_size',
      'r.rank',
    ])
}

/**
 * Some units' ranked rows (all their years, or the given ones) with the previous year's index and
 * rank, the cohort size and the number of units sharing the rank. Sorted by year, then rank.
 */
export async function findRankedWithPrevious(
  db: Kysely<Database>,
  cohort: CohortKey,
  visibility: Visibility,
  options: { years?: readonly number[]; unitCodes: readonly string[] },
) {
  if (options.unitCodes.length === 0) return []
  // Years first (a small read), so every rank row below is found by its full key.
  const years = options.years ?? (await findCohortYears(db, cohort, visibility)).map((y) => y.year)
  if (years.length === 0) return []
  const query = storedRanks(db, cohort, visibility)
    .innerJoin('cohort_year as y', onRankCohortYear)
    .select((eb) => [
      'y.unit_count as ranked',
      'y.published_size',
      eb
        .selectFrom('cohort_rank as t')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('t.parent_code', '=', 'r.parent_code')
        .whereRef('t.kind', '=', 'r.kind')
        .whereRef('t.block', '=', 'r.block')
        .whereRef('t.scope', '=', 'r.scope')
        .whereRef('t.year', '=', 'r.year')
        .whereRef('t.rank', '=', 'r.rank')
        .as('tie_size'),
    ])
    .where('r.unit_code', 'in', [...options.unitCodes])
    .where('r.year', 'in', [...years])
  const rows = await query.orderBy('r.year').orderBy('r.rank').orderBy('r.unit_code').execute()
  return withPrevious(
    db,
    cohort,
    visibility,
    rows.map((row) => ({
      ...row,
      total: shownSize(row.published_size, row.ranked),
      tie_size: Number(row.tie_size),
    })),
  )
}

export type RankedRow = Awaited<ReturnType<typeof findRankedWithPrevious>>[number]

/** One page of a cohort's ranking for a year, in rank order (ties by unit code). */
export type RankingPage = { offset: number; limit: number | undefined }

/**
 * A cohort's ranking for one year with each unit's previous-year index and rank, in rank order.
 * A page is cut from the rank index alone (unit codes only, a covering index), then its rows are
 * read by primary key and sorted here: an ORDER BY would make SQLite walk the whole cohort in
 * rank order to find the page's units (4× slower for 100 of 10,600).
 */
export async function findYearRanking(
  db: Kysely<Database>,
  cohort: CohortKey,
  visibility: Visibility,
  year: number,
  page: RankingPage = { offset: 0, limit: undefined },
) {
  const query = storedRanks(db, cohort, visibility).where('r.year', '=', year)
  if (page.limit === undefined && page.offset === 0) {
    const rows = await query.orderBy('r.rank').orderBy('r.unit_code').execute()
    return withPrevious(db, cohort, visibility, rows)
  }
  const pageKeys = cohortRanks(db, cohort, visibility)
    .select('unit_code')
    .where('year', '=', year)
    .orderBy('rank')
    .orderBy('unit_code')
    // SQLite takes an OFFSET only after a LIMIT: the largest safe integer stands for none.
    .limit(page.limit ?? Number.MAX_SAFE_INTEGER)
    .offset(page.offset)
  const rows = await query.where('r.unit_code', 'in', pageKeys).execute()
  rows.sort((a, b) => Number(a.rank) - Number(b.rank) || (a.unit_code < b.unit_code ? -1 : 1))
  return withPrevious(db, cohort, visibility, rows)
}

/**
 * Years with visible assessments in the cohort, ascending: the number of units ranked (loaded)
 * and the size the decision published (null when not given).
 */
export async function findCohortYears(
  db: Kysely<Database>,
  cohort: CohortKey,
  visibility: Visibility,
): Promise<
  {
    year: number
    units: number
    publishedSize: number | null
    total: number
    /** The maximum points every ranked unit shares (null: they differ, or one has none). */
    sharedMaxPoints: number | null
    /** Ranked units with their decision's rank on record (null: not stored). */
    publishedRanks: number | null
  }[]
> {
  const rows = await db
    .selectFrom('cohort_year')
    .select(['year', 'unit_count', 'published_size', 'shared_max_points', 'published_ranks'])
    .where('parent_code', '=', cohort.parentCode)
    .where('kind', '=', cohort.kind)
    .where('block', '=', cohort.block)
    .where('scope', '=', rankScope(visibility))
    .orderBy('year')
    .execute()
  // pg may hand integers back as strings through some drivers' paths; keep numbers.
  return rows.map((r) => {
    const publishedSize = r.published_size === null ? null : Number(r.published_size)
    const units = Number(r.unit_count)
    return {
      year: Number(r.year),
      units,
      publishedSize,
      total: shownSize(publishedSize, units),
      sharedMaxPoints: r.shared_max_points === null ? null : Number(r.shared_max_points),
      publishedRanks: r.published_ranks === null ? null : Number(r.published_ranks),
    }
  })
}

/** Every (parent, kind, block, year) with visible assessments, with its sizes. */
export function findCohortYearCounts(db: Kysely<Database>, visibility: Visibility) {
  return (
    db
      .selectFrom('cohort_year')
      .select(['parent_code', 'kind', 'block', 'year', 'unit_count', 'published_size'])
      .where('scope', '=', rankScope(visibility))
      // The order of cohort_year_list_idx, which holds every column read: no sort, no lookup.
      .orderBy('parent_code')
      .orderBy('kind')
      .orderBy('block')
      .orderBy('year')
      .execute()
  )
}

/**
 * The parents of the cohorts of a scope, each read once: joined to every cohort-year, the unit
 * table was read ten times per cohort (7,617 lookups for 793 cohorts at national scale, two
 * thirds of the list's read).
 */
export function findCohortParents(db: Kysely<Database>, visibility: Visibility) {
  return db
    .selectFrom('unit')
    .select(['code', 'name', 'valid_to'])
    .where('code', 'in', (eb) =>
      eb
        .selectFrom('cohort_year')
        .select('parent_code')
        .distinct()
        .where('scope', '=', rankScope(visibility)),
    )
    .execute()
}

/**
 * The cohorts some units were ranked in (ADR 014: a unit may change cohort between years), each
 * with the units and years it holds of them.
 */
export async function findCohortsOfUnits(
  db: Kysely<Database>,
  codes: readonly string[],
  visibility: Visibility,
) {
  if (codes.length === 0) return []
  const rows = await db
    .selectFrom('cohort_rank')
    .select(['parent_code', 'kind', 'block', 'year', 'unit_code'])
    .where('unit_code', 'in', [...codes])
    .where('scope', '=', rankScope(visibility))
    .orderBy('year')
    .execute()
  const byKey = new Map<string, { cohort: CohortKey; codes: string[]; years: number[] }>()
  for (const r of rows) {
    const key = `${r.parent_code}\u0000${r.kind}\u0000${r.block}`
    let entry = byKey.get(key)
    if (!entry) {
      const cohort = { parentCode: r.parent_code, kind: r.kind, block: r.block }
      byKey.set(key, (entry = { cohort, codes: [], years: [] }))
    }
    if (!entry.codes.includes(r.unit_code)) entry.codes.push(r.unit_code)
    if (!entry.years.includes(Number(r.year))) entry.years.push(Number(r.year))
  }
  return [...byKey.values()]
}
