import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../app.ts'
import { createTestDb, TEST_DIALECTS, type TestDb } from '../../test/create-test-db.ts'
import { insertCohortScenario } from '../../test/insert-fixtures.ts'
import { readJson } from '#server/test/read-json.ts'
import { CohortListSchema } from '#shared/dto/cohort.ts'

for (const dialect of TEST_DIALECTS) {
  describe(`GET /api/cohorts (${dialect})`, () => {
    let t: TestDb
    beforeAll(async () => {
      t = await createTestDb(dialect)
    })
    afterAll(() => t.destroy())

    it('is empty without assessments', async () => {
      const res = await createApp(t.db).request('/api/cohorts')
      expect(res.status).toBe(200)
      expect(await readJson(res, CohortListSchema)).toEqual({ items: [] })
    })

    it('lists every (parent, kind) with assessments, its years and latest size', async () => {
      await insertCohortScenario(t.db)
      const body = await readJson(await createApp(t.db).request('/api/cohorts'), CohortListSchema)
      expect(body).toEqual({
        items: [
          {
            parent: { code: 'LONG_AN', name: 'Tỉnh Long An' },
            kind: 'DEPARTMENT',
            block: null,
            years: [2023],
            latestYear: 2023,
            unitCount: 1,
            publishedSize: null,
            current: true,
          },
          {
            parent: { code: 'LONG_AN', name: 'Tỉnh Long An' },
            kind: 'DISTRICT',
            block: null,
            years: [2022, 2023],
            latestYear: 2023,
            unitCount: 5,
            publishedSize: null,
            current: true,
          },
        ],
      })
    })
  })
}
