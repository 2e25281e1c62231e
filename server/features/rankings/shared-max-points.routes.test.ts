// A ranking's `maxPoints`: the maximum every ranked unit of the cohort-year shares, stored on its
// cohort_year row by the rank writer (null where they differ), kept by re-imports and undo, and
// filled for ranks stored before it by its migration — on SQLite and PostgreSQL.
import type { Kysely } from 'kysely'
import { beforeAll, describe, expect, it } from 'vitest'
import { RankingSchema } from '#shared/dto/ranking.ts'
import { TEST_DIALECTS } from '#server/test/create-test-db.ts'
import { readJson } from '#server/test/read-json.ts'
import { sameOrigin, signIn } from '#server/test/sign-in.ts'
import { createApp } from '#server/app.ts'
import { testMigrator } from '#server/test/test-migrator.ts'
import { useTestApp } from '#server/test/use-test-app.ts'
import { csv, importFile, loadBase } from '../imports/__fixtures__/fixture-db.ts'

const HEADER = 'unit_code,year,max_points,points'

for (const dialect of TEST_DIALECTS) {
  describe(`a ranking's shared maximum points (${dialect})`, () => {
    const ctx = useTestApp(dialect, async (db) => {
      await loadBase(db)
      // 2021: every district out of 100; 2022: out of 90; 2023: 100 and 96.5 (a unit whose
      // table left out criteria that did not apply to it).
      await importFile(
        db,
        'assessments',
        csv(HEADER, 'LA.THANH_HOA,2021,100,80', 'LA.TAN_AN,2021,100,70', 'LA.DUC_HUE,2021,100,60'),
      )
      await importFile(
        db,
        'assessments',
        csv(HEADER, 'LA.THANH_HOA,2022,90,80', 'LA.TAN_AN,2022,90,70', 'LA.DUC_HUE,2022,90,60'),
      )
      await importFile(
        db,
        'assessments',
        csv(HEADER, 'LA.THANH_HOA,2023,100,80', 'LA.TAN_AN,2023,96.5,70', 'LA.DUC_HUE,2023,100,60'),
      )
    })
    // The imports are drafts: an editor reads them.
    let editor: string
    beforeAll(async () => {
      editor = await signIn(ctx.app, ctx.t.db, 'EDITOR')
    })
    const maxPoints = async (year: number, query = '', app = ctx.app) => {
      const res = await app.request(`/api/rankings?parent=LA&kind=DISTRICT&year=${year}${query}`, {
        headers: { Cookie: editor },
      })
      return (await readJson(res, RankingSchema)).maxPoints
    }
    const asRanked = async (app = ctx.app) => [
      await maxPoints(2021, '', app),
      await maxPoints(2022, '', app),
      await maxPoints(2023, '', app),
    ]
    const post = async (path: string, body?: Uint8Array) => {
      const res = await ctx.app.request(path, {
        method: 'POST',
        headers: { ...sameOrigin(editor), 'Content-Type': 'text/csv' },
        body: body as BodyInit | undefined,
      })
      expect(res.status).toBe(200)
      return (await res.json()) as { batchId: string }
    }

    it('is the maximum every unit shares, and null where two differ', async () => {
      expect(await asRanked()).toEqual([100, 90, null])
      // A page and the whole list say the same: the cohort-year's fact, not the page's.
      expect(await maxPoints(2023, '&limit=1')).toBeNull()
      expect(await maxPoints(2022, '&limit=1')).toBe(90)
    })

    it('follows a re-import that changes one unit’s maximum, and its undo', async () => {
      const { batchId } = await post(
        '/api/imports?kind=assessments',
        csv(HEADER, 'LA.DUC_HUE,2022,100,60'),
      )
      expect(await asRanked()).toEqual([100, null, null])
      await post(`/api/imports/${batchId}/undo`)
      expect(await asRanked()).toEqual([100, 90, null])
    })

    it('is filled by its migration for ranks stored before it', async () => {
      const m = await testMigrator(ctx.t.db as Kysely<unknown>, dialect)
      const down = await ctx.t.changeSchema(() =>
        m.migrateTo('2026_12_04_17_00_00_cohort_list_index'),
      )
      expect(down.error).toBeUndefined()
      expect(down.results?.at(-1)?.migrationName).toBe(
        '2026_12_06_09_00_00_cohort_year_shared_max_points',
      )
      const up = await ctx.t.changeSchema(() => m.migrateToLatest())
      expect(up.error).toBeUndefined()
      // A server started on the migrated database.
      expect(await asRanked(createApp(ctx.t.db))).toEqual([100, 90, null])
    })
  })
}
