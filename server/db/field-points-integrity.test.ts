// Field points belong to their assessment (migration 2026_11_25_13_00_00_import_speed): one
// cannot exist without the other, and deleting an assessment takes its field points with it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb, TEST_DIALECTS, type TestDb } from '../test/create-test-db.ts'
import { COUNTRY_AND_PROVINCE, insertAssessments, insertUnits } from '../test/insert-fixtures.ts'

for (const dialect of TEST_DIALECTS) {
  describe(`assessment_field integrity (${dialect})`, () => {
    let t: TestDb
    beforeAll(async () => {
      t = await createTestDb(dialect)
      await insertUnits(t.db, COUNTRY_AND_PROVINCE)
      await insertAssessments(t.db, [
        {
          unitCode: 'LONG_AN',
          year: 2023,
          points: 80,
          fields: [{ code: 'LEADERSHIP', points: 9 }],
        },
      ])
    })
    afterAll(() => t.destroy())

    it('refuses a field point without its assessment', async () => {
      const orphan = t.db
        .insertInto('assessment_field')
        .values({
          unit_code: 'LONG_AN',
          year: 2022,
          field_code: 'LEADERSHIP',
          points: 9,
          max_points: null,
        })
        .execute()
      await expect(orphan).rejects.toThrow(/foreign key/i)
    })

    it('deletes the field points with their assessment', async () => {
      await t.db.deleteFrom('assessment').where('unit_code', '=', 'LONG_AN').execute()
      const left = await t.db.selectFrom('assessment_field').selectAll().execute()
      expect(left).toEqual([])
    })
  })
}
