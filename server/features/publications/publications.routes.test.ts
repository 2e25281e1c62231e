import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp, type App } from '#server/app.ts'
import { createTestDb, TEST_DIALECTS, type TestDb } from '#server/test/create-test-db.ts'
import { sameOrigin, signIn } from '#server/test/sign-in.ts'
import { fixture, importFile, loadBase } from '#server/features/imports/__fixtures__/fixture-db.ts'
import { readJson } from '#server/test/read-json.ts'
import { CohortYearStatusListSchema, PublicationResultSchema } from '#shared/dto/publication.ts'

for (const dialect of TEST_DIALECTS) {
  describe(`publications (${dialect})`, () => {
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

    const publish = (body: object, cookie = editor) =>
      app.request('/api/publications', {
        method: 'POST',
        headers: { ...sameOrigin(cookie), 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      })
    const years = async () => {
      const res = await app.request('/api/publications?parent=LA&kind=DISTRICT', {
        headers: { Cookie: editor },
      })
      return (await readJson(res, CohortYearStatusListSchema)).items
    }

    it('needs an editor', async () => {
      const res = await app.request('/api/publications', {
        method: 'POST',
        headers: { ...sameOrigin(), 'Content-Type': 'application/json' },
        body: '{}',
      })
      expect(res.status).toBe(401)
    })

    it('keeps imported results as drafts until published', async () => {
      expect(await years()).toEqual([
        {
          year: 2023,
          status: 'DRAFT',
          decisionNo: '12/QĐ-UBND',
          decisionDate: '2024-01-15',
          units: 3,
        },
      ])
    })

    it('publishes a cohort-year with its decision, audited', async () => {
      const res = await publish({
        parentCode: 'LA',
        kind: 'DISTRICT',
        year: 2023,
        decisionNo: '45/QĐ-UBND',
        decisionDate: '2024-02-20',
      })
      expect(res.status).toBe(200)
      expect(await readJson(res, PublicationResultSchema)).toEqual({
        parentCode: 'LA',
        kind: 'DISTRICT',
        year: 2023,
        status: 'PUBLISHED',
        units: 3,
        changed: 3,
      })
      expect(await years()).toEqual([
        {
          year: 2023,
          status: 'PUBLISHED',
          decisionNo: '45/QĐ-UBND',
          decisionDate: '2024-02-20',
          units: 3,
        },
      ])
      const audit = await t.db
        .selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'PUBLISH')
        .execute()
      expect(audit).toHaveLength(3)
      expect(audit[0]?.actor_email).toContain('@test.vn')
      // The images record what publishing changed; the field points stay on the row, untouched.
      const after = JSON.parse(audit[0]?.after_json ?? '{}') as Record<string, unknown>
      expect(after).toMatchObject({ status: 'PUBLISHED', decision_no: '45/QĐ-UBND' })
      expect(after).not.toHaveProperty('field_points')
      expect(JSON.parse(audit[0]?.before_json ?? '{}')).not.toHaveProperty('field_points')
      const row = await t.db
        .selectFrom('assessment')
        .select('field_points')
        .where('unit_code', '=', 'LA.THANH_HOA')
        .where('year', '=', 2023)
        .executeTakeFirstOrThrow()
      expect(JSON.parse(row.field_points ?? '{}')).toEqual({
        IMPACT: [50, 60],
        LEADERSHIP: [30.1, 40],
      })
    })

    it('publishing again changes nothing; an unknown cohort-year is 404; a bad body 400', async () => {
      const again = await publish({
        parentCode: 'LA',
        kind: 'DISTRICT',
        year: 2023,
        decisionNo: '45/QĐ-UBND',
        decisionDate: '2024-02-20',
      })
      expect(await readJson(again, PublicationResultSchema)).toMatchObject({ changed: 0 })
      expect(
        (
          await publish({
            parentCode: 'LA',
            kind: 'DISTRICT',
            year: 2019,
            decisionNo: '1',
            decisionDate: '2020-01-01',
          })
        ).status,
      ).toBe(404)
      expect(
        (
          await publish({
            parentCode: 'LA',
            kind: 'DISTRICT',
            year: 2023,
            decisionNo: '',
            decisionDate: '20/02/2024',
          })
        ).status,
      ).toBe(400)
      // A decision dated after today (in any time zone) is a slip, refused with its field.
      const future = await publish({
        parentCode: 'LA',
        kind: 'DISTRICT',
        year: 2023,
        decisionNo: '45/QĐ-UBND',
        decisionDate: `${new Date().getUTCFullYear() + 1}-01-01`,
      })
      expect(future.status).toBe(400)
      expect(JSON.stringify(await future.json())).toContain('decisionDate')
    })

    it('unpublishes back to draft', async () => {
      const res = await app.request('/api/publications?parentCode=LA&kind=DISTRICT&year=2023', {
        method: 'DELETE',
        headers: sameOrigin(editor),
      })
      expect(res.status).toBe(200)
      expect((await years())[0]?.status).toBe('DRAFT')
    })
  })
}
