// GET /api/tasks pages by a measure (by a rate: cut in SQL, task-window.ts) and the
// /api/tasks/summary ends, against the full list sorted by the server: rates that tie once rounded though their shares
// differ (23/160 and 1,437/10,000 are both 14.37 %), units with nothing due, pages reaching them.
import type { Kysely } from 'kysely'
import type { z } from 'zod'
import { describe, expect, it } from 'vitest'
import type { TaskEntry } from '#shared/dto/task.ts'
import { TaskCohortSummarySchema, TaskReportSchema } from '#shared/dto/task.ts'
import { TASK_SORTS } from '#shared/schemas/tasks.schema.ts'
import { compareVietnamese } from '#shared/text/compare-vietnamese.ts'
import type { Database } from '#server/db/schema.ts'
import { readJson } from '#server/test/read-json.ts'
import { TEST_DIALECTS } from '../../test/create-test-db.ts'
import { insertTaskResults } from '../../test/insert-fixtures.ts'
import { useTestApp } from '../../test/use-test-app.ts'
import {
  COMMUNES,
  DISTRICT,
  communeCode,
  insertLargeCohort,
} from '../rankings/large-cohort.fixture.ts'

const COHORT = `parent=${DISTRICT}&kind=COMMUNE&year=2024`

/** Counts whose rates tie, or nearly, once rounded; every eighth unit has nothing due. */
const COUNTS = [
  { CANCELLED: 3 },
  { DONE_ON_TIME: 23, IN_PROGRESS: 137 },
  { DONE_ON_TIME: 1437, OVERDUE: 8563 },
  { DONE_ON_TIME: 1438, OVERDUE: 8562 },
  { DONE_ON_TIME: 2000, DONE_LATE: 875, NOT_STARTED: 17125 },
  { DONE_ON_TIME: 1, DONE_LATE: 2, IN_PROGRESS: 6 },
  { DONE_ON_TIME: 51, IN_PROGRESS: 109 },
  { DONE_ON_TIME: 3187, NOT_STARTED: 6813, CANCELLED: 1 },
]

async function insertData(db: Kysely<Database>) {
  await insertLargeCohort(db)
  await insertTaskResults(
    db,
    Array.from({ length: COMMUNES }, (_, i) => ({
      unitCode: communeCode(i),
      year: 2024,
      ...COUNTS[i % COUNTS.length],
      ...(i % 3 === 0 ? { DONE_LATE: 1, IN_PROGRESS: 0 } : {}),
    })),
  )
}

type Named = { unit: { code: string; name: string } }
const byName = (a: Named, b: Named) =>
  compareVietnamese(a.unit.name, b.unit.name) || (a.unit.code < b.unit.code ? -1 : 1)

for (const dialect of TEST_DIALECTS) {
  describe(`task pages and ends against the full list (${dialect})`, () => {
    const ctx = useTestApp(dialect, insertData)
    const json = async <S extends z.ZodType>(path: string, schema: S) => {
      const res = await ctx.app.request(path)
      expect(res.status).toBe(200)
      return readJson(res, schema)
    }

    it('pages every order by a measure as the full list does', async () => {
      const windows = [
        [0, 5],
        [3, 7],
        [10, 20],
        [40, 10],
        [41, 3],
        [0, 100],
        [47, 1],
        [60, 5],
      ] as const
      for (const sort of TASK_SORTS.filter((s) => s !== 'name'))
        for (const dir of ['asc', 'desc'] as const) {
          const full = await json(`/api/tasks?${COHORT}&sort=${sort}&dir=${dir}`, TaskReportSchema)
          expect(full.total).toBe(COMMUNES)
          for (const [offset, limit] of windows) {
            const page = await json(
              `/api/tasks?${COHORT}&sort=${sort}&dir=${dir}&offset=${offset}&limit=${limit}`,
              TaskReportSchema,
            )
            expect(page, `${sort} ${dir} ${offset}+${limit}`).toEqual({
              ...full,
              offset,
              items: full.items.slice(offset, offset + limit),
            })
          }
        }
    })

    it('cuts the summary’s ends as a full sort by completion, then planned, then name', async () => {
      const full = await json(`/api/tasks?${COHORT}`, TaskReportSchema)
      const ordered = full.items
        .filter((e) => e.completionPct !== null)
        .sort(
          (a: TaskEntry, b: TaskEntry) =>
            b.completionPct! - a.completionPct! || b.planned - a.planned || byName(a, b),
        )
      for (const ends of [1, 2, 5, 7, 30, 50]) {
        const focus = [communeCode(5).toLowerCase(), 'NOPE', communeCode(8)]
        const summary = await json(
          `/api/tasks/summary?${COHORT}&ends=${ends}&focus=${focus.join(',')}`,
          TaskCohortSummarySchema,
        )
        expect(summary).toMatchObject({
          unitsWithData: COMMUNES,
          unitsWithPlan: ordered.length,
          totals: full.totals,
          missingFocus: ['NOPE'],
        })
        expect(summary.top, `top ${ends}`).toEqual(ordered.slice(0, ends))
        expect(summary.bottom, `bottom ${ends}`).toEqual(
          ordered.slice(Math.max(0, ordered.length - ends)),
        )
        expect(summary.focus.map((e) => e.unit.code)).toEqual(
          [communeCode(5), communeCode(8)].sort((a, b) =>
            byName(
              full.items.find((e) => e.unit.code === a)!,
              full.items.find((e) => e.unit.code === b)!,
            ),
          ),
        )
      }
    })
  })
}
