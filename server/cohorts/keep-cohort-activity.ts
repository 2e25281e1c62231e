// The stored activity (ADR 030) kept by the difference a write of task results and grants made
// (ADR 044), instead of re-summing its units' raw rows. Such a write moves no unit between
// cohorts, so a unit-year's rows keep their cohorts and take new sums: the stored sums plus what
// the write put in less what it took out. A unit-year without rows either had no task result or
// grant before (its rows would exist), so its sums are what the write put in, under the cohorts
// that hold it that year, or no cohort holds it, and it has none still; one whose sums fall to
// zero loses its rows. The cohort-years' task totals and awards follow from the memberships read
// and written here, by the same difference.
import type { Kysely, Transaction } from 'kysely'
import type { Database } from '#server/db/schema.ts'
import { bulkInsert, type BulkRow, inKeyOrder } from '#server/db/bulk-insert.ts'
import { bulkUpdate } from '#server/db/bulk-update.ts'
import { chunk } from '#server/lib/chunk.ts'
import { findYearMembers } from './activity-members.ts'
import {
  ACTIVITY_COLUMNS,
  type ActivityMember,
  activityRow,
  AWARD_SUMS,
  noSums,
  RATE_COLUMNS,
  SUM_COLUMNS,
  type Sums,
  SUMS_AND_RATE_COLUMNS,
  sumsAndRate,
  sumsOf,
  TASK_STATUSES,
} from './activity-row.ts'
import { addAwardChanges, type GrantChanges, storeCohortAwards } from './store-cohort-awards.ts'
import { addCohortTaskChanges, TaskTotalChanges } from './store-cohort-tasks.ts'
import { CohortYearSet, type Membership, UNITS_PER_STATEMENT } from './stored-memberships.ts'

type Executor = Kysely<Database> | Transaction<Database>

/** A change as the write path records it: its table, its images, any other rows it writes. */
export type WrittenChange = {
  entity: string
  /** The row's key in its table (change-set.ts, entityKey). */
  key?: string
  before: Readonly<Record<string, unknown>> | null
  after: Readonly<Record<string, unknown>> | null
  writes?: readonly { entity: string; row: Readonly<Record<string, unknown>> }[]
}

/** What a write added to one unit-year's sums (negative where it took rows out). */
export type UnitYearDelta = { unitCode: string; year: number; sums: Sums }

/** The unit-years a write moved, by `unit|year`. */
export type ActivityDelta = Map<string, UnitYearDelta>

/** The primary key of cohort_activity. */
const ACTIVITY_KEY = ['parent_code', 'kind', 'block', 'year', 'unit_code']
/** A unit-year's rows, as the sums' updates find them. */
const UNIT_YEAR = ['year', 'unit_code']

/** The sums a cohort-year's task totals (ADR 033) are made of. */
const TASK_SUMS = ['task_rows', ...TASK_STATUSES] as const
/** The sums of a unit-year's grants. */
const GRANT_SUMS = ['grant_rows', ...AWARD_SUMS] as const
/** The stored columns a change of a unit-year's task sums moves (its rate with them). */
const TASK_COLUMNS: readonly string[] = [...TASK_SUMS, ...RATE_COLUMNS]
/** Those of its grants, and of both. */
const GRANT_COLUMNS: readonly string[] = GRANT_SUMS
const BOTH_COLUMNS: readonly string[] = SUMS_AND_RATE_COLUMNS

/** The columns to set where these sums moved; null where none did. */
function movedColumns(tasksMoved: boolean, grantsMoved: boolean): readonly string[] | null {
  if (tasksMoved) return grantsMoved ? BOTH_COLUMNS : TASK_COLUMNS
  return grantsMoved ? GRANT_COLUMNS : null
}

/** The sum of each recipient type. */
const RECIPIENT_SUMS: Readonly<Record<string, keyof Sums>> = {
  COLLECTIVE: 'award_collective',
  INDIVIDUAL: 'award_individual',
  HOUSEHOLD: 'award_household',
}

const unitYearKey = (unitCode: string, year: number) => `${unitCode}|${year}`

/** An image's year as an integer, or NaN when it has none that reads as one. */
export function imageYear(row: Readonly<Record<string, unknown>>): number {
  const year = row.year
  return typeof year === 'number' || (typeof year === 'string' && year.trim() !== '')
    ? Number(year)
    : Number.NaN
}

/**
 * Whether sums can be a unit-year's: none below zero, no status counted without a task result,
 * no recipient without a grant. Stored sums that are not were edited outside the write path.
 */
function possible(sums: Sums): boolean {
  if (SUM_COLUMNS.some((column) => sums[column] < 0)) return false
  if (sums.task_rows === 0 && TASK_STATUSES.some((status) => sums[status] !== 0)) return false
  return sums.grant_rows !== 0 || AWARD_SUMS.every((column) => sums[column] === 0)
}

/** The list under `key`, made empty the first time. */
function listOf<K, V>(map: Map<K, V[]>, key: K): V[] {
  let list = map.get(key)
  if (!list) map.set(key, (list = []))
  return list
}

/**
 * The difference a write made to its unit-years' sums, from the images of the task results and
 * grants it wrote; null when it wrote anything else (a unit or a placement moves units between
 * cohorts, an assessment re-ranks them), a row as part of another entity's change, a row twice,
 * or an image without a column summed: such a write has its units' rows rebuilt.
 */
export function activityDeltaOf(changes: readonly WrittenChange[]): ActivityDelta | null {
  const delta: ActivityDelta = new Map()
  // The keys seen, per table: a file's rows are all of one, so no key is built per row.
  const seen = new Map<string, Set<string>>()
  const add = (entity: string, row: Readonly<Record<string, unknown>>, sign: 1 | -1): boolean => {
    const unitCode = row.unit_code
    const year = imageYear(row)
    if (typeof unitCode !== 'string' || !Number.isInteger(year)) return false
    const key = unitYearKey(unitCode, year)
    let found = delta.get(key)
    if (!found) delta.set(key, (found = { unitCode, year, sums: noSums() }))
    const sums = found.sums
    if (entity === 'task_result') {
      if (!TASK_STATUSES.every((status) => status in row)) return false
      sums.task_rows += sign
      for (const status of TASK_STATUSES) sums[status] += sign * Number(row[status] ?? 0)
      return true
    }
    if (!('count' in row) || !('recipient_type' in row)) return false
    // As SQL sums them: a grant without a count adds nothing but its row.
    const count = Number(row.count ?? 0)
    sums.grant_rows += sign
    sums.award_total += sign * count
    const byType = RECIPIENT_SUMS[String(row.recipient_type)]
    if (byType) sums[byType] += sign * count
    return true
  }
  for (const change of changes) {
    if (change.entity !== 'task_result' && change.entity !== 'award_grant') return null
    if ((change.writes ?? []).length > 0 || change.key === undefined) return null
    let keys = seen.get(change.entity)
    if (!keys) seen.set(change.entity, (keys = new Set()))
    if (keys.has(change.key)) return null
    keys.add(change.key)
    if (change.before && !add(change.entity, change.before, -1)) return null
    if (change.after && !add(change.entity, change.after, 1)) return null
  }
  return delta
}

type StoredRow = ActivityMember & Partial<Record<keyof Sums, number | string | null>>

/** One chunk's writes: new rows, new sums of stored rows, and stored rows that go. */
type Planned = {
  /** Rows of unit-years that had none. */
  rows: BulkRow[]
  /**
   * The new sums of unit-years with rows, by year and unit, every row of each taking them; by
   * the columns that moved, so an update leaves the other columns' indexes alone.
   */
  sums: Map<readonly string[], BulkRow[]>
  /** Units whose stored rows go (their sums fell to zero), by year. */
  emptied: Map<number, string[]>
}

/**
 * Keeps the stored activity of a write's unit-years by the difference it made (`delta`), then
 * the task totals of the cohort-years they were or are in, by the difference their members' task
 * sums made, and the
 * awards of those the units of `awarded` (whose grants it wrote) were or are in: with `grants`
 * (what the write took out and put in) by adding the difference, without by rebuilding those
 * cohort-years. False, having written nothing, when the stored rows no longer match the raw ones
 * (a table edited by hand): a unit-year's rows that disagree, or sums no unit-year can have
 * before or after the write; the caller then rebuilds the units' rows.
 */
export async function keepUnitActivity(
  db: Executor,
  delta: ActivityDelta,
  awarded: ReadonlySet<string>,
  grants: GrantChanges | null,
): Promise<boolean> {
  const byUnit = new Map<string, UnitYearDelta[]>()
  for (const change of delta.values()) listOf(byUnit, change.unitCode).push(change)
  const memberships = { before: [] as Membership[], after: [] as Membership[] }
  const taskTotals = new TaskTotalChanges()
  const planned: Planned[] = []
  // Everything is read and planned before anything is written, so a mismatch writes nothing.
  for (const part of chunk([...byUnit.keys()], UNITS_PER_STATEMENT)) {
    const changes = part.flatMap((unit) => byUnit.get(unit) ?? [])
    const plan = await planChunk(db, part, changes, (member, year, sums, when, tasksMoved) => {
      const taskYear = sums.task_rows > 0 && tasksMoved
      const awards = sums.grant_rows > 0 && awarded.has(member.unit_code)
      if (!taskYear && !awards) return
      const membership: Membership = {
        parentCode: member.parent_code,
        kind: member.kind,
        block: member.block,
        year,
        unitCode: member.unit_code,
      }
      if (taskYear) taskTotals.add(membership, sums, when === 'after' ? 1 : -1)
      if (awards) memberships[when].push(membership)
    })
    if (!plan) return false
    planned.push(plan)
  }
  // The chunks' unit-years are apart (a unit is in one chunk; a new row's unit-year had none),
  // so their writes are gathered and each kind written once, in key order (inKeyOrder).
  const inserts: BulkRow[] = []
  const updates = new Map<readonly string[], BulkRow[]>()
  for (const { rows, sums, emptied } of planned) {
    for (const [year, units] of emptied)
      for (const slice of chunk(units, UNITS_PER_STATEMENT))
        await db
          .deleteFrom('cohort_activity')
          .where('year', '=', year)
          .where('unit_code', 'in', slice)
          .execute()
    for (const [columns, rows] of sums) for (const row of rows) listOf(updates, columns).push(row)
    for (const row of rows) inserts.push(row)
  }
  // A unit-year's rows keep their cohorts and names: only the sums move, in place.
  for (const [columns, rows] of updates)
    await bulkUpdate(db, 'cohort_activity', UNIT_YEAR, columns, inKeyOrder(rows, UNIT_YEAR))
  await bulkInsert(db, 'cohort_activity', ACTIVITY_COLUMNS, inKeyOrder(inserts, ACTIVITY_KEY))
  await addCohortTaskChanges(db, taskTotals)
  if (grants) {
    await addAwardChanges(db, memberships, grants, true)
    return true
  }
  const cohortYears = new CohortYearSet()
  cohortYears.add([...memberships.before, ...memberships.after])
  await storeCohortAwards(db, cohortYears.values())
  return true
}

/**
 * One chunk of units: their stored rows in the years changed, read once; the cohorts of the
 * unit-years without rows; the new rows. `member` hears each membership with its sums as stored
 * (`before`) and as written (`after`). Null when the stored rows do not add up (see above).
 */
async function planChunk(
  db: Executor,
  units: readonly string[],
  changes: readonly UnitYearDelta[],
  member: (
    member: ActivityMember,
    year: number,
    sums: Sums,
    when: 'before' | 'after',
    tasksMoved: boolean,
  ) => void,
): Promise<Planned | null> {
  const years = [...new Set(changes.map((c) => c.year))]
  const stored = new Map<string, StoredRow[]>()
  const rows = (await db
    .selectFrom('cohort_activity')
    .select(['parent_code', 'kind', 'block', 'year', 'unit_code', 'unit_name', ...SUM_COLUMNS])
    .where('unit_code', 'in', units)
    .where('year', 'in', years)
    .execute()) as (StoredRow & { year: number | string })[]
  for (const row of rows) listOf(stored, unitYearKey(row.unit_code, Number(row.year))).push(row)
  const withoutRows = new Map<number, string[]>()
  for (const change of changes)
    if (!stored.has(unitYearKey(change.unitCode, change.year)))
      listOf(withoutRows, change.year).push(change.unitCode)
  const members = new Map<string, ActivityMember[]>()
  for (const [year, codes] of withoutRows)
    for (const found of await findYearMembers(db, year, codes))
      listOf(members, unitYearKey(found.unit_code, year)).push(found)
  const plan: Planned = { rows: [], sums: new Map(), emptied: new Map() }
  for (const change of changes) {
    const key = unitYearKey(change.unitCode, change.year)
    const old = stored.get(key)
    const cohorts = old ?? members.get(key) ?? []
    if (cohorts.length === 0) continue
    // Every row of a unit-year holds the same sums; none before the write when it had no rows.
    const before = old?.[0] ? sumsOf(old[0]) : noSums()
    if (
      old?.some((row) => SUM_COLUMNS.some((column) => Number(row[column] ?? 0) !== before[column]))
    )
      return null
    const after = noSums()
    for (const column of SUM_COLUMNS) after[column] = before[column] + change.sums[column]
    if (!possible(before) || !possible(after)) return null
    // A cohort-year's task totals move only with its members' task sums.
    const tasksMoved = TASK_SUMS.some((column) => change.sums[column] !== 0)
    const grantsMoved = GRANT_SUMS.some((column) => change.sums[column] !== 0)
    const emptied = after.task_rows === 0 && after.grant_rows === 0
    if (old) {
      for (const row of old) member(row, change.year, before, 'before', tasksMoved)
      if (emptied) listOf(plan.emptied, change.year).push(change.unitCode)
      else {
        const columns = movedColumns(tasksMoved, grantsMoved)
        // The rate is rounded only where it is written: where the task sums moved.
        if (columns)
          listOf(plan.sums, columns).push({
            year: change.year,
            unit_code: change.unitCode,
            ...(tasksMoved ? sumsAndRate(after) : after),
          })
        for (const row of old) member(row, change.year, after, 'after', tasksMoved)
      }
      continue
    }
    if (emptied) continue
    for (const cohort of cohorts) {
      plan.rows.push(activityRow(cohort, after, change.year))
      member(cohort, change.year, after, 'after', tasksMoved)
    }
  }
  return plan
}
