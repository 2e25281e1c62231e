// GET /api/scorecard: shares of each unit's own maximum, bands, the change only where the ranking
// claims one, every field sortable (missing last), the cohort's best and median, paging, search,
// the CSV download, and drafts for editors only.
import { describe, expect, it } from 'vitest'
import type { Scorecard } from '#shared/dto/scorecard.ts'
import { TEST_DIALECTS } from '../../test/create-test-db.ts'
import { insertUserSession } from '../../test/insert-fixtures.ts'
import { useTestApp } from '../../test/use-test-app.ts'
import { SCORECARD_URL, insertScorecardCohort } from './scorecard.fixture.ts'
import { readJson } from '#server/test/read-json.ts'
import { ApiErrorBodySchema } from '#shared/errors.ts'
import { ScorecardSchema } from '#shared/dto/scorecard.ts'

const codes = (body: Scorecard) => body.items.map((i) => i.unit.code)

for (const dialect of TEST_DIALECTS) {
  describe(`GET /api/scorecard (${dialect})`, () => {
    const ctx = useTestApp(dialect, insertScorecardCohort)
    const get = async (query = '', headers: Record<string, string> = {}) => {
      const res = await ctx.app.request(`${SCORECARD_URL}${query}`, { headers })
      return { status: res.status, body: await readJson(res, ScorecardSchema) }
    }

    it('gives each published unit in rank order with the scheme’s fields and maxima', async () => {
      const { status, body } = await get()
      expect(status).toBe(200)
      expect(body).toMatchObject({ year: 2023, total: 4, ranked: 4, matched: 4, sort: 'rank' })
      expect(body.fields).toEqual([
        { code: 'PROCEDURES', maxPoints: 10 },
        { code: 'CIVIL_SERVICE', maxPoints: 20 },
        { code: 'IMPACT', maxPoints: 30 },
      ])
      expect(codes(body)).toEqual(['SC.ALPHA', 'SC.GAMMA', 'SC.BETA', 'SC.DELTA'])
      expect(body.items.map((i) => i.rank)).toEqual([1, 2, 3, 4])
      expect(body.gradeBands.map((b) => b.code)).toEqual(['GOOD', 'FAIR', 'AVERAGE', 'WEAK'])
    })

    it('shares each field of the unit’s own maximum, banded, with the change where comparable', async () => {
      const { body } = await get()
      const alpha = body.items.find((i) => i.unit.code === 'SC.ALPHA')
      expect(alpha?.cells).toEqual({
        PROCEDURES: { points: 9, maxPoints: 10, sharePct: 90, band: 'GOOD', deltaPct: 10 },
        CIVIL_SERVICE: { points: 15, maxPoints: 20, sharePct: 75, band: 'FAIR', deltaPct: -5 },
        // Its own maximum (25), not the scheme's 30; no points in 2022: no change.
        IMPACT: { points: 20, maxPoints: 25, sharePct: 80, band: 'GOOD', deltaPct: null },
      })
      // The cohort grew from one unit to four: the rank move is withheld, the index change (and
      // so the field changes) still claimed, as in the ranking.
      expect(alpha?.notComparable).toBe('COHORT_SIZE')
      const beta = body.items.find((i) => i.unit.code === 'SC.BETA')
      expect(beta?.cells.CIVIL_SERVICE).toMatchObject({ sharePct: 100, deltaPct: null })
      // Gamma was ranked in another block in 2022: its 2022 points (2/10) give no change.
      const gamma = body.items.find((i) => i.unit.code === 'SC.GAMMA')
      expect(gamma?.cells.PROCEDURES).toMatchObject({ sharePct: 70, band: 'FAIR', deltaPct: null })
      expect(gamma?.notComparable).toBe('COHORT')
      const delta = body.items.find((i) => i.unit.code === 'SC.DELTA')
      expect(delta?.cells).toEqual({
        PROCEDURES: { points: 6, maxPoints: 10, sharePct: 60, band: 'AVERAGE', deltaPct: null },
        CIVIL_SERVICE: null,
        IMPACT: null,
      })
    })

    it('gives the cohort’s best and median per field over every unit, not the page', async () => {
      const { body } = await get('&limit=1')
      expect(body.items).toHaveLength(1)
      expect(body.best).toEqual({
        indexPct: 80,
        cells: { PROCEDURES: 90, CIVIL_SERVICE: 100, IMPACT: 80 },
      })
      expect(body.median).toEqual({
        indexPct: 67.5,
        cells: { PROCEDURES: 65, CIVIL_SERVICE: 75, IMPACT: 80 },
      })
    })

    it('sorts by any field’s share, highest first by default, units without it last', async () => {
      const desc = await get('&sort=field:CIVIL_SERVICE')
      expect(desc.body).toMatchObject({ sort: 'field:CIVIL_SERVICE', dir: 'desc' })
      expect(codes(desc.body)).toEqual(['SC.BETA', 'SC.ALPHA', 'SC.GAMMA', 'SC.DELTA'])
      const asc = await get('&sort=field:CIVIL_SERVICE&dir=asc')
      expect(codes(asc.body)).toEqual(['SC.GAMMA', 'SC.ALPHA', 'SC.BETA', 'SC.DELTA'])
      const byName = await get('&sort=name&dir=desc')
      expect(codes(byName.body)).toEqual(['SC.DELTA', 'SC.GAMMA', 'SC.BETA', 'SC.ALPHA'])
    })

    it('pages and searches (accents optional) after ordering', async () => {
      const page = await get('&sort=field:PROCEDURES&limit=2&offset=1')
      expect(page.body).toMatchObject({ matched: 4, offset: 1 })
      expect(codes(page.body)).toEqual(['SC.GAMMA', 'SC.DELTA'])
      const found = await get('&q=binh minh')
      expect(found.body.matched).toBe(1)
      expect(codes(found.body)).toEqual(['SC.BETA'])
    })

    it('shows a draft to editors only', async () => {
      const cookie = await insertUserSession(ctx.t.db, 'EDITOR')
      const { body } = await get('', { cookie })
      expect(codes(body)[0]).toBe('SC.EPSILON')
      expect(body.ranked).toBe(5)
    })

    it('downloads the whole table as CSV in the order asked, with the source line', async () => {
      const res = await ctx.app.request(`${SCORECARD_URL}&sort=field:IMPACT&format=csv`)
      expect(res.status).toBe(200)
      expect(res.headers.get('content-disposition')).toContain('scorecard')
      const lines = (await res.text())
        .replace(/^\uFEFF/, '')
        .trim()
        .split(/\r?\n/)
      expect(lines[0]).toBe(
        'year,rank_of_size,unit_code,unit_name,index_pct,grade,PROCEDURES_share_pct,PROCEDURES_change,CIVIL_SERVICE_share_pct,CIVIL_SERVICE_change,IMPACT_share_pct,IMPACT_change',
      )
      expect(lines.slice(1, 5).map((l) => l.split(',')[2])).toEqual([
        'SC.ALPHA',
        'SC.GAMMA',
        'SC.BETA',
        'SC.DELTA',
      ])
      expect(lines[1]).toBe('2023,1/4,SC.ALPHA,Huyện Ánh Dương,80,GOOD,90,10,75,-5,80,')
      const xlsx = await ctx.app.request(`${SCORECARD_URL}&format=xlsx&lang=vi`)
      expect(xlsx.status).toBe(200)
      expect(xlsx.headers.get('content-type')).toContain('spreadsheetml')
      // A file in a language names the grade as its scheme does; the plain one above keeps the code.
      const en = await ctx.app.request(`${SCORECARD_URL}&sort=field:IMPACT&format=csv&lang=en`)
      const enLines = (await en.text()).replace(/^\uFEFF/, '').split(/\r?\n/)
      const header = enLines[0]?.split(',') ?? []
      expect(enLines[1]?.split(',')[header.indexOf('Grade')]).toBe('Good')
    })

    it('refuses an unknown order, saying what it expects', async () => {
      const res = await ctx.app.request(`${SCORECARD_URL}&sort=points`)
      expect(res.status).toBe(400)
      expect(JSON.stringify(await readJson(res, ApiErrorBodySchema))).toContain('field:CODE')
    })
  })
}
