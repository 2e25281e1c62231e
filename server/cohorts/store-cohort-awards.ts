// A cohort-year's awards stored whole (ADR 032): its recipients by award, recipient type and
// issuing level, its units with grants and the digest of the decisions that granted them. The
// awards summary and list of a 10,600-unit cohort-year read these few rows instead of summing
// every member's grants on each request.
//
// Derived from the stored activity (which units a cohort-year holds, store-cohort-activity.ts)
// and the grants; rebuilt for the cohort-years a write can move, in the writer's transaction.
import { sql, type Kysely, type Transaction } from 'kysely'
import type { Database } from '#server/db/schema.ts'
import { LISTED_AWARD_DECISIONS, type AwardDecision } from '#shared/text/source-line.ts'
import type { CohortKey } from './cohorts.repository.ts'

type Executor = Kysely<Database> | Transaction<Database>

export type CohortYearKey = CohortKey & { year: number }

/** Cohort-years as a set (a write touches each unit's cohorts several times). */
export class CohortYearSet {
  readonly #items = new Map<string, CohortYearKey>()

  add(items: Iterable<CohortYearKey>): void {
    for (const item of items)
      this.#items.set(JSON.stringify([item.parentCode, item.kind, item.block, item.year]), item)
  }

  values(): CohortYearKey[] {
    return [...this.#items.values()]
  }
}

/** The cohort-years holding any of these units with grants, as stored now. */
export async function grantCohortYears(
  db: Executor,
  units: readonly string[],
): Promise<CohortYearKey[]> {
  if (units.length === 0) return []
  const rows = await db
    .selectFrom('cohort_activity')
    .select(['parent_code', 'kind', 'block', 'year'])
    .distinct()
    .where('unit_code', 'in', units)
    .where('grant_rows', '>', 0)
    .execute()
  return rows.map((r) => ({
    parentCode: r.parent_code,
    kind: r.kind,
    block: r.block,
    year: Number(r.year),
  }))
}

/** Rebuilds the stored awards of these cohort-years (deleted where none is left). */
export async function storeCohortAwards(
  db: Executor,
  cohortYears: readonly CohortYearKey[],
): Promise<void> {
  for (const cohortYear of cohortYears) {
    await db
      .deleteFrom('cohort_award_line')
      .where('parent_code', '=', cohortYear.parentCode)
      .where('kind', '=', cohortYear.kind)
      .where('block', '=', cohortYear.block)
      .where('year', '=', cohortYear.year)
      .execute()
    await db
      .deleteFrom('cohort_award_year')
      .where('parent_code', '=', cohortYear.parentCode)
      .where('kind', '=', cohortYear.kind)
      .where('block', '=', cohortYear.block)
      .where('year', '=', cohortYear.year)
      .execute()
    await insertCohortYear(db, cohortYear)
  }
}

/** Rebuilds every cohort-year's stored awards (after the stored activity was rebuilt whole). */
export async function storeAllCohortAwards(db: Executor): Promise<void> {
  await db.deleteFrom('cohort_award_line').execute()
  await db.deleteFrom('cohort_award_year').execute()
  const rows = await db
    .selectFrom('cohort_activity')
    .select(['parent_code', 'kind', 'block', 'year'])
    .distinct()
    .where('grant_rows', '>', 0)
    .execute()
  for (const r of rows)
    await insertCohortYear(db, {
      parentCode: r.parent_code,
      kind: r.kind,
      block: r.block,
      year: Number(r.year),
    })
}

/** The cohort-year's members with grants (stored) joined to their grants of the year. */
function memberGrants(db: Executor, cohortYear: CohortYearKey) {
  return db
    .selectFrom('cohort_activity as c')
    .innerJoin('award_grant as g', (join) =>
      join.onRef('g.unit_code', '=', 'c.unit_code').onRef('g.year', '=', 'c.year'),
    )
    .where('c.parent_code', '=', cohortYear.parentCode)
    .where('c.kind', '=', cohortYear.kind)
    .where('c.block', '=', cohortYear.block)
    .where('c.year', '=', cohortYear.year)
    .where('c.grant_rows', '>', 0)
}

async function insertCohortYear(db: Executor, cohortYear: CohortYearKey): Promise<void> {
  const { parentCode, kind, block, year } = cohortYear
  const units = await db
    .selectFrom('cohort_activity')
    .select(({ fn }) => fn.countAll<number>().as('n'))
    .where('parent_code', '=', parentCode)
    .where('kind', '=', kind)
    .where('block', '=', block)
    .where('year', '=', year)
    .where('grant_rows', '>', 0)
    .executeTakeFirstOrThrow()
  if (Number(units.n) === 0) return
  await db
    .insertInto('cohort_award_line')
    .columns([
      'parent_code',
      'kind',
      'block',
      'year',
      'award_code',
      'recipient_type',
      'issuer_level',
      'count',
    ])
    .expression(
      memberGrants(db, cohortYear)
        .select(({ fn }) => [
          sql<string>`${parentCode}`.as('parent_code'),
          sql<string>`${kind}`.as('kind'),
          sql<string>`${block}`.as('block'),
          sql<number>`${year}`.as('year'),
          'g.award_code',
          'g.recipient_type',
          'g.issuer_level',
          fn.sum<number>('g.count').as('count'),
        ])
        .groupBy(['g.award_code', 'g.recipient_type', 'g.issuer_level']),
    )
    .execute()
  const decisions = await memberGrants(db, cohortYear)
    .select(['g.decision_no', 'g.decision_date'])
    .distinct()
    .where('g.decision_no', 'is not', null)
    .where('g.decision_no', '<>', '')
    .execute()
  const list = decisions
    .map((r): AwardDecision => ({ decisionNo: r.decision_no, decisionDate: r.decision_date }))
    .sort(byDateThenNumber)
  const dates = list.flatMap((d) => (d.decisionDate ? [d.decisionDate] : [])).sort()
  await db
    .insertInto('cohort_award_year')
    .values({
      parent_code: parentCode,
      kind,
      block,
      year,
      units: Number(units.n),
      decision_count: list.length,
      first_decision_date: dates[0] ?? null,
      last_decision_date: dates.at(-1) ?? null,
      decisions: JSON.stringify(list.length <= LISTED_AWARD_DECISIONS ? list : []),
    })
    .execute()
}

/** By date (undated first), then number: the same order on both engines. */
function byDateThenNumber(a: AwardDecision, b: AwardDecision): number {
  return (
    compare(a.decisionDate ?? '', b.decisionDate ?? '') ||
    compare(a.decisionNo ?? '', b.decisionNo ?? '')
  )
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
