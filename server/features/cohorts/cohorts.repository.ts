// Reads of cohorts and their rankings (ADR 003): units of one kind under one parent, ranked per
// year. Ranks are stored by refreshCohortRanks() (ADR 010); rankings, profile, summary and
// compare all read them here, so a rank means the same thing on every page.
import type { Kysely } from 'kysely'
import type { Database, RankScope } from '../../db/schema.ts'

export type CohortKey = { parentCode: string; kind: string }
export type Visibility = { includeDrafts: boolean }

export function findUnitRow(db: Kysely<Database>, code: string) {
  return db.selectFrom('unit').selectAll().where('code', '=', code).executeTakeFirst()
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
      'r.rank',
    ])
}

/** Above this many units the previous year is read whole rather than unit by unit. */
const PREVIOUS_BY_UNIT_MAX = 1000

/**
 * Adds each row's previous-year index and rank (same unit, cohort and scope, year − 1), read in
 * a second range scan and matched by key here. A SQL join of the rank table to itself is what
 * PostgreSQL turned into a nested loop over the whole cohort (10,600 × 106,000 comparisons,
 * minutes) when its statistics predated a publication; two plain index scans cannot go wrong.
 */
async function withPrevious<R extends { unit_code: string; year: number }>(
  db: Kysely<Database>,
  cohort: CohortKey,
  visibility: Visibility,
  rows: R[],
) {
  if (rows.length === 0) return []
  const years = [...new Set(rows.map((r) => Number(r.year) - 1))]
  const units = [...new Set(rows.map((r) => r.unit_code))]
  let query = cohortRanks(db, cohort, visibility)
    .select(['unit_code', 'year', 'rank', 'index_pct'])
    .where('year', 'in', years)
  if (units.length <= PREVIOUS_BY_UNIT_MAX) query = query.where('unit_code', 'in', units)
  // Matched by year, then unit (no key text per row); the fields are added to the rows the
  // driver made rather than copied into new objects (a 10,600-unit ranking makes 10,600 of each).
  const previous = new Map<number, Map<string, { rank: number; index_pct: number }>>()
  for (const p of await query.execute()) {
    const year = Number(p.year)
    let byUnit = previous.get(year)
    if (!byUnit) previous.set(year, (byUnit = new Map()))
    byUnit.set(p.unit_code, p)
  }
  type WithPrevious = R & { prev_index_pct: number | null; prev_rank: number | null }
  for (const row of rows as WithPrevious[]) {
    const prev = previous.get(Number(row.year) - 1)?.get(row.unit_code)
    row.prev_index_pct = prev?.index_pct ?? null
    row.prev_rank = prev?.rank ?? null
  }
  return rows as WithPrevious[]
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
    .innerJoin('cohort_year as y', (join) =>
      join
        .onRef('y.parent_code', '=', 'r.parent_code')
        .onRef('y.kind', '=', 'r.kind')
        .onRef('y.scope', '=', 'r.scope')
        .onRef('y.year', '=', 'r.year'),
    )
    .select((eb) => [
      'y.unit_count as total',
      eb
        .selectFrom('cohort_rank as t')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('t.parent_code', '=', 'r.parent_code')
        .whereRef('t.kind', '=', 'r.kind')
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
    rows.map((row) => ({ ...row, tie_size: Number(row.tie_size) })),
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

/** Years with visible assessments in the cohort, ascending, with the cohort's size. */
export async function findCohortYears(
  db: Kysely<Database>,
  cohort: CohortKey,
  visibility: Visibility,
): Promise<{ year: number; units: number }[]> {
  const rows = await db
    .selectFrom('cohort_year')
    .select(['year', 'unit_count'])
    .where('parent_code', '=', cohort.parentCode)
    .where('kind', '=', cohort.kind)
    .where('scope', '=', rankScope(visibility))
    .orderBy('year')
    .execute()
  // pg may hand integers back as strings through some drivers' paths; keep numbers.
  return rows.map((r) => ({ year: Number(r.year), units: Number(r.unit_count) }))
}

/** Every (parent, kind, year) with visible assessments, with the number of units assessed. */
export function findCohortYearCounts(db: Kysely<Database>, visibility: Visibility) {
  return db
    .selectFrom('cohort_year as y')
    .innerJoin('unit as p', 'p.code', 'y.parent_code')
    .where('y.scope', '=', rankScope(visibility))
    .select(['p.code as parent_code', 'p.name as parent_name', 'y.kind', 'y.year', 'y.unit_count'])
    .orderBy('p.code')
    .orderBy('y.kind')
    .orderBy('y.year')
    .execute()
}
