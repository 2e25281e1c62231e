// The one definition of a rank (ADR 003, stored per ADR 010): within a cohort — the units of
// one level a decision ranked together under one parent, in one block (ADR 014) — and a year, SQL rank() over index_pct, highest first (ties share a
// rank, the next skips). Scope ALL ranks every assessment (what editors see); scope PUBLISHED
// ranks published ones only (what the public sees). Beside each rank the previous year and the
// change are stored (store-rank-facts.ts, ADR 015), for the rebuilt years and the years after.
// The ranks are computed in the server with the facts and written once (write-ranked-years.ts).
//
// Every writer of assessments or units calls refreshCohortRanks() inside its own transaction,
// so stored ranks commit atomically with the data they are derived from.
import { sql, type Kysely, type Transaction } from 'kysely'
import type { Database, RankScope } from '#server/db/schema.ts'
import { storeAfterRankRefresh } from './store-after-rank-refresh.ts'
import { newRefreshMemo, storeFactsAfter } from './store-rank-facts.ts'
import { writeRankedYears } from './write-ranked-years.ts'

type Executor = Kysely<Database> | Transaction<Database>

export const RANK_SCOPES: readonly RankScope[] = ['ALL', 'PUBLISHED']

/**
 * A written change as the rank refresh reads it: the write path's Change fits this shape, so the
 * read model needs nothing from the writers (they depend on it, not the other way round).
 */
export type RankedChange = {
  entity: string
  before: Readonly<Record<string, unknown>> | null
  after: Readonly<Record<string, unknown>> | null
}

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

/** Whether a refresh target re-ranks nothing (no scope, or no year). */
export function refreshesNothing(target: RankRefresh): boolean {
  return target.scopes.length === 0 || target.years?.size === 0
}

export async function refreshCohortRanks(db: Executor, target: RankRefresh): Promise<void> {
  if (refreshesNothing(target)) return
  const years = target.years ? [...target.years] : null
  if (target.parents === 'all') await rebuild(db, null, target.scopes, years)
  else {
    const parents = [...target.parents]
    for (let i = 0; i < parents.length; i += PARENTS_PER_STATEMENT)
      await rebuild(db, parents.slice(i, i + PARENTS_PER_STATEMENT), target.scopes, years)
  }
  await storeAfterRankRefresh(db, target)
}

async function rebuild(
  db: Executor,
  parents: string[] | null,
  scopes: readonly RankScope[],
  years: number[] | null,
) {
  if (parents?.length === 0) return
  const scopeList = sql.join(scopes.map((s) => sql.lit(s)))
  const inYears = years ? sql`year in (${sql.join(years)})` : sql`1 = 1`
  const onParents = sql`${parents ? sql`parent_code in (${sql.join(parents)})` : sql`1 = 1`} and ${inYears} and scope in (${scopeList})`
  await sql`delete from cohort_rank where ${onParents}`.execute(db)
  await sql`delete from cohort_year where ${onParents}`.execute(db)
  await sql`delete from cohort_field_stat where ${onParents}`.execute(db)
  const memo = newRefreshMemo()
  // The ranks with their facts, sizes, counts and field stats (ADR 015, 023), year by year …
  await writeRankedYears(db, parents, scopes, years, memo)
  // … then the facts of the year after each rebuilt one, which read it as their year before.
  if (years) {
    const after = [...new Set(years.map((y) => y + 1))].filter((y) => !years.includes(y))
    await storeFactsAfter(db, parents, scopes, after, memo)
  }
}

/**
 * The stored ranks a set of written changes can affect: the cohorts each changed assessment was
 * and is ranked in, in the years of those assessments, and the cohorts of every unit whose level
 * or name changed, in every year. Placements never move a rank (ADR 014); a lineage event or a
 * scheme changes only the facts stored beside the ranks (ADR 015: whether a change compares),
 * so the cohorts it touches are rebuilt: a lineage event's units in the event's year, a scheme's
 * level in every year. Published ranks are rebuilt only when a published row was involved:
 * imported rows are drafts, and a draft never counts in the PUBLISHED scope.
 */
export async function rankRefreshFor(
  db: Executor,
  changes: readonly RankedChange[],
): Promise<{ parents: Set<string>; scopes: RankScope[]; years?: Set<number> }> {
  const parents = new Set<string>()
  const years = new Set<number>()
  const everyYear: string[] = []
  const lineageUnits: string[] = []
  const schemeKinds = new Set<string>()
  let published = false
  for (const change of changes) {
    if (change.entity === 'unit') {
      const { before, after } = change
      if (before && after && (before.kind !== after.kind || before.name !== after.name))
        everyYear.push(String(after.code))
    } else if (change.entity === 'unit_lineage') {
      for (const row of [change.before, change.after]) {
        if (!row) continue
        lineageUnits.push(String(row.from_code))
        if (typeof row.to_code === 'string') lineageUnits.push(row.to_code)
        years.add(Number(String(row.effective_date).slice(0, 4)))
      }
    } else if (change.entity === 'scheme') {
      for (const row of [change.before, change.after]) {
        const kind = (row as { scheme?: { unit_kind?: unknown } } | null)?.scheme?.unit_kind
        if (typeof kind === 'string') schemeKinds.add(kind)
      }
    } else if (change.entity === 'assessment') {
      for (const row of [change.before, change.after]) {
        if (!row) continue
        if (typeof row.cohort_parent_code === 'string') parents.add(row.cohort_parent_code)
        years.add(Number(row.year))
        if (row.status === 'PUBLISHED') published = true
      }
    }
  }
  if (everyYear.length > 0 || schemeKinds.size > 0) {
    for (const parent of await cohortParentsOf(db, everyYear)) parents.add(parent)
    for (const parent of await cohortParentsOfKinds(db, schemeKinds)) parents.add(parent)
    return { parents, scopes: parents.size === 0 ? [] : ['ALL', 'PUBLISHED'] }
  }
  if (lineageUnits.length > 0) {
    for (const parent of await cohortParentsOf(db, lineageUnits)) parents.add(parent)
    if (parents.size > 0) published = true
  }
  const scopes: RankScope[] = parents.size === 0 ? [] : published ? ['ALL', 'PUBLISHED'] : ['ALL']
  return { parents, scopes, years }
}

/** The parents of every cohort of these levels (a scheme is the level's under a province). */
async function cohortParentsOfKinds(db: Executor, kinds: ReadonlySet<string>): Promise<string[]> {
  if (kinds.size === 0) return []
  const rows = await db
    .selectFrom('cohort_year')
    .select('parent_code')
    .distinct()
    .where('kind', 'in', [...kinds])
    .execute()
  return rows.map((r) => r.parent_code)
}

async function cohortParentsOf(db: Executor, codes: string[]): Promise<string[]> {
  const parents: string[] = []
  for (let i = 0; i < codes.length; i += PARENTS_PER_STATEMENT) {
    const rows = await db
      .selectFrom('assessment')
      .select('cohort_parent_code')
      .distinct()
      .where('unit_code', 'in', codes.slice(i, i + PARENTS_PER_STATEMENT))
      .where('cohort_parent_code', 'is not', null)
      .execute()
    for (const row of rows) if (row.cohort_parent_code) parents.push(row.cohort_parent_code)
  }
  return parents
}
