// The one definition of a rank (ADR 003, stored per ADR 010): within a cohort — units of one
// kind under one parent — and a year, SQL rank() over index_pct, highest first (ties share a
// rank, the next skips). Scope ALL ranks every assessment (what editors see); scope PUBLISHED
// ranks published ones only (what the public sees). A unit's previous year is read beside it
// by key (cohorts.repository.ts), not stored: a second window over each unit's years doubled
// the cost of every rebuild.
//
// Every writer of assessments or units calls refreshCohortRanks() inside its own transaction,
// so stored ranks commit atomically with the data they are derived from.
import { sql, type Kysely, type Transaction } from 'kysely'
import type { Database, RankScope } from '#server/db/schema.ts'
import type { Change } from '#server/features/imports/change-set.ts'

type Executor = Kysely<Database> | Transaction<Database>

export const RANK_SCOPES: readonly RankScope[] = ['ALL', 'PUBLISHED']

/**
 * Which stored ranks to rebuild: the cohorts under these parents (or all), in these scopes, for
 * these years (all when absent). A year is ranked on its own, so a file of one year's scores
 * or the publication of one cohort-year leaves the other years' ranks as they are.
 */
export type RankRefresh = {
  parents: ReadonlySet<string> | 'all'
  scopes: readonly RankScope[]
  years?: ReadonlySet<number>
}

/** Parent codes per statement: well inside SQLite's and PostgreSQL's parameter limits. */
const PARENTS_PER_STATEMENT = 500

export async function refreshCohortRanks(db: Executor, target: RankRefresh): Promise<void> {
  if (target.scopes.length === 0 || target.years?.size === 0) return
  const years = target.years ? [...target.years] : null
  if (target.parents === 'all') return rebuild(db, null, target.scopes, years)
  const parents = [...target.parents]
  for (let i = 0; i < parents.length; i += PARENTS_PER_STATEMENT)
    await rebuild(db, parents.slice(i, i + PARENTS_PER_STATEMENT), target.scopes, years)
}

async function rebuild(
  db: Executor,
  parents: string[] | null,
  scopes: readonly RankScope[],
  years: number[] | null,
) {
  if (parents?.length === 0) return
  const scopeList = sql.join(scopes.map((s) => sql.lit(s)))
  const inYears = (column: string) =>
    years ? sql`${sql.ref(column)} in (${sql.join(years)})` : sql`1 = 1`
  const parentList = parents ? sql.join(parents) : null
  const onParents = sql`${parentList ? sql`parent_code in (${parentList})` : sql`1 = 1`} and ${inYears('year')}`
  const onUnitParents = sql`${parentList ? sql`u.parent_code in (${parentList})` : sql`u.parent_code is not null`} and ${inYears('a.year')}`
  await sql`delete from cohort_rank where ${onParents} and scope in (${scopeList})`.execute(db)
  await sql`delete from cohort_year where ${onParents} and scope in (${scopeList})`.execute(db)
  await sql`insert into cohort_rank (parent_code, kind, scope, year, unit_code, rank, index_pct)
    select u.parent_code, u.kind, s.scope, a.year, a.unit_code,
      rank() over (partition by u.parent_code, u.kind, s.scope, a.year order by a.index_pct desc),
      a.index_pct
    from assessment a
    join unit u on u.code = a.unit_code
    join (select 'ALL' as scope union all select 'PUBLISHED' as scope) s
      on (s.scope = 'ALL' or a.status = 'PUBLISHED') and s.scope in (${scopeList})
    where ${onUnitParents}`.execute(db)
  await sql`insert into cohort_year (parent_code, kind, scope, year, unit_count)
    select parent_code, kind, scope, year, count(*) from cohort_rank
    where ${onParents} and scope in (${scopeList})
    group by parent_code, kind, scope, year`.execute(db)
}

/**
 * The stored ranks a set of written changes can affect: the cohorts of every unit whose
 * assessment changed (looked up after the write), in the years of those assessments, and the
 * old and new cohorts of every unit that changed, in every year. Published ranks are rebuilt
 * only when a published row was involved: imported rows are drafts, and a draft never counts
 * in the PUBLISHED scope.
 */
export async function rankRefreshFor(
  db: Executor,
  changes: readonly Change[],
): Promise<{ parents: Set<string>; scopes: RankScope[]; years?: Set<number> }> {
  const parents = new Set<string>()
  const assessedUnits = new Set<string>()
  const years = new Set<number>()
  let unitsChanged = false
  let published = false
  for (const change of changes) {
    if (change.entity === 'unit') {
      for (const row of [change.before, change.after]) {
        if (typeof row?.parent_code === 'string') parents.add(row.parent_code)
      }
      unitsChanged = true
      published = true
    } else if (change.entity === 'assessment') {
      for (const row of [change.before, change.after]) {
        if (!row) continue
        assessedUnits.add(String(row.unit_code))
        years.add(Number(row.year))
        if (row.status === 'PUBLISHED') published = true
      }
    }
  }
  for (const parent of await parentsOfUnits(db, [...assessedUnits])) parents.add(parent)
  const scopes: RankScope[] = parents.size === 0 ? [] : published ? ['ALL', 'PUBLISHED'] : ['ALL']
  // A unit that moves or is renamed leaves and joins cohorts in every year it was assessed.
  return unitsChanged ? { parents, scopes } : { parents, scopes, years }
}

async function parentsOfUnits(db: Executor, codes: string[]): Promise<string[]> {
  const parents: string[] = []
  for (let i = 0; i < codes.length; i += PARENTS_PER_STATEMENT) {
    const rows = await db
      .selectFrom('unit')
      .select('parent_code')
      .distinct()
      .where('code', 'in', codes.slice(i, i + PARENTS_PER_STATEMENT))
      .where('parent_code', 'is not', null)
      .execute()
    for (const row of rows) if (row.parent_code) parents.push(row.parent_code)
  }
  return parents
}
