// A cohort's context (its years, sizes, scheme and bands) is kept per data version (ADR 040):
// every page, sort and search of a cohort-year shares it, and an import through the API is seen
// by the very next request, whatever its URL.
import { beforeAll, describe, expect, it } from 'vitest'
import { TEST_DIALECTS } from '#server/test/create-test-db.ts'
import { useTestApp } from '#server/test/use-test-app.ts'
import { sameOrigin, signIn } from '#server/test/sign-in.ts'
import { readJson } from '#server/test/read-json.ts'
import { csv, fixture, loadBase } from '../imports/__fixtures__/fixture-db.ts'
import { RankingSchema, RankingSummarySchema } from '#shared/dto/ranking.ts'
import { TaskReportSchema } from '#shared/dto/task.ts'

const HEADER =
  'STT;Mã đơn vị;Tên đơn vị;Năm;Điểm tối đa;Tổng điểm;Chỉ số (%);Xếp hạng;Xếp loại;Số quyết định;Ngày quyết định;field:LEADERSHIP;field:IMPACT'

/** The districts' 2024 results: Đức Huệ first this time. */
const RESULTS_2024 = csv(
  HEADER,
  '1;LA.DUC_HUE;Huyện Đức Huệ;2024;100;90;90%;1;Tốt;9/QĐ-UBND;20/01/2025;40;50',
  '2;LA.THANH_HOA;Huyện Thạnh Hóa;2024;100;85;85%;2;Tốt;9/QĐ-UBND;20/01/2025;35;50',
)

for (const dialect of TEST_DIALECTS) {
  describe(`a cohort's context across imports (${dialect})`, () => {
    const ctx = useTestApp(dialect, (db) => loadBase(db))
    let editor: string
    beforeAll(async () => {
      editor = await signIn(ctx.app, ctx.t.db, 'EDITOR')
    })

    const get = (path: string) => ctx.app.request(path, { headers: { Cookie: editor } })
    const upload = async (kind: string, body: Uint8Array) => {
      const res = await ctx.app.request(`/api/imports?kind=${kind}`, {
        method: 'POST',
        headers: { ...sameOrigin(editor), 'Content-Type': 'text/csv' },
        body: body as BodyInit,
      })
      expect(res.status).toBe(200)
    }
    const ranking = async (query: string) =>
      readJson(await get(`/api/rankings?parent=LA&kind=DISTRICT&${query}`), RankingSchema)

    it('shows a year imported between two pages of the same cohort', async () => {
      await upload('assessments', fixture('assessments-vi.csv'))
      const before = await ranking('limit=2')
      expect(before).toMatchObject({ year: 2023, years: [2023], total: 3, ranked: 3 })
      expect((await ranking('limit=2&offset=2')).items.map((i) => i.unit.code)).toEqual([
        'LA.DUC_HUE',
      ])

      await upload('assessments', RESULTS_2024)
      const after = await ranking('limit=1&offset=1')
      expect(after).toMatchObject({ year: 2024, years: [2023, 2024], total: 2, ranked: 2 })
      expect(after.items.map((i) => i.unit.code)).toEqual(['LA.THANH_HOA'])
      // The year before, asked by name, keeps its own size.
      expect(await ranking('year=2023&limit=1')).toMatchObject({ total: 3 })
      const summary = await readJson(
        await get('/api/rankings/summary?parent=LA&kind=DISTRICT&ends=1'),
        RankingSummarySchema,
      )
      expect(summary).toMatchObject({ year: 2024, total: 2 })
      expect(summary.top.map((i) => i.unit.code)).toEqual(['LA.DUC_HUE'])
    })

    it('shows the years of tasks imported after a first read of the cohort’s tasks', async () => {
      const tasks = async (query: string) =>
        readJson(await get(`/api/tasks?parent=LA&kind=DISTRICT&${query}`), TaskReportSchema)
      expect(await tasks('limit=5')).toMatchObject({ year: null, years: [] })
      await upload('tasks', fixture('tasks.csv'))
      const after = await tasks('limit=5&sort=completionPct')
      expect(after.years.length).toBeGreaterThan(0)
      expect(after.year).toBe(after.years.at(-1))
      expect(after.items.length).toBeGreaterThan(0)
    })
  })
}
