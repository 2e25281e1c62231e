import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb, TEST_DIALECTS, type TestDb } from '../../test/create-test-db.ts'
import { insertCohortScenario } from '../../test/insert-fixtures.ts'
import { findResultYears } from '#server/cohorts/cohort-year-rows.ts'
import { findTaskCounts } from './tasks.repository.ts'
import { toTaskEntry } from './tasks.mapper.ts'

const cohort = { parentCode: 'LONG_AN', kind: 'DISTRICT', block: '' }

for (const dialect of TEST_DIALECTS) {
  describe(`tasks repository (${dialect})`, () => {
    let t: TestDb
    beforeAll(async () => {
      t = await createTestDb(dialect)
      await insertCohortScenario(t.db)
    })
    afterAll(() => t.destroy())

    it('lists the years with task results', async () => {
      expect(await findResultYears(t.db, 'task_result', cohort)).toEqual([2022, 2023])
      expect(await findResultYears(t.db, 'task_result', { ...cohort, kind: 'DEPARTMENT' })).toEqual(
        [],
      )
    })

    it('sums a unit’s rows across fields, as numbers on both dialects', async () => {
      const rows = await findTaskCounts(t.db, cohort, 2023)
      const entries = rows.map(toTaskEntry).sort((a, b) => a.unit.code.localeCompare(b.unit.code))
      expect(entries).toEqual([
        {
          unit: { code: 'LONG_AN.DUC_HOA', name: 'Huyện Đức Hòa' },
          counts: {
            DONE_ON_TIME: 10,
            DONE_LATE: 0,
            IN_PROGRESS: 0,
            OVERDUE: 0,
            NOT_STARTED: 0,
            CANCELLED: 0,
          },
          planned: 10,
          completionPct: 100,
          onTimePct: 100,
        },
        {
          unit: { code: 'LONG_AN.THANH_HOA', name: 'Huyện Thạnh Hóa' },
          counts: {
            DONE_ON_TIME: 10,
            DONE_LATE: 2,
            IN_PROGRESS: 1,
            OVERDUE: 1,
            NOT_STARTED: 1,
            CANCELLED: 1,
          },
          planned: 16,
          completionPct: 80,
          onTimePct: 66.67,
        },
      ])
    })
  })
}
