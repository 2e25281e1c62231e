// The bulk update by key on both engines: every row of each key takes its new values (a unit-year
// held under two cohorts, both), rows of other keys keep theirs, a key without a row changes
// nothing, across the statement sizes' boundaries.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  ACTIVITY_COLUMNS,
  activityRow,
  noSums,
  SUMS_AND_RATE_COLUMNS,
  sumsAndRate,
} from '../cohorts/activity-row.ts'
import { createTestDb, TEST_DIALECTS, type TestDb } from '../test/create-test-db.ts'
import { bulkInsert } from './bulk-insert.ts'
import { bulkUpdate } from './bulk-update.ts'

const COUNTS = [0, 1, 5, 255, 256, 257, 300]

const member = (parent: string, unit: number) => ({
  parent_code: parent,
  kind: 'COMMUNE',
  block: '',
  unit_code: `U${String(unit).padStart(4, '0')}`,
  unit_name: `Xã ${unit}`,
})

for (const dialect of TEST_DIALECTS) {
  describe(`bulkUpdate (${dialect})`, () => {
    let t: TestDb
    beforeAll(async () => {
      t = await createTestDb(dialect)
    })
    afterAll(() => t.destroy())

    it('sets every row of each key given, and no other', async () => {
      for (const count of COUNTS) {
        await t.db.deleteFrom('cohort_activity').execute()
        const units = count + 10
        const before = { ...noSums(), task_rows: 1, not_started: 1 }
        // Each unit-year under its province and, for even units, a block cohort too.
        const rows = Array.from({ length: units }, (_, i) => [
          activityRow(member('P01', i), before, 2025),
          ...(i % 2 === 0 ? [activityRow(member('VN', i), before, 2025)] : []),
        ]).flat()
        await bulkInsert(t.db, 'cohort_activity', ACTIVITY_COLUMNS, rows)
        const after = (i: number) => ({
          ...noSums(),
          task_rows: 2,
          done_on_time: 1,
          overdue: i % 2,
          not_started: 1 - (i % 2),
        })
        const updates = [
          ...Array.from({ length: count }, (_, i) => ({
            year: 2025,
            unit_code: member('P01', i).unit_code,
            ...sumsAndRate(after(i)),
          })),
          // No such unit-year: nothing to set.
          { year: 2024, unit_code: member('P01', 0).unit_code, ...sumsAndRate(after(7)) },
        ]
        await bulkUpdate(
          t.db,
          'cohort_activity',
          ['year', 'unit_code'],
          SUMS_AND_RATE_COLUMNS,
          updates,
        )
        const read = await t.db
          .selectFrom('cohort_activity')
          .select([
            'parent_code',
            'unit_code',
            'year',
            'task_rows',
            'done_on_time',
            'overdue',
            'not_started',
            'completion_key',
            'task_planned',
            'unit_name',
          ])
          .orderBy('unit_code')
          .orderBy('parent_code')
          .execute()
        const expected = rows
          .map((row) => {
            const i = Number(String(row.unit_code).slice(1))
            const sums = i < count ? sumsAndRate(after(i)) : sumsAndRate(before)
            return {
              parent_code: row.parent_code,
              unit_code: row.unit_code,
              year: 2025,
              task_rows: sums.task_rows,
              done_on_time: sums.done_on_time,
              overdue: sums.overdue,
              not_started: sums.not_started,
              completion_key: sums.completion_key,
              task_planned: sums.task_planned,
              unit_name: row.unit_name,
            }
          })
          .sort((a, b) =>
            `${a.unit_code}${a.parent_code}`.localeCompare(`${b.unit_code}${b.parent_code}`),
          )
        expect(
          read.map((r) => ({
            ...r,
            year: Number(r.year),
            task_rows: Number(r.task_rows),
            done_on_time: Number(r.done_on_time),
            overdue: Number(r.overdue),
            not_started: Number(r.not_started),
            completion_key: r.completion_key === null ? null : Number(r.completion_key),
            task_planned: Number(r.task_planned),
          })),
          `${count} keys`,
        ).toEqual(expected)
      }
    })
  })
}
