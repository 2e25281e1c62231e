// A cohort-year's awards stored whole (ADR 032): its recipients by award, recipient type and
// issuing level, its numbered decisions, its units with grants and the digest of the decisions.
// The awards summary and list of a 10,600-unit cohort-year read these few rows instead of summing
// every member's grants on each request.
//
// Derived from the stored activity (which units a cohort-year holds, store-cohort-activity.ts)
// and the grants, in the writer's transaction. A write that says what it did (an import, a rank
// refresh) has the difference it made added: the grants it wrote, and the grants of the
// unit-years that entered or left a cohort-year; one that does not (an undo, a fixture) has
// the cohort-years it touched rebuilt from their grants.
import { sql, type Kysely, type Transaction } from 'kysely'
import { bulkInsert, type BulkRow, inKeyOrder } from '#server/db/bulk-insert.ts'
import { chunk } from '#server/lib/chunk.ts'
import type { Database } from '#server/db/schema.ts'
import { LISTED_AWARD_DECISIONS, type AwardDecision } from '#shared/text/source-line.ts'
import {
  atCohortYears,
  COHORT_YEARS_PER_STATEMENT,
  cohortYearKeyOf as keyOf,
  UNITS_PER_STATEMENT,
  type CohortYearKey,
  type Membership,
} from './stored-memberships.ts'

type Executor = Kysely<Database> | Transaction<Database>

/** The columns of a grant the stored awards count. */
export const GRANT_FIELDS = [
  'unit_code',
  'year',
  'award_code',
  'recipient_type',
  'issuer_level',
  'count',
  'decision_no',
  'decision_date',
] as const

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

/**
 * A grant as a tally counts it: its line and its decision (none without a number) as keys, and
 * its recipients. Made once per grant, which is added to every cohort-year its unit-year is in.
 */
type CountedGrant = { line: string; decision: string | null; count: number }

function countedGrant(grant: Omit<GrantImage, 'unit_code' | 'year'>): CountedGrant {
  return {
    line: JSON.stringify([grant.award_code, grant.recipient_type, grant.issuer_level]),
    decision: grant.decision_no
      ? JSON.stringify([grant.decision_no, grant.decision_date ?? ''])
      : null,
    count: Number(grant.count),
  }
}

/** A cohort-year's grants counted: recipients and grants per line, grants per decision. */
class Tally {
  readonly lines = new Map<string, { count: number; grants: number }>()
  readonly decisions = new Map<string, number>()

  add(grant: CountedGrant, sign: 1 | -1): void {
    let found = this.lines.get(grant.line)
    if (!found) this.lines.set(grant.line, (found = { count: 0, grants: 0 }))
    found.count += sign * grant.count
    found.grants += sign
    if (grant.decision === null) return
    this.decisions.set(grant.decision, (this.decisions.get(grant.decision) ?? 0) + sign)
  }
}

/** The grants a write took out (`before`) and put in (`after`). */
export type GrantChanges = { before: readonly GrantImage[]; after: readonly GrantImage[] }

/** Rebuilds the stored awards of these cohort-years from their members' grants. */
export async function storeCohortAwards(
  db: Executor,
  cohortYears: readonly CohortYearKey[],
): Promise<void> {
  // Their lines and decisions go; their rows are replaced with the digests.
  for (const part of chunk(cohortYears, COHORT_YEARS_PER_STATEMENT))
    for (const table of ['cohort_award_line', 'cohort_award_decision'] as const)
      await db.deleteFrom(table).where(atCohortYears(part)).execute()
  const tallies = new Tallies()
  for (const cy of cohortYears)
    for (const grant of await memberGrants(db, cy)) tallies.of(cy).add(countedGrant(grant), 1)
  await writeTallies(db, tallies, '')
  await storeDigests(db, cohortYears)
}

/** Rebuilds every cohort-year's stored awards (after the stored activity was rebuilt whole). */
export async function storeAllCohortAwards(db: Executor): Promise<void> {
  // Cohort-years without grants any more are gone too.
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
 * Adds what a write changed to the stored awards, without reading any cohort-year whole. A
 * unit-year in a cohort-year before and after the write adds the grants the write put in and
 * takes those it took out; one that entered a cohort-year adds its grants as they are now, and
 * one that left takes its grants as they were (now, less those put in, with those taken out).
 * `movedByGrants`: the write moved no unit between cohorts (ADR 044), so a unit-year entered a
 * cohort-year only because its grants went from none to some, and left one only because they went
 * to none — its grants then and now are the write's own, and none are read. A cohort-year's units
 * with grants move by those that entered less those that left.
 */
export async function addAwardChanges(
  db: Executor,
  memberships: { before: readonly Membership[]; after: readonly Membership[] },
  grants: GrantChanges,
  movedByGrants = false,
): Promise<void> {
  const member = (m: Membership) => `${keyOf(m)}|${m.unitCode}`
  const before = new Map(memberships.before.map((m) => [member(m), m]))
  const after = new Map(memberships.after.map((m) => [member(m), m]))
  const unitYear = (unit: string, year: number) => `${unit}|${year}`
  const written = new Map<string, { before: CountedGrant[]; after: CountedGrant[] }>()
  const writtenOf = (grant: GrantImage) => {
    const key = unitYear(grant.unit_code, Number(grant.year))
    let found = written.get(key)
    if (!found) written.set(key, (found = { before: [], after: [] }))
    return found
  }
  for (const grant of grants.before) writtenOf(grant).before.push(countedGrant(grant))
  for (const grant of grants.after) writtenOf(grant).after.push(countedGrant(grant))
  const entered = [...after].filter(([key]) => !before.has(key)).map(([, m]) => m)
  const left = [...before].filter(([key]) => !after.has(key)).map(([, m]) => m)
  const now = movedByGrants
    ? new Map<string, GrantImage[]>()
    : await grantsOf(db, [...entered, ...left])
  const nowOf = (m: Membership) => (now.get(unitYear(m.unitCode, m.year)) ?? []).map(countedGrant)
  const tallies = new Tallies()
  const none = { before: [], after: [] }
  for (const [key, m] of after) {
    const tally = tallies.of(m)
    const changed = written.get(unitYear(m.unitCode, m.year)) ?? none
    if (before.has(key) || movedByGrants) {
      // One that entered by the write's grants alone had none before: it has the write's now.
      for (const grant of changed.after) tally.add(grant, 1)
      for (const grant of changed.before) tally.add(grant, -1)
    } else for (const grant of nowOf(m)) tally.add(grant, 1)
  }
  for (const [key, m] of before) {
    if (after.has(key)) continue
    const tally = tallies.of(m)
    const changed = written.get(unitYear(m.unitCode, m.year)) ?? none
    // Left by the write's grants alone, it has none now.
    if (!movedByGrants) for (const grant of nowOf(m)) tally.add(grant, -1)
    for (const grant of changed.after) tally.add(grant, 1)
    for (const grant of changed.before) tally.add(grant, -1)
  }
  if (tallies.size === 0) return
  // Lines and decisions no grant has any more: only a row this write took grants from can be one.
  if (await writeTallies(db, tallies, ON_CONFLICT_ADD)) {
    await db.deleteFrom('cohort_award_line').where('grants', '<=', 0).execute()
    await db.deleteFrom('cohort_award_decision').where('grants', '<=', 0).execute()
  }
  const unitsMoved = new Map<string, number>()
  for (const m of entered) unitsMoved.set(keyOf(m), (unitsMoved.get(keyOf(m)) ?? 0) + 1)
  for (const m of left) unitsMoved.set(keyOf(m), (unitsMoved.get(keyOf(m)) ?? 0) - 1)
  await storeDigests(db, tallies.cohortYears(), unitsMoved)
}

/** The grants, as they are now, of the unit-years of these memberships. */
async function grantsOf(
  db: Executor,
  memberships: readonly Membership[],
): Promise<Map<string, GrantImage[]>> {
  const byUnitYear = new Map<string, GrantImage[]>()
  const wanted = new Set(memberships.map((m) => `${m.unitCode}|${m.year}`))
  const units = [...new Set(memberships.map((m) => m.unitCode))]
  for (const part of chunk(units, UNITS_PER_STATEMENT)) {
    const rows = await db
      .selectFrom('award_grant')
      .select([...GRANT_FIELDS])
      .where('unit_code', 'in', part)
      .execute()
    for (const row of rows) {
      const key = `${row.unit_code}|${Number(row.year)}`
      if (!wanted.has(key)) continue
      const list = byUnitYear.get(key) ?? []
      list.push(row)
      byUnitYear.set(key, list)
    }
  }
  return byUnitYear
}

/** A tally per cohort-year. */
class Tallies {
  readonly #items = new Map<string, { cy: CohortYearKey; tally: Tally }>()

  of(cy: CohortYearKey): Tally {
    const key = keyOf(cy)
    let found = this.#items.get(key)
    if (!found) {
      found = {
        cy: { parentCode: cy.parentCode, kind: cy.kind, block: cy.block, year: cy.year },
        tally: new Tally(),
      }
      this.#items.set(key, found)
    }
    return found.tally
  }

  get size(): number {
    return this.#items.size
  }

  cohortYears(): CohortYearKey[] {
    return [...this.#items.values()].map((item) => item.cy)
  }

  entries() {
    return this.#items.values()
  }
}

const ON_CONFLICT_ADD = {
  cohort_award_line: ` on conflict (parent_code, kind, block, year, award_code, recipient_type,
    issuer_level) do update set count = cohort_award_line.count + excluded.count,
    grants = cohort_award_line.grants + excluded.grants`,
  cohort_award_decision: ` on conflict (parent_code, kind, block, year, decision_no, date_key)
    do update set grants = cohort_award_decision.grants + excluded.grants`,
}

/**
 * Writes the tallies' lines and decisions in bulk (`onConflict`: added to the stored ones). True
 * when a row written may be left without a grant: its grants did not grow.
 */
async function writeTallies(
  db: Executor,
  tallies: Tallies,
  onConflict: typeof ON_CONFLICT_ADD | '',
): Promise<boolean> {
  const lines: BulkRow[] = []
  const decisions: BulkRow[] = []
  let shrank = false
  for (const { cy, tally } of tallies.entries()) {
    const at = { parent_code: cy.parentCode, kind: cy.kind, block: cy.block, year: cy.year }
    for (const [line, sums] of tally.lines) {
      if (sums.grants === 0 && sums.count === 0) continue
      const [award_code, recipient_type, issuer_level] = JSON.parse(line) as string[]
      lines.push({ ...at, award_code, recipient_type, issuer_level, ...sums })
      if (sums.grants <= 0) shrank = true
    }
    for (const [decision, grants] of tally.decisions) {
      if (grants === 0) continue
      const [decision_no, date_key] = JSON.parse(decision) as string[]
      decisions.push({ ...at, decision_no, date_key, grants })
      if (grants < 0) shrank = true
    }
  }
  const cohortColumns = ['parent_code', 'kind', 'block', 'year']
  if (lines.length > 0)
    await bulkInsert(
      db,
      'cohort_award_line',
      [...cohortColumns, 'award_code', 'recipient_type', 'issuer_level', 'count', 'grants'],
      inKeyOrder(lines, [...cohortColumns, 'award_code', 'recipient_type', 'issuer_level']),
      onConflict ? onConflict.cohort_award_line : '',
    )
  if (decisions.length > 0)
    await bulkInsert(
      db,
      'cohort_award_decision',
      [...cohortColumns, 'decision_no', 'date_key', 'grants'],
      inKeyOrder(decisions, [...cohortColumns, 'decision_no', 'date_key']),
      onConflict ? onConflict.cohort_award_decision : '',
    )
  return shrank
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
 * The cohort-years' rows: their units with grants and the digest of their decisions, from their
 * stored decisions (a cohort-year without units with grants: no row). The units are counted from
 * the stored activity, or, given the units that entered less those that left each cohort-year
 * (`unitsMoved`, by key), added to the stored count: a 10,600-unit cohort-year is not counted
 * again for every file that touches a few of its units.
 */
async function storeDigests(
  db: Executor,
  cohortYears: readonly CohortYearKey[],
  unitsMoved?: ReadonlyMap<string, number>,
): Promise<void> {
  for (const part of chunk(cohortYears, COHORT_YEARS_PER_STATEMENT)) {
    const where = atCohortYears(part)
    const units = unitsMoved
      ? await keptUnits(db, part, unitsMoved)
      : await db
          .selectFrom('cohort_activity')
          .select(({ fn }) => [
            'parent_code',
            'kind',
            'block',
            'year',
            fn.countAll<number>().as('n'),
          ])
          .where('grant_rows', '>', 0)
          .where(where)
          .groupBy(['parent_code', 'kind', 'block', 'year'])
          .execute()
    await db.deleteFrom('cohort_award_year').where(where).execute()
    if (units.length === 0) continue
    const digests = await db
      .selectFrom('cohort_award_decision')
      .select(({ fn }) => [
        'parent_code',
        'kind',
        'block',
        'year',
        fn.countAll<number>().as('n'),
        sql<string | null>`min(nullif(date_key, ''))`.as('first'),
        sql<string | null>`max(nullif(date_key, ''))`.as('last'),
      ])
      .where(where)
      .groupBy(['parent_code', 'kind', 'block', 'year'])
      .execute()
    const rowKey = (r: { parent_code: string; kind: string; block: string; year: number }) =>
      keyOf({ parentCode: r.parent_code, kind: r.kind, block: r.block, year: Number(r.year) })
    const digestOf = new Map(digests.map((d) => [rowKey(d), d]))
    const few = digests.filter((d) => Number(d.n) <= LISTED_AWARD_DECISIONS)
    const listedOf = new Map<string, AwardDecision[]>()
    if (few.length > 0) {
      const rows = await db
        .selectFrom('cohort_award_decision')
        .select(['parent_code', 'kind', 'block', 'year', 'decision_no', 'date_key'])
        .where(
          atCohortYears(
            few.map((d) => ({
              parentCode: d.parent_code,
              kind: d.kind,
              block: d.block,
              year: Number(d.year),
            })),
          ),
        )
        .execute()
      for (const row of rows) {
        const list = listedOf.get(rowKey(row)) ?? []
        list.push({ decisionNo: row.decision_no, decisionDate: row.date_key || null })
        listedOf.set(rowKey(row), list)
      }
    }
    await bulkInsert(
      db,
      'cohort_award_year',
      [
        'parent_code',
        'kind',
        'block',
        'year',
        'units',
        'decision_count',
        'first_decision_date',
        'last_decision_date',
        'decisions',
      ],
      units.map((u) => {
        const digest = digestOf.get(rowKey(u))
        const listed = (listedOf.get(rowKey(u)) ?? []).sort(byDateThenNumber)
        return {
          parent_code: u.parent_code,
          kind: u.kind,
          block: u.block,
          year: Number(u.year),
          units: Number(u.n),
          decision_count: Number(digest?.n ?? 0),
          first_decision_date: digest?.first ?? null,
          last_decision_date: digest?.last ?? null,
          decisions: JSON.stringify(listed),
        }
      }),
    )
  }
}

/** The cohort-years' units with grants: as stored, with those that entered less those that left. */
async function keptUnits(
  db: Executor,
  cohortYears: readonly CohortYearKey[],
  unitsMoved: ReadonlyMap<string, number>,
): Promise<CohortYearRow<{ n: number }>[]> {
  const stored = await db
    .selectFrom('cohort_award_year')
    .select(['parent_code', 'kind', 'block', 'year', 'units'])
    .where(atCohortYears(cohortYears))
    .execute()
  const storedOf = new Map(
    stored.map((r) => [
      keyOf({ parentCode: r.parent_code, kind: r.kind, block: r.block, year: Number(r.year) }),
      Number(r.units),
    ]),
  )
  const units: CohortYearRow<{ n: number }>[] = []
  for (const cy of cohortYears) {
    const n = (storedOf.get(keyOf(cy)) ?? 0) + (unitsMoved.get(keyOf(cy)) ?? 0)
    if (n > 0)
      units.push({ parent_code: cy.parentCode, kind: cy.kind, block: cy.block, year: cy.year, n })
  }
  return units
}

/** A row keyed by cohort-year, as the tables name its columns. */
type CohortYearRow<T> = { parent_code: string; kind: string; block: string; year: number } & T

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
