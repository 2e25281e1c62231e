import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp, type App } from '#server/app.ts'
import { createTestDb, TEST_DIALECTS, type TestDb } from '#server/test/create-test-db.ts'
import { sameOrigin, signIn } from '#server/test/sign-in.ts'
import { fixture, importFile, loadBase } from '#server/features/imports/__fixtures__/fixture-db.ts'
import { readJson } from '#server/test/read-json.ts'
import { ApiErrorBodySchema } from '#shared/errors.ts'
import { PublicationStatusReportSchema } from '#shared/dto/publication.ts'

for (const dialect of TEST_DIALECTS) {
  describe(`publication status, public (${dialect})`, () => {
    let t: TestDb
    let app: App
    let editor: string
    beforeAll(async () => {
      t = await createTestDb(dialect)
      await loadBase(t.db)
      await importFile(t.db, 'assessments', fixture('assessments-vi.csv'))
      app = createApp(t.db)
      editor = await signIn(app, t.db, 'EDITOR')
    })
    afterAll(() => t.destroy())

    const status = async (query: string, cookie?: string) => {
      const res = await app.request(`/api/publications/status?${query}`, {
        headers: cookie ? { Cookie: cookie } : {},
      })
      return { status: res.status, body: await readJson(res, PublicationStatusReportSchema) }
    }
    const refusal = async (query: string) => {
      const res = await app.request(`/api/publications/status?${query}`)
      return { status: res.status, body: await readJson(res, ApiErrorBodySchema) }
    }

    it('says draft, without the decision imported beside the draft, to anyone', async () => {
      const { status: code, body } = await status('parent=LA&kind=DISTRICT')
      expect(code).toBe(200)
      expect(body.years).toEqual([
        {
          year: 2023,
          status: 'DRAFT',
          decisionNo: null,
          decisionDate: null,
          issuer: { name: 'Tỉnh Long An', kind: 'PROVINCE', title: null },
        },
      ])
      expect(body.sourceLine).toEqual({
        vi: 'Dự thảo — chưa công bố (số liệu năm 2023)',
        en: 'Draft — not published (data for 2023)',
      })
    })

    it('names the publishing decision once published, without sign-in', async () => {
      const res = await app.request('/api/publications', {
        method: 'POST',
        headers: { ...sameOrigin(editor), 'Content-Type': 'application/json' },
        body: JSON.stringify({
          parentCode: 'LA',
          kind: 'DISTRICT',
          year: 2023,
          decisionNo: '2729/QĐ-UBND',
          decisionDate: '2023-12-29',
        }),
      })
      expect(res.status).toBe(200)
      const { body } = await status('parent=la&kind=DISTRICT&year=2023')
      expect(body.parent).toEqual({ code: 'LA', name: 'Tỉnh Long An' })
      expect(body.years[0]).toMatchObject({
        status: 'PUBLISHED',
        decisionNo: '2729/QĐ-UBND',
        decisionDate: '2023-12-29',
      })
      expect(body.sourceLine.vi).toBe(
        'Nguồn: Quyết định số 2729/QĐ-UBND ngày 29/12/2023 của UBND tỉnh Long An (số liệu năm 2023)',
      )
      expect(body.sourceLine.en).toBe(
        "Source: Decision No. 2729/QĐ-UBND of 29 December 2023 by the People's Committee of Long An Province (data for 2023)",
      )
    })

    it('a year without results is a draft; bad input is 400; an unknown parent 404', async () => {
      const empty = await status('parent=LA&kind=DISTRICT&year=2019')
      expect(empty.body.years).toEqual([])
      expect(empty.body.sourceLine.vi).toBe('Dự thảo — chưa công bố (số liệu năm 2019)')
      expect((await refusal('parent=LA&kind=VILLAGE')).status).toBe(400)
      expect((await refusal('parent=NOWHERE&kind=DISTRICT')).status).toBe(404)
    })

    it('editing the cohort list still needs an editor', async () => {
      const res = await app.request('/api/publications?parent=LA&kind=DISTRICT')
      expect(res.status).toBe(401)
    })
  })
}
