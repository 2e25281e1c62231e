// The tasks summary, which orders only the units that can reach either end (task-summary.ts),
// against the body the full list gives: every unit's entry, the ends cut by cutEnds, the focus
// found by endsAndFocus. The cohort ties at every cut: rates equal once rounded from different
// shares (1/3, 2/6 and 3,333/10,000 are all 33.33 %), equal planned counts, and few names, so
// the code decides among units of one name; some codes are in lower case.
import type { Kysely } from 'kysely'
import { describe, expect, it } from 'vitest'
import type { UnitKind } from '#shared/domain/units.ts'
import type { TaskCohortSummary } from '#shared/dto/task.ts'
import { TaskCohortSummarySchema } from '#shared/dto/task.ts'
import { sumTaskCounts, taskCompletion } from '#shared/kpi/task-completion.ts'
import { taskSummaryQuerySchema, type TaskSummaryQuery } from '#shared/schemas/tasks.schema.ts'
import type { Database } from '#server/db/schema.ts'
import { byNameThenCode, endsAndFocus, orderUnits } from '#server/cohorts/cohort-list.ts'
import { cutEnds } from '#server/cohorts/cut-ends.ts'
import { toUnitRef } from '#server/cohorts/cohorts.mapper.ts'
import { cohortYearRows } from '#server/cohorts/cohort-year-rows.ts'
import { readJson } from '#server/test/read-json.ts'
import { TEST_DIALECTS } from '../../test/create-test-db.ts'
import { insertTaskResults, insertUnits } from '../../test/insert-fixtures.ts'
import { useTestApp } from '../../test/use-test-app.ts'
import { byCompletion, taskCohortSummary } from './task-summary.ts'
import { findTaskCounts, findTaskCountsOf } from './tasks.repository.ts'
import { toTaskEntry } from './tasks.mapper.ts'

/** Editors see drafts: the test's cohorts are not published. */
const EDITORS = { includeDrafts: true }

const PROVINCE = 'SUMP'
const DISTRICT = 'SUMP.D'
const UNITS = 132
const NAMES = ['Xã Đức Hòa', 'Xã Duc Hoa', 'Phường Tân An', 'Xã Thạnh Hóa']

/** Every seventh code in lower case: codes are matched without regard to case, ordered as stored. */
const code = (i: number) => `${DISTRICT}.${i % 7 === 0 ? 'x' : 'X'}${String(i).padStart(3, '0')}`
const name = (i: number) => `${NAMES[i % NAMES.length]}${i % 8 < 4 ? '' : ' 2'}`

/**
 * Counts by unit, in turn: nothing due; rates tied once rounded whose shares order otherwise
 * than their planned counts (99,999 of 100,000 is 100 % with more planned than 5 of 5; 1 of
 * 100,000 is 0 % with fewer planned than 0 of 200,000); ties of planned; 33.33 % three ways.
 */
const COUNTS = [
  { CANCELLED: 2 },
  { DONE_ON_TIME: 1, IN_PROGRESS: 2 },
  { DONE_ON_TIME: 1, DONE_LATE: 1, OVERDUE: 4 },
  { DONE_ON_TIME: 1, NOT_STARTED: 2, CANCELLED: 3 },
  { DONE_ON_TIME: 3333, OVERDUE: 6667 },
  { DONE_ON_TIME: 5 },
  { DONE_LATE: 4, CANCELLED: 1 },
  { DONE_ON_TIME: 99999, OVERDUE: 1 },
  { NOT_STARTED: 4 },
  { OVERDUE: 3, CANCELLED: 1 },
  { DONE_ON_TIME: 1, NOT_STARTED: 99999 },
  { NOT_STARTED: 200000 },
  { DONE_ON_TIME: 23, IN_PROGRESS: 137 },
  { DONE_ON_TIME: 1437, OVERDUE: 8563 },
]

async function insertData(db: Kysely<Database>) {
  await insertUnits(db, [
    ...((await db.selectFrom('unit').select('code').where('code', '=', 'VN').execute()).length
      ? []
      : [{ code: 'VN', name: 'Việt Nam', kind: 'COUNTRY' }]),
    { code: PROVINCE, name: 'Tỉnh Tổng Hợp', kind: 'PROVINCE', parentCode: 'VN' },
    { code: DISTRICT, name: 'Huyện Tổng Hợp', kind: 'DISTRICT', parentCode: PROVINCE },
    ...Array.from({ length: UNITS }, (_, i) => ({
      code: code(i),
      name: name(i),
      kind: 'COMMUNE',
      parentCode: DISTRICT,
    })),
  ])
  await insertTaskResults(
    db,
    Array.from({ length: UNITS }, (_, i) => ({
      unitCode: code(i),
      year: 2024,
      ...COUNTS[i % COUNTS.length],
    })),
  )
}

/** The summary as the full list gives it: every unit's entry, then cutEnds and endsAndFocus. */
async function fullListSummary(
  db: Kysely<Database>,
  query: TaskSummaryQuery & { ends: number },
): Promise<TaskCohortSummary> {
  const { parent, cohort, years, year, rows } = await cohortYearRows(
    db,
    query,
    'task_result',
    findTaskCounts,
    EDITORS,
  )
  const all = rows.map(toTaskEntry)
  const withPlan = all.filter((e) => e.completionPct !== null)
  const { top, bottom } = cutEnds(withPlan, query.ends, byCompletion, byNameThenCode)
  const picked = endsAndFocus(withPlan, 0, query.focus ?? [], all)
  return {
    year,
    parent: toUnitRef(parent),
    kind: query.kind as UnitKind,
    block: cohort.block === '' ? null : cohort.block,
    years,
    unitsWithData: all.length,
    unitsWithPlan: withPlan.length,
    totals: taskCompletion(sumTaskCounts(all.map((e) => e.counts))),
    ends: query.ends,
    top,
    bottom,
    focus: orderUnits(picked.focus, { value: null, dir: 'asc' }),
    missingFocus: picked.missingFocus,
  }
}

/** A summary query as the route takes it, with any `ends` (the route takes 1 to 50). */
const summaryQuery = (params: Record<string, string>, ends: number) => ({
  ...taskSummaryQuerySchema.parse({ kind: 'COMMUNE', ...params }),
  ends,
})

/** None; inside the tied units at either cut; up to the units with a rate (122), and beyond. */
const ENDS = [0, 1, 2, 3, 5, 8, 9, 10, 13, 20, 24, 28, 30, 50, 121, 122, 123, UNITS, 500]

const FOCUS_SETS = [
  [],
  [code(0).toUpperCase(), code(5).toLowerCase(), 'NOPE', code(9), code(14)],
  [code(131), 'x', code(1)],
]

for (const dialect of TEST_DIALECTS) {
  describe(`GET /api/tasks/summary against the full list (${dialect})`, () => {
    const ctx = useTestApp(dialect, insertData)

    it('has ties at the cuts it is checked at', async () => {
      const full = await fullListSummary(
        ctx.t.db,
        summaryQuery({ parent: DISTRICT, year: '2024' }, UNITS),
      )
      const ordered = full.top
      expect(ordered.length).toBeGreaterThan(100)
      const tiedAt = (place: number) =>
        ordered[place - 1]!.completionPct === ordered[place]!.completionPct &&
        ordered[place - 1]!.planned === ordered[place]!.planned
      expect([1, 2, 5, 13].every(tiedAt)).toBe(true)
      expect(tiedAt(ordered.length - 1)).toBe(true)
      expect(ordered.some((e, i) => i > 0 && e.unit.name === ordered[i - 1]!.unit.name)).toBe(true)
      const shares = new Set(
        ordered
          .filter((e) => e.completionPct === 33.33)
          .map(
            (e) => (e.counts.DONE_ON_TIME + e.counts.DONE_LATE) / (e.planned - e.counts.CANCELLED),
          ),
      )
      expect(shares.size).toBeGreaterThan(1)
    })

    it('gives the full list’s body for any ends and focus', async () => {
      for (const ends of ENDS)
        for (const focus of FOCUS_SETS) {
          // The year asked, or the latest by default.
          const params: Record<string, string> = focus.length
            ? { parent: DISTRICT, year: '2024', focus: focus.join(',') }
            : { parent: DISTRICT }
          const query = summaryQuery(params, ends)
          expect(
            await taskCohortSummary(ctx.t.db, query, EDITORS),
            `ends ${ends} focus ${focus}`,
          ).toEqual(await fullListSummary(ctx.t.db, query))
        }
    })

    it('gives the full list’s body for a year without results and a cohort without any', async () => {
      const cases: Record<string, string>[] = [
        { parent: DISTRICT, year: '2023', focus: code(1) },
        { parent: PROVINCE, focus: code(1) },
      ]
      for (const params of cases) {
        const query = summaryQuery(params, 10)
        expect(await taskCohortSummary(ctx.t.db, query, EDITORS)).toEqual(
          await fullListSummary(ctx.t.db, query),
        )
      }
    })

    it('reads the named rows of a long list of codes as of a short one', async () => {
      const cohort = { parentCode: DISTRICT, kind: 'COMMUNE', block: '' }
      const some = [code(3), code(7), code(131)]
      const byCode = (rows: { code: string }[]) =>
        [...rows].sort((a, b) => (a.code < b.code ? -1 : 1))
      const short = await findTaskCountsOf(ctx.t.db, cohort, 2024, some)
      const unknown = Array.from({ length: 3000 }, (_, i) => `NONE.${i}`)
      const long = await findTaskCountsOf(ctx.t.db, cohort, 2024, [...unknown, ...some])
      expect(short).toHaveLength(3)
      expect(byCode(long)).toEqual(byCode(short))
    })

    it('answers the route with that body', async () => {
      const focus = FOCUS_SETS[1]!.join(',')
      const res = await ctx.app.request(
        `/api/tasks/summary?parent=${DISTRICT}&kind=COMMUNE&ends=7&focus=${focus}`,
      )
      expect(res.status).toBe(200)
      expect(await readJson(res, TaskCohortSummarySchema)).toEqual(
        await fullListSummary(ctx.t.db, summaryQuery({ parent: DISTRICT, focus }, 7)),
      )
    })
  })
}
