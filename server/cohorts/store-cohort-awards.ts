// A cohort-year's awards stored whole (ADR 032): its recipients by award, recipient type and
// issuing level, its numbered decisions, its units with grants and the digest of the decisions.
// The awards summary and list of a 10,600-unit cohort-year read these few rows instead of summing
// every member's grants on each request.
//
// Derived from the stored activity (which units a cohort-year holds, store-cohort-activity.ts)
// and the grants, in the writer's transaction. A write of grants alone moves no unit between
// cohorts, so its changes are added to the cohort-years of their units as they are (one grant
// in, one out); any other write rebuilds the cohort-years it can move from their grants.
import { sql, type Kysely, type Transaction } from 'kysely'
import { bulkInsert } from '#server/db/bulk-insert.ts'
import type { Database } from '#server/db/schema.ts'
import { LISTED_AWARD_DECISIONS, type AwardDecision } from '#shared/text/source-line.ts'
import type { CohortKey } from './cohorts.repository.ts'

type Executor = Kysely<Database> | Transaction<Database>

export type CohortYearKey = CohortKey & { year: number }

const keyOf = (cy: CohortYearKey) => JSON.stringify([cy.parentCode, cy.kind, cy.block, cy.year])

/** Cohort-years as a set (a write touches each unit's cohorts several times). */
export class CohortYearSet {
  readonly #items = new Map<string, CohortYearKey>()

  add(items: Iterable<CohortYearKey>): void {
    for (const item of items) this.#items.set(keyOf(item), item)
  }

  values(): CohortYearKey[] {
    return [...this.#items.values()]
  }
}

/** A grant as the stored awards count it. */
export type GrantImage = {
  unit_code: string
  year: number
  award_code: string
  recipient_type: string
  issuer_level: string
  count: number
  decision_no: string | null
  decision_date: string | null
}

/** A unit-year with grants in a cohort-year (a stored activity row). */
export type GrantMembership = CohortYearKey & { unitCode: string }

/** The cohort-year memberships of these units' unit-years with grants, as stored now. */
export async function grantMemberships(
  db: Executor,
  units: readonly string[],
): Promise<GrantMembership[]> {
  if (units.length === 0) return []
  const rows = await db
    .selectFrom('cohort_activity')
    .select(['parent_code', 'kind', 'block', 'year', 'unit_code'])
    .where('unit_code', 'in', units)
    .where('grant_rows', '>', 0)
    .execute()
  return rows.map((r) => ({
    parentCode: r.parent_code,
    kind: r.kind,
    block: r.block,
    year: Number(r.year),
    unitCode: r.unit_code,
  }))
}

/** A cohort-year's grants counted: recipients and grants per line, grants per decision. */
class Tally {
  readonly lines = new Map<string, { count: number; grants: number }>()
  readonly decisions = new Map<string, number>()

  add(grant: Omit<GrantImage, 'unit_code' | 'year'>, sign: 1 | -1): void {
    const line = JSON.stringify([grant.award_code, grant.recipient_type, grant.issuer_level])
    const found = this.lines.get(line) ?? { count: 0, grants: 0 }
    found.count += sign * Number(grant.count)
    found.grants += sign
    this.lines.set(line, found)
    if (!grant.decision_no) return
    const decision = JSON.stringify([grant.decision_no, grant.decision_date ?? ''])
    this.decisions.set(decision, (this.decisions.get(decision) ?? 0) + sign)
  }
}

/** Rebuilds the stored awards of these cohort-years from their members' grants. */
export async function storeCohortAwards(
  db: Executor,
  cohortYears: readonly CohortYearKey[],
): Promise<void> {
  for (const cy of cohortYears) {
    await deleteCohortYear(db, cy)
    const tally = new Tally()
    for (const grant of await memberGrants(db, cy)) tally.add(grant, 1)
    await addTally(db, cy, tally, '')
    await storeDigest(db, cy)
  }
}

/** Rebuilds every cohort-year's stored awards (after the stored activity was rebuilt whole). */
export async function storeAllCohortAwards(db: Executor): Promise<void> {
  await db.deleteFrom('cohort_award_line').execute()
  await db.deleteFrom('cohort_award_decision').execute()
  await db.deleteFrom('cohort_award_year').execute()
  const rows = await db
    .selectFrom('cohort_activity')
    .select(['parent_code', 'kind', 'block', 'year'])
    .distinct()
    .where('grant_rows', '>', 0)
    .execute()
  await storeCohortAwards(
    db,
    rows.map((r) => ({
      parentCode: r.parent_code,
      kind: r.kind,
      block: r.block,
      year: Number(r.year),
    })),
  )
}

/**
 * Adds a write of grants alone to the stored awards: each grant written out (`before`) taken
 * from, and each written in (`after`) added to, the cohort-years its unit-year is in
 * (`memberships`, read before and after the write).
 */
export async function addGrantChanges(
  db: Executor,
  memberships: readonly GrantMembership[],
  changes: { before: readonly GrantImage[]; after: readonly GrantImage[] },
): Promise<void> {
  const cohortsOf = new Map<string, Map<string, CohortYearKey>>()
  for (const m of memberships) {
    const unitYear = `${m.unitCode}|${m.year}`
    const cohorts = cohortsOf.get(unitYear) ?? new Map<string, CohortYearKey>()
    cohorts.set(keyOf(m), { parentCode: m.parentCode, kind: m.kind, block: m.block, year: m.year })
    cohortsOf.set(unitYear, cohorts)
  }
  const tallies = new Map<string, { cy: CohortYearKey; tally: Tally }>()
  const count = (grant: GrantImage, sign: 1 | -1) => {
    for (const [key, cy] of cohortsOf.get(`${grant.unit_code}|${Number(grant.year)}`) ?? []) {
      const found = tallies.get(key) ?? { cy, tally: new Tally() }
      found.tally.add(grant, sign)
      tallies.set(key, found)
    }
  }
  for (const grant of changes.before) count(grant, -1)
  for (const grant of changes.after) count(grant, 1)
  for (const { cy, tally } of tallies.values()) {
    await addTally(db, cy, tally, ON_CONFLICT_ADD)
    await dropEmpty(db, cy)
    await storeDigest(db, cy)
  }
}

const ON_CONFLICT_ADD = {
  cohort_award_line: ` on conflict (parent_code, kind, block, year, award_code, recipient_type,
    issuer_level) do update set count = cohort_award_line.count + excluded.count,
    grants = cohort_award_line.grants + excluded.grants`,
  cohort_award_decision: ` on conflict (parent_code, kind, block, year, decision_no, date_key)
    do update set grants = cohort_award_decision.grants + excluded.grants`,
}

/** Writes a tally's lines and decisions (`onConflict`: added to the stored ones). */
async function addTally(
  db: Executor,
  cy: CohortYearKey,
  tally: Tally,
  onConflict: typeof ON_CONFLICT_ADD | '',
): Promise<void> {
  const at = { parent_code: cy.parentCode, kind: cy.kind, block: cy.block, year: cy.year }
  const lines = [...tally.lines].map(([line, sums]) => {
    const [award_code, recipient_type, issuer_level] = JSON.parse(line) as string[]
    return { ...at, award_code, recipient_type, issuer_level, ...sums }
  })
  const decisions = [...tally.decisions].map(([decision, grants]) => {
    const [decision_no, date_key] = JSON.parse(decision) as string[]
    return { ...at, decision_no, date_key, grants }
  })
  const cohortColumns = ['parent_code', 'kind', 'block', 'year']
  if (lines.length > 0)
    await bulkInsert(
      db,
      'cohort_award_line',
      [...cohortColumns, 'award_code', 'recipient_type', 'issuer_level', 'count', 'grants'],
      lines,
      onConflict ? onConflict.cohort_award_line : '',
    )
  if (decisions.length > 0)
    await bulkInsert(
      db,
      'cohort_award_decision',
      [...cohortColumns, 'decision_no', 'date_key', 'grants'],
      decisions,
      onConflict ? onConflict.cohort_award_decision : '',
    )
}

/** The rows of one cohort-year, in any table keyed by it. */
function atCohortYear(cy: CohortYearKey) {
  return sql<boolean>`parent_code = ${cy.parentCode} and kind = ${cy.kind} and block = ${cy.block}
    and year = ${cy.year}`
}

/** The cohort-year's lines and decisions no grant has any more. */
async function dropEmpty(db: Executor, cy: CohortYearKey): Promise<void> {
  for (const table of ['cohort_award_line', 'cohort_award_decision'] as const)
    await db.deleteFrom(table).where(atCohortYear(cy)).where('grants', '<=', 0).execute()
}

async function deleteCohortYear(db: Executor, cy: CohortYearKey): Promise<void> {
  for (const table of ['cohort_award_line', 'cohort_award_decision', 'cohort_award_year'] as const)
    await db.deleteFrom(table).where(atCohortYear(cy)).execute()
}

/** The cohort-year's members with grants (stored) joined to their grants of the year. */
function memberGrants(db: Executor, cy: CohortYearKey) {
  return db
    .selectFrom('cohort_activity as c')
    .innerJoin('award_grant as g', (join) =>
      join.onRef('g.unit_code', '=', 'c.unit_code').onRef('g.year', '=', 'c.year'),
    )
    .where('c.parent_code', '=', cy.parentCode)
    .where('c.kind', '=', cy.kind)
    .where('c.block', '=', cy.block)
    .where('c.year', '=', cy.year)
    .where('c.grant_rows', '>', 0)
    .select([
      'g.award_code',
      'g.recipient_type',
      'g.issuer_level',
      'g.count',
      'g.decision_no',
      'g.decision_date',
    ])
    .execute()
}

/**
 * The cohort-year's row: its units with grants and the digest of its decisions, from its stored
 * decisions (none left: no row).
 */
async function storeDigest(db: Executor, cy: CohortYearKey): Promise<void> {
  await db.deleteFrom('cohort_award_year').where(atCohortYear(cy)).execute()
  const units = await db
    .selectFrom('cohort_activity')
    .select(({ fn }) => fn.countAll<number>().as('n'))
    .where(atCohortYear(cy))
    .where('grant_rows', '>', 0)
    .executeTakeFirstOrThrow()
  if (Number(units.n) === 0) return
  const decisions = db.selectFrom('cohort_award_decision').where(atCohortYear(cy))
  const digest = await decisions
    .select(({ fn }) => [
      fn.countAll<number>().as('n'),
      sql<string | null>`min(nullif(date_key, ''))`.as('first'),
      sql<string | null>`max(nullif(date_key, ''))`.as('last'),
    ])
    .executeTakeFirstOrThrow()
  const count = Number(digest.n)
  const listed =
    count > LISTED_AWARD_DECISIONS
      ? []
      : (await decisions.select(['decision_no', 'date_key']).execute())
          .map((r): AwardDecision => ({
            decisionNo: r.decision_no,
            decisionDate: r.date_key || null,
          }))
          .sort(byDateThenNumber)
  await db
    .insertInto('cohort_award_year')
    .values({
      parent_code: cy.parentCode,
      kind: cy.kind,
      block: cy.block,
      year: cy.year,
      units: Number(units.n),
      decision_count: count,
      first_decision_date: digest.first,
      last_decision_date: digest.last,
      decisions: JSON.stringify(listed),
    })
    .execute()
}

/** By date (undated first), then number, in code-point order: the same on both engines. */
function byDateThenNumber(a: AwardDecision, b: AwardDecision): number {
  return (
    compare(a.decisionDate ?? '', b.decisionDate ?? '') ||
    compare(a.decisionNo ?? '', b.decisionNo ?? '')
  )
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
