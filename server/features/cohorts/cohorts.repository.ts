// The one definition of a cohort and its ranking (ADR 003): units of one kind under one parent,
// ranked per year by SQL rank() over index_pct. Rankings, profile, summary and compare all read
// ranks through rankedCohort(), so a rank means the same thing on every page.
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema.ts'

export type CohortKey = { parentCode: string; kind: string }
export type Visibility = { includeDrafts: boolean }

export function findUnitRow(db: Kysely<Database>, code: string) {
  return db.selectFrom('unit').selectAll().where('code', '=', code).executeTakeFirst()
}

/**
 * The cohort's assessments with their rank per year (SQL rank(): ties share, the next skips).
 * Drafts are left out unless the reader may see them, so ranks count only visible rows.
 * `withStats` adds the cohort size and the tie size per row: two more window sorts, worth it only
 * when the result is narrowed to a few units (a full ranking counts its own rows).
 */
export function rankedCohort(
  db: Kysely<Database>,
  cohort: CohortKey,
  visibility: Visibility,
  years: readonly number[] | undefined,
  withStats: boolean,
) {
  let query = db
    .selectFrom('assessment as a')
    .innerJoin('unit as u', 'u.code', 'a.unit_code')
    .where('u.parent_code', '=', cohort.parentCode)
    .where('u.kind', '=', cohort.kind)
  if (years) query = query.where('a.year', 'in', [...years])
  if (!visibility.includeDrafts) query = query.where('a.status', '=', 'PUBLISHED')
  return query
    .select(({ fn }) => [
      'a.unit_code',
      'u.name as unit_name',
      'a.year',
      'a.index_pct',
      'a.points',
      'a.max_points',
      'a.grade',
      'a.status',
      'a.published_rank',
      'a.published_grade',
      'a.published_index_pct',
      fn
        .agg<number>('rank')
        .over((ob) => ob.partitionBy('a.year').orderBy('a.index_pct', 'desc'))
        .as('rank'),
    ])
    .$if(withStats, (qb) =>
      qb.select(({ fn }) => [
        fn
          .countAll<number>()
          .over((ob) => ob.partitionBy('a.year'))
          .as('total'),
        fn
          .countAll<number>()
          .over((ob) => ob.partitionBy(['a.year', 'a.index_pct']))
          .as('tie_size'),
      ]),
    )
}

/**
 * Ranked rows of the given years joined to the same cohort's previous year (year − 1): one
 * statement, however large the cohort. `unitCodes` narrows the result (not the ranking) to some
 * units and then adds the cohort size and tie size (see rankedCohort).
 */
export function findRankedWithPrevious(
  db: Kysely<Database>,
  cohort: CohortKey,
  visibility: Visibility,
  options: { years?: readonly number[]; unitCodes?: readonly string[] } = {},
) {
  const years = options.years
  const rankedYears = years ? [...new Set(years.flatMap((y) => [y, y - 1]))] : undefined
  const withStats = options.unitCodes !== undefined
  let query = db
    .with('ranked', () => rankedCohort(db, cohort, visibility, rankedYears, withStats))
    .selectFrom('ranked as cur')
    .leftJoin('ranked as prev', (join) =>
      join
        .onRef('prev.unit_code', '=', 'cur.unit_code')
        .on((eb) => eb('prev.year', '=', eb('cur.year', '-', 1))),
    )
    .selectAll('cur')
    .select(['prev.index_pct as prev_index_pct', 'prev.rank as prev_rank'])
  if (years) query = query.where('cur.year', 'in', [...years])
  if (options.unitCodes) query = query.where('cur.unit_code', 'in', [...options.unitCodes])
  return query.orderBy('cur.year').orderBy('cur.rank').orderBy('cur.unit_code').execute()
}

export type RankedRow = Awaited<ReturnType<typeof findRankedWithPrevious>>[number]

/** The cohort's visible assessments of one year, ranked (a single window, no partition). */
function rankedYear(db: Kysely<Database>, cohort: CohortKey, visibility: Visibility, year: number) {
  let query = db
    .selectFrom('assessment as a')
    .innerJoin('unit as u', 'u.code', 'a.unit_code')
    .where('u.parent_code', '=', cohort.parentCode)
    .where('u.kind', '=', cohort.kind)
    .where('a.year', '=', year)
  if (!visibility.includeDrafts) query = query.where('a.status', '=', 'PUBLISHED')
  return query
}

/**
 * A whole cohort's ranking for one year with each unit's previous-year index and rank: one
 * statement whose two derived tables each rank one year. Cheaper on SQLite than ranking both
 * years in one partitioned window and self-joining the result (no materialised CTE to index).
 * Unordered: the caller sorts (the rows come out nearly sorted, which makes that cheap).
 */
export function findYearRanking(
  db: Kysely<Database>,
  cohort: CohortKey,
  visibility: Visibility,
  year: number,
) {
  const current = rankedYear(db, cohort, visibility, year).select(({ fn }) => [
    'a.unit_code',
    'u.name as unit_name',
    'a.year',
    'a.index_pct',
    'a.points',
    'a.max_points',
    'a.grade',
    'a.status',
    'a.published_rank',
    'a.published_grade',
    'a.published_index_pct',
    fn
      .agg<number>('rank')
      .over((ob) => ob.orderBy('a.index_pct', 'desc'))
      .as('rank'),
  ])
  const previous = rankedYear(db, cohort, visibility, year - 1).select(({ fn }) => [
    'a.unit_code',
    'a.index_pct',
    fn
      .agg<number>('rank')
      .over((ob) => ob.orderBy('a.index_pct', 'desc'))
      .as('rank'),
  ])
  return db
    .selectFrom(current.as('cur'))
    .leftJoin(previous.as('prev'), 'prev.unit_code', 'cur.unit_code')
    .selectAll('cur')
    .select(['prev.index_pct as prev_index_pct', 'prev.rank as prev_rank'])
    .execute()
}

/** Years with visible assessments in the cohort, ascending. */
export async function findCohortYears(
  db: Kysely<Database>,
  cohort: CohortKey,
  visibility: Visibility,
): Promise<number[]> {
  let query = db
    .selectFrom('assessment as a')
    .innerJoin('unit as u', 'u.code', 'a.unit_code')
    .where('u.parent_code', '=', cohort.parentCode)
    .where('u.kind', '=', cohort.kind)
  if (!visibility.includeDrafts) query = query.where('a.status', '=', 'PUBLISHED')
  const rows = await query.select('a.year').distinct().orderBy('a.year').execute()
  // pg may hand integers back as strings through some drivers' paths; keep numbers.
  return rows.map((r) => Number(r.year))
}

/** Every (parent, kind, year) with visible assessments, with the number of units assessed. */
export function findCohortYearCounts(db: Kysely<Database>, visibility: Visibility) {
  let query = db
    .selectFrom('assessment as a')
    .innerJoin('unit as u', 'u.code', 'a.unit_code')
    .innerJoin('unit as p', 'p.code', 'u.parent_code')
  if (!visibility.includeDrafts) query = query.where('a.status', '=', 'PUBLISHED')
  return query
    .select(({ fn }) => [
      'p.code as parent_code',
      'p.name as parent_name',
      'u.kind',
      'a.year',
      fn.countAll<number>().as('unit_count'),
    ])
    .groupBy(['p.code', 'p.name', 'u.kind', 'a.year'])
    .orderBy('p.code')
    .orderBy('u.kind')
    .orderBy('a.year')
    .execute()
}
