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
 * Ranked rows of the given years, each with the same unit's previous-year index and rank in the
 * same cohort: one statement ranks the years and their previous years; the previous year is
 * matched in a Map (a SQL self-join of the ranked rows could turn into a nested loop on
 * PostgreSQL). `unitCodes` narrows the result (not the ranking) to some units and then adds the
 * cohort size and tie size (see rankedCohort).
 */
export async function findRankedWithPrevious(
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
    .selectFrom('ranked')
    .selectAll()
  if (options.unitCodes) query = query.where('unit_code', 'in', [...options.unitCodes])
  const rows = await query.execute()
  const byUnitYear = new Map(rows.map((row) => [`${row.unit_code}|${Number(row.year)}`, row]))
  const wanted = years ? new Set(years) : undefined
  return rows
    .filter((row) => !wanted || wanted.has(Number(row.year)))
    .map((row) => {
      const prev = byUnitYear.get(`${row.unit_code}|${Number(row.year) - 1}`)
      return { ...row, prev_index_pct: prev?.index_pct ?? null, prev_rank: prev?.rank ?? null }
    })
    .sort(
      (a, b) =>
        Number(a.year) - Number(b.year) ||
        Number(a.rank) - Number(b.rank) ||
        (a.unit_code < b.unit_code ? -1 : a.unit_code > b.unit_code ? 1 : 0),
    )
}

export type RankedRow = Awaited<ReturnType<typeof findRankedWithPrevious>>[number]

/**
 * A whole cohort's ranking for one year with each unit's previous-year index and rank. One
 * statement ranks both years (rank() partitioned by year); the previous year is matched by unit
 * code in a Map. Joining the two ranked years in SQL let PostgreSQL pick a nested loop right after
 * a large import (no statistics yet): 10,600 × 10,600 comparisons, seconds per request.
 * Unordered: the caller sorts.
 */
export async function findYearRanking(
  db: Kysely<Database>,
  cohort: CohortKey,
  visibility: Visibility,
  year: number,
) {
  const rows = await rankedCohort(db, cohort, visibility, [year - 1, year], false).execute()
  const previous = new Map<string, { index_pct: number; rank: number }>()
  for (const row of rows) if (Number(row.year) === year - 1) previous.set(row.unit_code, row)
  const current = []
  for (const row of rows) {
    if (Number(row.year) !== year) continue
    const prev = previous.get(row.unit_code)
    current.push({ ...row, prev_index_pct: prev?.index_pct ?? null, prev_rank: prev?.rank ?? null })
  }
  return current
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
