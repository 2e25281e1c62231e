// The awards summary digests the decisions that granted the cohort-year's awards: the awards chart
// image's source line is written from them (issue 16, "Official sources everywhere").
import { describe, expect, it } from 'vitest'
import { awardsSourceLine } from '#shared/text/source-line.ts'
import { storeAllActivity } from '#server/cohorts/store-cohort-activity.ts'
import { TEST_DIALECTS } from '../../test/create-test-db.ts'
import { useTestApp } from '../../test/use-test-app.ts'
import { insertCohortScenario } from '../../test/insert-fixtures.ts'
import { readJson } from '#server/test/read-json.ts'
import { AwardCohortSummarySchema } from '#shared/dto/award.ts'

const SUMMARY = '/api/awards/summary?parent=LONG_AN&kind=DISTRICT&year=2023'

for (const dialect of TEST_DIALECTS) {
  describe(`GET /api/awards/summary decisions (${dialect})`, () => {
    const ctx = useTestApp(dialect, async (db) => {
      await insertCohortScenario(db)
      // Thạnh Hóa's district-level certificates by one decision, the province's awards by another.
      await db
        .updateTable('award_grant')
        .set({ decision_no: '15/QĐ-UBND', decision_date: '2024-01-10' })
        .where('year', '=', 2023)
        .where('issuer_level', '=', 'DISTRICT')
        .execute()
      await db
        .updateTable('award_grant')
        .set({ decision_no: '120/QĐ-UBND', decision_date: '2024-02-05' })
        .where('year', '=', 2023)
        .where('issuer_level', '=', 'PROVINCE')
        .execute()
      // Written outside the write path: the stored awards are rebuilt as a restore does.
      await storeAllActivity(db)
    })

    it('lists each decision once, by date, and the source line names them', async () => {
      const res = await ctx.app.request(SUMMARY)
      expect(res.status).toBe(200)
      const body = await readJson(res, AwardCohortSummarySchema)
      expect(body.decisions).toEqual({
        count: 2,
        firstDate: '2024-01-10',
        lastDate: '2024-02-05',
        listed: [
          { decisionNo: '15/QĐ-UBND', decisionDate: '2024-01-10' },
          { decisionNo: '120/QĐ-UBND', decisionDate: '2024-02-05' },
        ],
      })
      expect(awardsSourceLine(body.decisions, 'vi', [2023])).toBe(
        'Nguồn: các quyết định khen thưởng số 15/QĐ-UBND ngày 10/01/2024; số 120/QĐ-UBND ngày 05/02/2024 (số liệu năm 2023)',
      )
    })

    it('answers no decisions for a cohort without awards', async () => {
      const res = await ctx.app.request('/api/awards/summary?parent=LONG_AN&kind=DEPARTMENT')
      const body = await readJson(res, AwardCohortSummarySchema)
      expect(body.year).toBeNull()
      expect(body.decisions).toEqual({ count: 0, firstDate: null, lastDate: null, listed: [] })
    })
  })
}
