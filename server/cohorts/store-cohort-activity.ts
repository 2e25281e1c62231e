// A cohort's tasks and awards stored per cohort-year and unit (ADR 030): which units a cohort
// holds in a year for the reads that are not ranks — the units the decision ranked in it and,
// for the default block, every unit of its level placed under the parent that year (ADR 014) —
// with each unit-year's task status sums and grant counts. The tasks and awards lists and
// summaries read a cohort-year's rows by key instead of resolving ranks and placements and
// summing raw rows on every request.
//
// Kept per unit, in the writer's transaction: a write of task results and grants only by the
// difference it made (keep-cohort-activity.ts, ADR 044); any other write of them, of placements
// or of units rebuilds the rows of the units it touched — in the years of the task results and
// grants it wrote, or in all their years when it wrote a unit or a placement — and a rank
// refresh those of the units ranked under the rebuilt parents before or after it, in the years
// it re-ranked.
import { sql, type Kysely, type Transaction } from 'kysely'
import type { Database } from '#server/db/schema.ts'
import { bulkInsert } from '#server/db/bulk-insert.ts'
import { chunk } from '#server/lib/chunk.ts'
import { yearMemberships } from './activity-members.ts'
import { ACTIVITY_COLUMNS, activityRow, sumsOf } from './activity-row.ts'
import {
  activityDeltaOf,
  imageYear,
  keepUnitActivity,
  type WrittenChange,
} from './keep-cohort-activity.ts'
import {
  addAwardChanges,
  GRANT_FIELDS,
  storeAllCohortAwards,
  storeCohortAwards,
  type GrantChanges,
  type GrantImage,
} from './store-cohort-awards.ts'
import { storeAllCohortTasks, storeCohortTasks } from './store-cohort-tasks.ts'
import {
  CohortYearSet,
  storedMemberships,
  UNITS_PER_STATEMENT,
  type Membership,
} from './stored-memberships.ts'

type Executor = Kysely<Database> | Transaction<Database>

/** The tables a unit's stored activity is derived from (besides the ranks). */
const ACTIVITY_ENTITIES = new Set(['unit', 'unit_placement', 'task_result', 'award_grant'])

/**
 * The tables that move a cohort-year's stored awards: its members' grants, and which cohorts a
 * unit is in (task results do not).
 */
const AWARD_ENTITIES = new Set(['unit', 'unit_placement', 'award_grant'])

/** The units whose stored activity a set of written changes can move. */
export function activityUnitsOf(changes: readonly WrittenChange[]): Set<string> {
  return unitsOf(changes, ACTIVITY_ENTITIES)
}

/** Of those, the units whose cohorts' stored awards the changes can move. */
function awardUnitsOf(changes: readonly WrittenChange[]): Set<string> {
  return unitsOf(changes, AWARD_ENTITIES)
}

function unitsOf(changes: readonly WrittenChange[], entities: ReadonlySet<string>): Set<string> {
  const units = new Set<string>()
  const add = (entity: string, row: Readonly<Record<string, unknown>> | null) => {
    if (!row || !entities.has(entity)) return
    const code = entity === 'unit' ? row.code : row.unit_code
    if (typeof code === 'string') units.add(code)
  }
  for (const change of changes) {
    add(change.entity, change.before)
    add(change.entity, change.after)
    for (const write of change.writes ?? []) add(write.entity, write.row)
  }
  return units
}

/**
 * The years whose stored activity a set of written changes can move: the years of the task
 * results and grants it wrote; null (every year) when it wrote a unit or a placement, which can
 * move a unit's rows in any year, or a row without a readable year. A tasks file of 2026 then
 * rewrites the 2026 rows of its units, not those of every year they have.
 */
export function activityYearsOf(changes: readonly WrittenChange[]): Set<number> | null {
  const years = new Set<number>()
  /** False when the row can move rows of any year. */
  const add = (entity: string, row: Readonly<Record<string, unknown>> | null): boolean => {
    if (!row || !ACTIVITY_ENTITIES.has(entity)) return true
    const year = imageYear(row)
    if (entity === 'unit' || entity === 'unit_placement' || !Number.isInteger(year)) return false
    years.add(year)
    return true
  }
  for (const change of changes) {
    if (!add(change.entity, change.before) || !add(change.entity, change.after)) return null
    for (const write of change.writes ?? []) if (!add(write.entity, write.row)) return null
  }
  return years
}

/**
 * What a write did that moves cohorts' stored awards: the units whose cohorts it can change
 * (a rank refresh: every unit it rebuilt), and the grants it took out and put in.
 */
export type AwardWrite = { units: ReadonlySet<string>; grants: GrantChanges }

/** An import's changes as an award write (null when a grant image is incomplete: rebuild). */
export function awardWriteOf(changes: readonly WrittenChange[]): AwardWrite | null {
  const grants = grantImagesOf(changes)
  return grants ? { units: awardUnitsOf(changes), grants } : null
}

/**
 * The stored activity after a write, in its transaction: a write of task results and grants only
 * keeps its unit-years' rows by the difference it made (ADR 044); any other write, one whose
 * stored rows no longer add up, or one after which ranks were refreshed (the refresh rebuilt the
 * rows it touched from the raw rows, the write included) has its units' rows rebuilt in the
 * years it can have moved.
 */
export async function storeActivityOfWrite(
  db: Executor,
  changes: readonly WrittenChange[],
  ranksRefreshed: boolean,
): Promise<void> {
  const delta = ranksRefreshed ? null : activityDeltaOf(changes)
  const awards = awardWriteOf(changes)
  const awarded = awards?.units ?? awardUnitsOf(changes)
  if (delta && (await keepUnitActivity(db, delta, awarded, awards?.grants ?? null))) return
  await storeUnitActivity(db, activityUnitsOf(changes), awards, activityYearsOf(changes))
}

/**
 * Rebuilds the stored activity of these units, in `years` (null: every year), the task totals
 * (ADR 033) of the cohort-years their unit-years with task results were or are in, and keeps the
 * stored awards (ADR 032) of those their unit-years with grants were or are in: given what the
 * write did (`awards`), by adding the difference it made; without (an undo, a fixture), by
 * rebuilding those cohort-years from their grants. Rows of other years are left as they are, so
 * `years` must hold every year the write can have moved (activityYearsOf).
 */
export async function storeUnitActivity(
  db: Executor,
  units: Iterable<string>,
  awards?: AwardWrite | null,
  years: ReadonlySet<number> | null = null,
): Promise<void> {
  const all = [...new Set(units)]
  const only = years ? [...years] : null
  if (only?.length === 0) return
  const awardUnits = awards ? awards.units : new Set(all)
  const before: Membership[] = []
  const after: Membership[] = []
  const taskYears = new CohortYearSet()
  for (const part of chunk(all, UNITS_PER_STATEMENT)) {
    const awarded = part.filter((unit) => awardUnits.has(unit))
    before.push(...(await storedMemberships(db, awarded, 'grant_rows', only)))
    taskYears.add(await storedMemberships(db, part, 'task_rows', only))
    let rows = db.deleteFrom('cohort_activity').where('unit_code', 'in', part)
    if (only) rows = rows.where('year', 'in', only)
    await rows.execute()
    for (const year of await activityYears(db, part))
      if (!years || years.has(year)) await insertYear(db, year, part)
    after.push(...(await storedMemberships(db, awarded, 'grant_rows', only)))
    taskYears.add(await storedMemberships(db, part, 'task_rows', only))
  }
  await storeCohortTasks(db, taskYears.values())
  if (awards) return addAwardChanges(db, { before, after }, awards.grants)
  const cohortYears = new CohortYearSet()
  cohortYears.add([...before, ...after])
  await storeCohortAwards(db, cohortYears.values())
}

/**
 * The grants a write took out and put in (any other table it wrote moves only which cohorts hold
 * its units, which the memberships read before and after show); null when a grant is written as
 * part of another entity's change or an image lacks a column counted: its cohort-years are rebuilt.
 */
function grantImagesOf(changes: readonly WrittenChange[]): GrantChanges | null {
  const before: GrantImage[] = []
  const after: GrantImage[] = []
  const image = (row: Readonly<Record<string, unknown>>): GrantImage | null =>
    GRANT_FIELDS.every((field) => field in row) ? (row as unknown as GrantImage) : null
  for (const change of changes) {
    if (change.entity !== 'award_grant') {
      if ((change.writes ?? []).some((w) => w.entity === 'award_grant')) return null
      continue
    }
    const out = change.before && image(change.before)
    const into = change.after && image(change.after)
    if ((change.before && !out) || (change.after && !into)) return null
    if (out) before.push(out)
    if (into) after.push(into)
  }
  return { before, after }
}

/** Rebuilds every stored row (a restore, a fixture written outside the write path). */
export async function storeAllActivity(db: Executor): Promise<void> {
  await db.deleteFrom('cohort_activity').execute()
  for (const year of await activityYears(db, null)) await insertYear(db, year, null)
  await storeAllCohortTasks(db)
  await storeAllCohortAwards(db)
}

/**
 * After the ranks under `parents` were rebuilt (in `years`, or all): the units ranked there
 * before (their stored rows) or now, with task results or grants in a rebuilt year.
 */
export async function storeActivityAfterRanks(
  db: Executor,
  parents: readonly string[] | 'all',
  years: readonly number[] | null,
): Promise<void> {
  if (parents === 'all') return storeAllActivity(db)
  const units = new Set<string>()
  for (const part of chunk(parents, UNITS_PER_STATEMENT)) {
    let stored = db
      .selectFrom('cohort_activity')
      .select('unit_code')
      .distinct()
      .where('parent_code', 'in', part)
    let ranked = db
      .selectFrom('cohort_rank as r')
      .select('r.unit_code')
      .distinct()
      .where('r.parent_code', 'in', part)
      .where('r.scope', '=', 'ALL')
      .where((eb) =>
        eb.or([
          eb.exists(
            eb
              .selectFrom('task_result as t')
              .select(sql<number>`1`.as('one'))
              .whereRef('t.unit_code', '=', 'r.unit_code')
              .whereRef('t.year', '=', 'r.year'),
          ),
          eb.exists(
            eb
              .selectFrom('award_grant as g')
              .select(sql<number>`1`.as('one'))
              .whereRef('g.unit_code', '=', 'r.unit_code')
              .whereRef('g.year', '=', 'r.year'),
          ),
        ]),
      )
    if (years) {
      stored = stored.where('year', 'in', years)
      ranked = ranked.where('r.year', 'in', years)
    }
    for (const row of await stored.union(ranked).execute()) units.add(row.unit_code)
  }
  // A rank refresh writes no grant: only which cohorts hold the units can move, in its years.
  await storeUnitActivity(
    db,
    units,
    { units, grants: { before: [], after: [] } },
    years ? new Set(years) : null,
  )
}

/** Years with task results or grants (of these units, or of any). */
async function activityYears(db: Executor, units: readonly string[] | null): Promise<number[]> {
  let tasks = db.selectFrom('task_result').select('year').distinct()
  let grants = db.selectFrom('award_grant').select('year').distinct()
  if (units) {
    tasks = tasks.where('unit_code', 'in', units)
    grants = grants.where('unit_code', 'in', units)
  }
  const rows = await tasks.union(grants).execute()
  return rows.map((r) => Number(r.year))
}

/**
 * One year's rows: each unit-year's sums (task rows and grants added up apart, then joined) under
 * every cohort the unit is in that year (activity-members.ts).
 */
async function insertYear(db: Executor, year: number, units: readonly string[] | null) {
  const zero = sql<number>`0`
  const recipients = (type: string) =>
    sql<number>`sum(case when recipient_type = ${type} then ${sql.ref('count')} else 0 end)`
  let tasks = db
    .selectFrom('task_result')
    .where('year', '=', year)
    .select(({ fn }) => [
      'unit_code',
      fn.countAll<number>().as('task_rows'),
      fn.sum<number>('done_on_time').as('done_on_time'),
      fn.sum<number>('done_late').as('done_late'),
      fn.sum<number>('in_progress').as('in_progress'),
      fn.sum<number>('overdue').as('overdue'),
      fn.sum<number>('not_started').as('not_started'),
      fn.sum<number>('cancelled').as('cancelled'),
      zero.as('grant_rows'),
      zero.as('award_total'),
      zero.as('award_collective'),
      zero.as('award_individual'),
      zero.as('award_household'),
    ])
    .groupBy('unit_code')
  let grants = db
    .selectFrom('award_grant')
    .where('year', '=', year)
    .select(({ fn }) => [
      'unit_code',
      zero.as('task_rows'),
      zero.as('done_on_time'),
      zero.as('done_late'),
      zero.as('in_progress'),
      zero.as('overdue'),
      zero.as('not_started'),
      zero.as('cancelled'),
      fn.countAll<number>().as('grant_rows'),
      fn.sum<number>('count').as('award_total'),
      recipients('COLLECTIVE').as('award_collective'),
      recipients('INDIVIDUAL').as('award_individual'),
      recipients('HOUSEHOLD').as('award_household'),
    ])
    .groupBy('unit_code')
  if (units) {
    tasks = tasks.where('unit_code', 'in', units)
    grants = grants.where('unit_code', 'in', units)
  }
  const sums = db
    .selectFrom(tasks.unionAll(grants).as('x'))
    .select(({ fn }) => [
      'x.unit_code',
      fn.sum<number>('x.task_rows').as('task_rows'),
      fn.sum<number>('x.done_on_time').as('done_on_time'),
      fn.sum<number>('x.done_late').as('done_late'),
      fn.sum<number>('x.in_progress').as('in_progress'),
      fn.sum<number>('x.overdue').as('overdue'),
      fn.sum<number>('x.not_started').as('not_started'),
      fn.sum<number>('x.cancelled').as('cancelled'),
      fn.sum<number>('x.grant_rows').as('grant_rows'),
      fn.sum<number>('x.award_total').as('award_total'),
      fn.sum<number>('x.award_collective').as('award_collective'),
      fn.sum<number>('x.award_individual').as('award_individual'),
      fn.sum<number>('x.award_household').as('award_household'),
    ])
    .groupBy('x.unit_code')
  const rows = await db
    .selectFrom(yearMemberships(db, year, units).as('m'))
    .innerJoin(sums.as('s'), 's.unit_code', 'm.unit_code')
    .innerJoin('unit as n', 'n.code', 'm.unit_code')
    .select([
      'm.parent_code',
      'm.kind',
      'm.block',
      'm.unit_code',
      'n.name as unit_name',
      's.task_rows',
      's.done_on_time',
      's.done_late',
      's.in_progress',
      's.overdue',
      's.not_started',
      's.cancelled',
      's.grant_rows',
      's.award_total',
      's.award_collective',
      's.award_individual',
      's.award_household',
    ])
    .execute()
  await bulkInsert(
    db,
    'cohort_activity',
    ACTIVITY_COLUMNS,
    rows.map((row) => activityRow(row, sumsOf(row), year)),
  )
}
