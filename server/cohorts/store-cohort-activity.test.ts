// The stored tasks and awards per cohort-year and unit, and the units each cohort ranked up to a
// year (ADR 030): after every kind of write — an import of tasks, awards, units (a map change)
// or assessments, an edit, an undo, a return to draft and a publication — and after the
// migration, they equal a recount from the raw tables, on SQLite and PostgreSQL; so do each
// cohort-year's stored awards (ADR 032).
import { sql, type Kysely } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { yearReferenceDate } from '#shared/domain/units.ts'
import type { Database } from '#server/db/schema.ts'
import { createTestDb, TEST_DIALECTS, type TestDb } from '#server/test/create-test-db.ts'
import { testMigrator } from '#server/test/test-migrator.ts'
import {
  csv,
  fixture,
  importFile,
  loadBase,
} from '#server/features/imports/__fixtures__/fixture-db.ts'
import { setCohortStatus } from '#server/features/publications/publications.repository.ts'
import { undoImport } from '#server/write-path/undo-import.ts'
import { completionKey } from '#shared/kpi/completion-key.ts'
import { taskCompletion } from '#shared/kpi/task-completion.ts'
import { digestAwardDecisions, type AwardDecision } from '#shared/text/source-line.ts'
import { findResultYears } from './cohort-year-rows.ts'
import { activityYearsOf, storeActivityOfWrite, storeAllActivity } from './store-cohort-activity.ts'
import { findPlacementAt } from './placements.repository.ts'

const SUMS = [
  'task_rows',
  'done_on_time',
  'done_late',
  'in_progress',
  'overdue',
  'not_started',
  'cancelled',
  'grant_rows',
  'award_total',
  'award_collective',
  'award_individual',
  'award_household',
] as const
type Sums = Record<(typeof SUMS)[number], number>

/** A row's key and sums, with the completion rate as ordered and the tasks planned (ADR 033). */
const line = (key: string[], sums: Sums, task: { key: number | null; planned: number }) =>
  [...key, ...SUMS.map((s) => sums[s]), task.key ?? 'none', task.planned].join('|')

/** The completion key and tasks planned of a unit-year's sums, counted here. */
function taskOf(sums: Sums) {
  const task = taskCompletion({
    DONE_ON_TIME: sums.done_on_time,
    DONE_LATE: sums.done_late,
    IN_PROGRESS: sums.in_progress,
    OVERDUE: sums.overdue,
    NOT_STARTED: sums.not_started,
    CANCELLED: sums.cancelled,
  })
  return { key: completionKey(task.completionPct), planned: task.planned }
}

/** Every unit-year's sums under each of its cohorts, counted here from the raw tables. */
async function recount(db: Kysely<Database>): Promise<string[]> {
  const sums = new Map<string, Sums & { unit: string; year: number }>()
  const of = (unit: string, year: number) => {
    const key = `${unit}|${year}`
    let found = sums.get(key)
    if (!found) {
      found = { unit, year, ...(Object.fromEntries(SUMS.map((s) => [s, 0])) as Sums) }
      sums.set(key, found)
    }
    return found
  }
  for (const t of await db.selectFrom('task_result').selectAll().execute()) {
    const s = of(t.unit_code, Number(t.year))
    s.task_rows += 1
    s.done_on_time += Number(t.done_on_time)
    s.done_late += Number(t.done_late)
    s.in_progress += Number(t.in_progress)
    s.overdue += Number(t.overdue)
    s.not_started += Number(t.not_started)
    s.cancelled += Number(t.cancelled)
  }
  for (const g of await db.selectFrom('award_grant').selectAll().execute()) {
    const s = of(g.unit_code, Number(g.year))
    s.grant_rows += 1
    s.award_total += Number(g.count)
    if (g.recipient_type === 'COLLECTIVE') s.award_collective += Number(g.count)
    if (g.recipient_type === 'INDIVIDUAL') s.award_individual += Number(g.count)
    if (g.recipient_type === 'HOUSEHOLD') s.award_household += Number(g.count)
  }
  const out = new Set<string>()
  for (const s of sums.values()) {
    const ranked = await db
      .selectFrom('cohort_rank')
      .select(['parent_code', 'kind', 'block'])
      .where('unit_code', '=', s.unit)
      .where('year', '=', s.year)
      .where('scope', '=', 'ALL')
      .execute()
    for (const r of ranked)
      out.add(line([r.parent_code, r.kind, r.block, String(s.year), s.unit], s, taskOf(s)))
    const placed = await findPlacementAt(db, s.unit, yearReferenceDate(s.year))
    const unit = await db
      .selectFrom('unit')
      .select('kind')
      .where('code', '=', s.unit)
      .executeTakeFirstOrThrow()
    if (placed?.parent_code)
      out.add(line([placed.parent_code, unit.kind, '', String(s.year), s.unit], s, taskOf(s)))
  }
  return [...out].sort()
}

async function stored(db: Kysely<Database>): Promise<string[]> {
  const rows = await db.selectFrom('cohort_activity').selectAll().execute()
  return rows
    .map((r) =>
      line(
        [r.parent_code, r.kind, r.block, String(r.year), r.unit_code],
        Object.fromEntries(SUMS.map((s) => [s, Number(r[s])])) as Sums,
        {
          key: r.completion_key === null ? null : Number(r.completion_key),
          planned: Number(r.task_planned),
        },
      ),
    )
    .sort()
}

/** Each cohort-year's units ranked up to it: stored, and counted here from the ranks. */
async function unitsToDate(db: Kysely<Database>) {
  const years = await db.selectFrom('cohort_year').selectAll().execute()
  const ranks = await db.selectFrom('cohort_rank').selectAll().execute()
  return years.map((y) => {
    const key = [y.parent_code, y.kind, y.block, y.scope, y.year].join('|')
    const units = new Set(
      ranks
        .filter(
          (r) =>
            r.parent_code === y.parent_code &&
            r.kind === y.kind &&
            r.block === y.block &&
            r.scope === y.scope &&
            Number(r.year) <= Number(y.year),
        )
        .map((r) => r.unit_code),
    )
    return {
      key,
      stored: y.units_to_date === null ? null : Number(y.units_to_date),
      counted: units.size,
    }
  })
}

/**
 * Each cohort-year's awards (ADR 032) counted here from its members' grants — the members as
 * stored, which `recount` checks — beside the stored lines and decisions' digest.
 */
async function cohortAwards(db: Kysely<Database>) {
  const members = await db
    .selectFrom('cohort_activity')
    .selectAll()
    .where('grant_rows', '>', 0)
    .execute()
  const grants = await db.selectFrom('award_grant').selectAll().execute()
  type Counted = {
    units: number
    lines: Map<string, { count: number; grants: number }>
    decisions: AwardDecision[]
    grantsBy: Map<string, number>
  }
  const counted = new Map<string, Counted>()
  for (const m of members) {
    const key = [m.parent_code, m.kind, m.block, Number(m.year)].join('|')
    const cohortYear: Counted = counted.get(key) ?? {
      units: 0,
      lines: new Map(),
      decisions: [],
      grantsBy: new Map(),
    }
    counted.set(key, cohortYear)
    cohortYear.units += 1
    for (const g of grants) {
      if (g.unit_code !== m.unit_code || Number(g.year) !== Number(m.year)) continue
      const line = [g.award_code, g.recipient_type, g.issuer_level].join('|')
      const sums = cohortYear.lines.get(line) ?? { count: 0, grants: 0 }
      cohortYear.lines.set(line, { count: sums.count + Number(g.count), grants: sums.grants + 1 })
      if (g.decision_no) {
        const decision = `${g.decision_no}|${g.decision_date ?? ''}`
        cohortYear.grantsBy.set(decision, (cohortYear.grantsBy.get(decision) ?? 0) + 1)
      }
      const known = cohortYear.decisions.some(
        (d) => d.decisionNo === g.decision_no && d.decisionDate === g.decision_date,
      )
      if (!known)
        cohortYear.decisions.push({ decisionNo: g.decision_no, decisionDate: g.decision_date })
    }
  }
  const expected = [...counted].map(([key, c]) => {
    const digest = digestAwardDecisions(
      c.decisions.sort(
        (a, b) =>
          byText(a.decisionDate ?? '', b.decisionDate ?? '') ||
          byText(a.decisionNo ?? '', b.decisionNo ?? ''),
      ),
    )
    const lines = [...c.lines].map(([l, n]) => `${l}|${n.count}|${n.grants}`).sort()
    const decisions = [...c.grantsBy].map(([d, n]) => `${d}|${n}`).sort()
    return { key, units: c.units, digest, lines, decisions }
  })
  const years = await db.selectFrom('cohort_award_year').selectAll().execute()
  const lines = await db.selectFrom('cohort_award_line').selectAll().execute()
  const decisions = await db.selectFrom('cohort_award_decision').selectAll().execute()
  const stored = years.map((y) => {
    const key = [y.parent_code, y.kind, y.block, Number(y.year)].join('|')
    return {
      key,
      units: Number(y.units),
      digest: {
        count: Number(y.decision_count),
        firstDate: y.first_decision_date,
        lastDate: y.last_decision_date,
        listed: JSON.parse(y.decisions) as AwardDecision[],
      },
      lines: lines
        .filter((l) => [l.parent_code, l.kind, l.block, Number(l.year)].join('|') === key)
        .map(
          (l) =>
            `${l.award_code}|${l.recipient_type}|${l.issuer_level}|${Number(l.count)}|${Number(l.grants)}`,
        )
        .sort(),
      decisions: decisions
        .filter((d) => [d.parent_code, d.kind, d.block, Number(d.year)].join('|') === key)
        .map((d) => `${d.decision_no}|${d.date_key}|${Number(d.grants)}`)
        .sort(),
    }
  })
  const byKey = (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key)
  return { expected: expected.sort(byKey), stored: stored.sort(byKey) }
}

/** Code-point order: the order the stored list is in on both engines. */
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** Each cohort-year's stored task totals (ADR 033) beside the sums of its stored rows. */
async function taskTotals(db: Kysely<Database>) {
  const counted = new Map<string, number[]>()
  for (const r of await db
    .selectFrom('cohort_activity')
    .selectAll()
    .where('task_rows', '>', 0)
    .execute()) {
    const key = [r.parent_code, r.kind, r.block, Number(r.year)].join('|')
    const due =
      Number(r.done_on_time) +
      Number(r.done_late) +
      Number(r.in_progress) +
      Number(r.overdue) +
      Number(r.not_started)
    const sums = [1, due > 0 ? 1 : 0, ...TASK_SUMS.map((c) => Number(r[c]))]
    const found = counted.get(key) ?? sums.map(() => 0)
    counted.set(
      key,
      found.map((n, i) => n + (sums[i] ?? 0)),
    )
  }
  const stored = (await db.selectFrom('cohort_task_year').selectAll().execute()).map((y) => [
    [y.parent_code, y.kind, y.block, Number(y.year)].join('|'),
    [Number(y.units), Number(y.with_plan), ...TASK_SUMS.map((c) => Number(y[c]))].join(','),
  ])
  return {
    stored: stored.map((x) => x.join('=')).sort(),
    expected: [...counted].map(([k, v]) => `${k}=${v.join(',')}`).sort(),
  }
}

const TASK_SUMS = [
  'done_on_time',
  'done_late',
  'in_progress',
  'overdue',
  'not_started',
  'cancelled',
] as const

async function expectExact(db: Kysely<Database>) {
  const expected = await recount(db)
  expect(await stored(db)).toEqual(expected)
  const tasks = await taskTotals(db)
  expect(tasks.stored).toEqual(tasks.expected)
  const awards = await cohortAwards(db)
  expect(awards.stored).toEqual(awards.expected)
  for (const y of await unitsToDate(db)) expect(y.stored, y.key).toBe(y.counted)
  return expected
}

describe('activityYearsOf', () => {
  const task = (year: unknown) => ({ unit_code: 'LA.TAN_AN', year })
  it('names the years of the task results and grants written, before and after', () => {
    const years = activityYearsOf([
      { entity: 'task_result', before: null, after: task(2023) },
      { entity: 'award_grant', before: task(2021), after: task(2022) },
      { entity: 'assessment', before: null, after: task(2019) },
    ])
    expect([...(years ?? [])].sort()).toEqual([2021, 2022, 2023])
  })
  it('is every year when a unit or a placement was written, or a year cannot be read', () => {
    expect(activityYearsOf([{ entity: 'unit', before: null, after: { code: 'X' } }])).toBeNull()
    expect(
      activityYearsOf([
        { entity: 'task_result', before: null, after: task(2023) },
        { entity: 'unit_placement', before: null, after: { unit_code: 'X' } },
      ]),
    ).toBeNull()
    expect(activityYearsOf([{ entity: 'task_result', before: null, after: task('') }])).toBeNull()
    expect(
      activityYearsOf([
        {
          entity: 'assessment',
          before: null,
          after: task(2020),
          writes: [{ entity: 'unit_placement', row: { unit_code: 'X' } }],
        },
      ]),
    ).toBeNull()
  })
})

/**
 * Each stored row's physical identity (SQLite's rowid, PostgreSQL's row version): a row deleted
 * and written again gets another.
 */
async function rowIdentities(db: Kysely<Database>, dialect: string) {
  const id = dialect === 'postgres' ? sql<string>`xmin::text || ctid::text` : sql<string>`rowid`
  const rows = await db
    .selectFrom('cohort_activity')
    .select(['parent_code', 'kind', 'block', 'year', 'unit_code', id.as('id')])
    .execute()
  return new Map(
    rows.map((r) => [
      [r.parent_code, r.kind, r.block, Number(r.year), r.unit_code].join('|'),
      String(r.id),
    ]),
  )
}

for (const dialect of TEST_DIALECTS) {
  describe(`stored cohort activity (${dialect})`, () => {
    let t: TestDb
    beforeAll(async () => {
      t = await createTestDb(dialect)
      await loadBase(t.db)
    })
    afterAll(() => t.destroy())

    it('follows imports of tasks and awards, and an edit of them', async () => {
      await importFile(t.db, 'tasks', fixture('tasks.csv'))
      await importFile(t.db, 'awards', fixture('awards.csv'))
      const rows = await expectExact(t.db)
      expect(rows.length).toBeGreaterThan(0)
      // An edit: the same plan with other counts (updated rows).
      const edit = await importFile(
        t.db,
        'tasks',
        csv(
          'unit_code,year,field,DONE_ON_TIME,DONE_LATE,IN_PROGRESS,OVERDUE,NOT_STARTED,CANCELLED',
          'LA.TAN_AN,2022,,1,1,1,1,1,1',
          'LA.DUC_HUE,2023,,4,0,0,0,0,0',
        ),
      )
      expect(edit).toMatchObject({ inserted: 1, updated: 1 })
      await expectExact(t.db)
    })

    it('follows assessments ranking units in a block and under another parent', async () => {
      await importFile(
        t.db,
        'assessments',
        csv(
          'unit_code,year,max_points,points,cohort',
          'LA.THANH_HOA,2022,100,80,Khối A',
          'LA.TAN_AN,2022,100,70,Khối A',
        ),
      )
      await importFile(
        t.db,
        'assessments',
        csv('unit_code,year,max_points,points', 'LA.DUC_HUE,2023,100,75'),
        { parentCode: 'VN' },
      )
      const rows = await expectExact(t.db)
      expect(rows.some((r) => r.startsWith('LA|DISTRICT|Khối A|2022|LA.THANH_HOA|'))).toBe(true)
      expect(rows.some((r) => r.startsWith('LA|DISTRICT||2022|LA.THANH_HOA|'))).toBe(true)
    })

    it('lists a cohort’s years from the members of each year', async () => {
      // LA.DUC_HUE is ranked under VN in 2023 only; its 2022 results are LA's, not VN's.
      await importFile(
        t.db,
        'tasks',
        csv('unit_code,year,field,DONE_ON_TIME', 'LA.DUC_HUE,2022,PROCEDURES,2'),
      )
      await expectExact(t.db)
      const vn = { parentCode: 'VN', kind: 'DISTRICT', block: '' }
      const la = { parentCode: 'LA', kind: 'DISTRICT', block: '' }
      expect(await findResultYears(t.db, 'task_result', vn)).toEqual([2023])
      expect(await findResultYears(t.db, 'task_result', la)).toEqual([2022, 2023])
      expect(await findResultYears(t.db, 'award_grant', la)).toEqual([2022])
      expect(await findResultYears(t.db, 'award_grant', vn)).toEqual([])
    })

    it('follows a map change and its undo', async () => {
      // Grants of the unit that moves, in the year it moves: they leave one cohort, enter another.
      await importFile(
        t.db,
        'awards',
        csv(
          'unit_code,year,award_code,recipient_type,count,recipient_name,issuer_level,decision_no,decision_date,reason',
          'LA.TAN_AN,2022,MERIT_CERTIFICATE,COLLECTIVE,3,,DISTRICT,7/QĐ,2023-01-09,PAR',
        ),
      )
      const before = await stored(t.db)
      const moved = await importFile(
        t.db,
        'units',
        csv(
          'code,name,kind,parent_code,valid_from,valid_to',
          'LA.TAN_AN,Thành phố Tân An,DISTRICT,VN,2022-07-01,2024-12-31',
        ),
      )
      expect(moved.batchId).toBeTruthy()
      const after = await expectExact(t.db)
      expect(after).not.toEqual(before)
      expect(after.some((r) => r.startsWith('VN|DISTRICT||2022|LA.TAN_AN|'))).toBe(true)
      // Ranked under VN too: the unit leaves LA's 2022 cohort with its grants.
      const ranked = await importFile(
        t.db,
        'assessments',
        csv('unit_code,year,max_points,points', 'LA.TAN_AN,2022,100,71'),
        { parentCode: 'VN' },
      )
      const left = await expectExact(t.db)
      expect(left.some((r) => r.startsWith('LA|DISTRICT||2022|LA.TAN_AN|'))).toBe(false)
      await undoImport(t.db, ranked.batchId!, null)
      await expectExact(t.db)
      await undoImport(t.db, moved.batchId!, null)
      expect(await expectExact(t.db)).toEqual(before)
    })

    it('follows the undo of a tasks import and of an awards import', async () => {
      const tasks = await importFile(
        t.db,
        'tasks',
        csv(
          'unit_code,year,field,DONE_ON_TIME,DONE_LATE,IN_PROGRESS,OVERDUE,NOT_STARTED,CANCELLED',
          'LA.SO_NOI_VU,2023,,3,0,0,0,0,0',
          'LA.TAN_AN,2022,,9,9,9,9,9,9',
        ),
      )
      const awards = await importFile(
        t.db,
        'awards',
        csv(
          'unit_code,year,award_code,recipient_type,count,recipient_name,issuer_level,decision_no,decision_date,reason',
          'LA.SO_NOI_VU,2023,MERIT_CERTIFICATE,COLLECTIVE,2,,AGENCY_HEAD,1/QĐ,2024-01-10,PAR',
        ),
      )
      await expectExact(t.db)
      // The same grant with another count: an update of grants alone, added as it is.
      const recount = await importFile(
        t.db,
        'awards',
        csv(
          'unit_code,year,award_code,recipient_type,count,recipient_name,issuer_level,decision_no,decision_date,reason',
          'LA.SO_NOI_VU,2023,MERIT_CERTIFICATE,COLLECTIVE,5,,AGENCY_HEAD,1/QĐ,2024-01-10,PAR',
        ),
      )
      expect(recount).toMatchObject({ updated: 1 })
      await expectExact(t.db)
      await undoImport(t.db, recount.batchId!, null)
      await expectExact(t.db)
      await undoImport(t.db, awards.batchId!, null)
      await expectExact(t.db)
      await undoImport(t.db, tasks.batchId!, null)
      const rows = await expectExact(t.db)
      expect(rows.some((r) => r.includes('|LA.SO_NOI_VU|'))).toBe(false)
    })

    it('follows a return to draft and a publication (units ranked to date per scope)', async () => {
      const cohort = { parentCode: 'LA', kind: 'DISTRICT', cohort: 'Khối A', year: 2022 }
      await setCohortStatus(
        t.db,
        { ...cohort, decisionNo: '5/QĐ', decisionDate: '2023-01-05' },
        'PUBLISHED',
        null,
      )
      const published = await unitsToDate(t.db)
      expect(published.some((y) => y.key.includes('PUBLISHED') && y.counted === 2)).toBe(true)
      await expectExact(t.db)
      await setCohortStatus(
        t.db,
        { ...cohort, decisionNo: null, decisionDate: null },
        'DRAFT',
        null,
      )
      await expectExact(t.db)
    })

    it('is filled by the migration as the writers left it, and dropped going down', async () => {
      const written = await expectExact(t.db)
      const m = await testMigrator(t.db as Kysely<unknown>, dialect)
      // Down to the migration before it (the later ones go down first), then up to the latest.
      const down = await t.changeSchema(() => m.migrateTo('2026_12_02_06_30_00_cohort_year_counts'))
      expect(down.error).toBeUndefined()
      expect(down.results?.at(-1)?.migrationName).toBe('2026_12_02_12_00_00_cohort_activity')
      const up = await t.changeSchema(() => m.migrateToLatest())
      expect(up.error).toBeUndefined()
      expect(await expectExact(t.db)).toEqual(written)
    })

    it('rewrites only the years a tasks or an awards file holds', async () => {
      // Thạnh Hóa has rows of 2022 (the test above); these files add its 2023.
      const before = await rowIdentities(t.db, dialect)
      const of2022 = [...before.keys()].filter((key) => key.endsWith('|2022|LA.THANH_HOA'))
      expect(of2022.length).toBeGreaterThan(0)
      await importFile(
        t.db,
        'tasks',
        csv(
          'unit_code,year,field,DONE_ON_TIME,DONE_LATE,IN_PROGRESS,OVERDUE,NOT_STARTED,CANCELLED',
          'LA.THANH_HOA,2023,,3,1,0,0,0,0',
        ),
      )
      await importFile(
        t.db,
        'awards',
        csv(
          'unit_code,year,award_code,recipient_type,count,recipient_name,issuer_level,decision_no,decision_date,reason',
          'LA.THANH_HOA,2023,MERIT_CERTIFICATE,COLLECTIVE,2,,DISTRICT,77/QĐ-UBND,20/01/2024,PAR',
        ),
      )
      await expectExact(t.db)
      const after = await rowIdentities(t.db, dialect)
      // The 2022 rows were left in place, not deleted and written again.
      for (const key of of2022) expect(after.get(key), key).toBe(before.get(key))
      expect([...after.keys()].some((key) => key.endsWith('|2023|LA.THANH_HOA'))).toBe(true)
    })

    it('keeps a tasks or an awards file by the difference it made, from the stored sums', async () => {
      // A stored sum set off by hand: a recount would drop the offset, the difference keeps it.
      const offset = () =>
        sql`update cohort_activity set done_on_time = done_on_time + 5
          where unit_code = 'LA.THANH_HOA' and year = 2023`.execute(t.db)
      const storedOf = () =>
        t.db
          .selectFrom('cohort_activity')
          .select(['parent_code', 'done_on_time', 'grant_rows', 'award_total'])
          .where('unit_code', '=', 'LA.THANH_HOA')
          .where('year', '=', 2023)
          .orderBy('parent_code')
          .execute()
      const before = await storedOf()
      expect(before.length).toBeGreaterThan(0)
      await offset()
      await importFile(
        t.db,
        'awards',
        csv(
          'unit_code,year,award_code,recipient_type,count,recipient_name,issuer_level,decision_no,decision_date,reason',
          'LA.THANH_HOA,2023,MERIT_CERTIFICATE,INDIVIDUAL,3,Nguyễn Văn A,DISTRICT,78/QĐ-UBND,21/01/2024,PAR',
        ),
      )
      const after = await storedOf()
      expect(after.map((r) => r.parent_code)).toEqual(before.map((r) => r.parent_code))
      for (const [i, row] of after.entries()) {
        expect(Number(row.done_on_time)).toBe(Number(before[i]?.done_on_time) + 5)
        expect(Number(row.grant_rows)).toBe(Number(before[i]?.grant_rows) + 1)
        expect(Number(row.award_total)).toBe(Number(before[i]?.award_total) + 3)
      }
      await storeAllActivity(t.db)
      await expectExact(t.db)
    })

    it('keeps a tasks file by the difference too, leaving the grants’ sums as stored', async () => {
      await sql`update cohort_activity set award_total = award_total + 7
        where unit_code = 'LA.THANH_HOA' and year = 2023`.execute(t.db)
      await importFile(
        t.db,
        'tasks',
        csv(
          'unit_code,year,field,DONE_ON_TIME,DONE_LATE,IN_PROGRESS,OVERDUE,NOT_STARTED,CANCELLED',
          'LA.THANH_HOA,2023,,2,2,0,0,0,0',
        ),
      )
      const expected = (await recount(t.db)).filter((line) => line.includes('|2023|LA.THANH_HOA|'))
      const kept = (await stored(t.db)).filter((line) => line.includes('|2023|LA.THANH_HOA|'))
      expect(kept.length).toBeGreaterThan(0)
      // The task sums moved as the file says; the award total kept its offset of 7.
      const fields = (line: string) => line.split('|')
      for (const [i, line] of kept.entries()) {
        const want = fields(expected[i] ?? '')
        const got = fields(line)
        const total = 5 + SUMS.indexOf('award_total')
        expect(Number(got[total])).toBe(Number(want[total]) + 7)
        got[total] = want[total] ?? ''
        expect(got).toEqual(want)
      }
      await storeAllActivity(t.db)
      await expectExact(t.db)
    })

    it('rebuilds a unit-year whose stored rows disagree with each other', async () => {
      const unitYear = await t.db
        .selectFrom('cohort_activity')
        .select(['unit_code', 'year'])
        .groupBy(['unit_code', 'year'])
        .having((eb) => eb.fn.countAll(), '>', 1)
        .orderBy('unit_code')
        .orderBy('year')
        .executeTakeFirstOrThrow()
      // Each row set off by a different amount: whichever one were read, the sums would be wrong.
      const rows = await t.db
        .selectFrom('cohort_activity')
        .select(['parent_code', 'kind', 'block'])
        .where('unit_code', '=', unitYear.unit_code)
        .where('year', '=', unitYear.year)
        .execute()
      for (const [i, row] of rows.entries())
        await t.db
          .updateTable('cohort_activity')
          .set((eb) => ({ done_on_time: eb('done_on_time', '+', i + 1) }))
          .where('parent_code', '=', row.parent_code)
          .where('kind', '=', row.kind)
          .where('block', '=', row.block)
          .where('unit_code', '=', unitYear.unit_code)
          .where('year', '=', unitYear.year)
          .execute()
      await importFile(
        t.db,
        'tasks',
        csv(
          'unit_code,year,field,DONE_ON_TIME,DONE_LATE,IN_PROGRESS,OVERDUE,NOT_STARTED,CANCELLED',
          `${unitYear.unit_code},${Number(unitYear.year)},,6,0,1,0,0,0`,
        ),
      )
      await expectExact(t.db)
    })

    it('rebuilds a file’s unit-years when their stored sums no longer add up', async () => {
      // Stored as none done on time; the file takes two of the three out: -2 cannot be kept.
      await sql`update cohort_activity set done_on_time = 0
        where unit_code = 'LA.THANH_HOA' and year = 2023`.execute(t.db)
      await importFile(
        t.db,
        'tasks',
        csv(
          'unit_code,year,field,DONE_ON_TIME,DONE_LATE,IN_PROGRESS,OVERDUE,NOT_STARTED,CANCELLED',
          'LA.THANH_HOA,2023,,1,1,2,0,0,0',
        ),
      )
      await expectExact(t.db)
    })

    it('keeps a cohort-year’s task totals by the difference each tasks file made', async () => {
      const file = (...rows: string[]) =>
        importFile(
          t.db,
          'tasks',
          csv(
            'unit_code,year,field,DONE_ON_TIME,DONE_LATE,IN_PROGRESS,OVERDUE,NOT_STARTED,CANCELLED',
            ...rows,
          ),
        )
      const totals = () =>
        t.db
          .selectFrom('cohort_task_year')
          .selectAll()
          .where('parent_code', '=', 'LA')
          .where('kind', '=', 'DISTRICT')
          .where('block', '=', '')
          .where('year', '=', 2024)
          .executeTakeFirst()
      // Two units enter the cohort-year; then one's counts move until nothing is due, and a third
      // enters beside them.
      await file('LA.TAN_AN,2024,,2,0,1,0,0,0', 'LA.DUC_HUE,2024,,1,0,0,0,0,0')
      await expectExact(t.db)
      await file('LA.TAN_AN,2024,,0,0,0,0,0,3', 'LA.THANH_HOA,2024,,0,1,0,0,0,0')
      await expectExact(t.db)
      expect(await totals()).toMatchObject({ units: 3, with_plan: 2, cancelled: 3 })
      // A stored total set off by hand: a rebuild would drop the offset, the difference keeps it.
      await sql`update cohort_task_year set done_late = done_late + 5
        where parent_code = 'LA' and kind = 'DISTRICT' and block = '' and year = 2024`.execute(t.db)
      await file('LA.DUC_HUE,2024,,1,2,0,0,0,0')
      expect(Number((await totals())?.done_late)).toBe(1 + 2 + 5)
      await storeAllActivity(t.db)
      await expectExact(t.db)
      expect(Number((await totals())?.done_late)).toBe(1 + 2)
    })

    it('keeps a cohort-year’s awards by the difference grants entering and leaving made', async () => {
      const file = (...rows: string[]) =>
        importFile(
          t.db,
          'awards',
          csv(
            'unit_code,year,award_code,recipient_type,count,recipient_name,issuer_level,decision_no,decision_date,reason',
            ...rows,
          ),
        )
      const units = async () =>
        Number(
          (
            await t.db
              .selectFrom('cohort_award_year')
              .select('units')
              .where('parent_code', '=', 'LA')
              .where('kind', '=', 'DISTRICT')
              .where('block', '=', '')
              .where('year', '=', 2024)
              .executeTakeFirst()
          )?.units ?? 0,
        )
      // Unit-years with task results and no grants, then one with neither, take their first grants.
      await file(
        'LA.DUC_HUE,2024,MERIT_CERTIFICATE,COLLECTIVE,2,,DISTRICT,80/QĐ-UBND,02/02/2025,PAR',
        'LA.TAN_AN,2024,MERIT_CERTIFICATE,INDIVIDUAL,1,Trần Thị B,DISTRICT,80/QĐ-UBND,02/02/2025,PAR',
      )
      await expectExact(t.db)
      expect(await units()).toBe(2)
      // A stored count set off by hand: a recount would drop the offset, the difference keeps it.
      await sql`update cohort_award_year set units = units + 5
        where parent_code = 'LA' and kind = 'DISTRICT' and block = '' and year = 2024`.execute(t.db)
      await file(
        'LA.SO_NOI_VU,2024,MERIT_CERTIFICATE,COLLECTIVE,1,,DISTRICT,81/QĐ-UBND,03/02/2025,PAR',
      )
      await file(
        'LA.THANH_HOA,2024,MERIT_CERTIFICATE,COLLECTIVE,4,,DISTRICT,81/QĐ-UBND,03/02/2025,PAR',
      )
      expect(await units()).toBe(3 + 5)
      // A unit-year's only grant taken out, as the write path says it: it leaves the cohort-year.
      const grant = await t.db
        .selectFrom('award_grant')
        .selectAll()
        .where('unit_code', '=', 'LA.THANH_HOA')
        .where('year', '=', 2024)
        .executeTakeFirstOrThrow()
      await t.db.deleteFrom('award_grant').where('id', '=', grant.id).execute()
      await storeActivityOfWrite(
        t.db,
        [{ entity: 'award_grant', key: grant.grant_key, before: grant, after: null }],
        false,
      )
      expect(await units()).toBe(2 + 5)
      await sql`update cohort_award_year set units = units - 5
        where parent_code = 'LA' and kind = 'DISTRICT' and block = '' and year = 2024`.execute(t.db)
      await expectExact(t.db)
      await storeAllActivity(t.db)
      await expectExact(t.db)
      expect(await units()).toBe(2)
    })
  })
}
