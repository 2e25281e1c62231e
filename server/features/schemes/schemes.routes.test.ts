import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp, type App } from '#server/app.ts'
import { createTestDb, TEST_DIALECTS, type TestDb } from '#server/test/create-test-db.ts'
import { sameOrigin, signIn } from '#server/test/sign-in.ts'
import { fixture, importFile, loadBase } from '#server/features/imports/__fixtures__/fixture-db.ts'
import { readJson } from '#server/test/read-json.ts'
import { SchemeListSchema, SchemeSaveResultSchema } from '#shared/dto/scheme.ts'

/** The fixture scheme's fields, as PUT takes them. */
const FIELDS = [
  { code: 'LEADERSHIP', maxPoints: 40 },
  { code: 'IMPACT', maxPoints: 60, component: 'SURVEY' },
]

for (const dialect of TEST_DIALECTS) {
  describe(`schemes (${dialect})`, () => {
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

    const put = (id: string, body: object, cookie = editor) =>
      app.request(`/api/schemes/${id}`, {
        method: 'PUT',
        headers: { ...sameOrigin(cookie), 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      })

    it('lists schemes with fields and bands', async () => {
      const res = await app.request('/api/schemes?province=LA&kind=DISTRICT')
      const items = (await readJson(res, SchemeListSchema)).items
      expect(items).toHaveLength(1)
      expect(items[0]).toMatchObject({
        id: 'LA:DISTRICT:2022',
        yearTo: null,
        fields: FIELDS,
      })
      expect(items[0]?.bands.map((b) => b.code)).toEqual(['GOOD', 'FAIR', 'POOR'])
    })

    it('an edit replaces bands, re-grades the covered assessments and is audited', async () => {
      const body = {
        name: 'Bộ chỉ số cấp huyện (sửa đổi)',
        yearTo: null,
        fields: FIELDS,
        bands: [
          { code: 'EXCELLENT', labelVi: 'Xuất sắc', labelEn: 'Excellent', minPct: 70 },
          { code: 'WEAK', labelVi: 'Yếu', labelEn: 'Weak', minPct: 0 },
        ],
      }
      expect((await put('LA:DISTRICT:2022', body, '')).status).toBe(401)
      const res = await put('LA:DISTRICT:2022', body)
      expect(res.status).toBe(200)
      expect((await readJson(res, SchemeSaveResultSchema)).regraded).toBe(3)
      const grades = await t.db
        .selectFrom('assessment')
        .select(['unit_code', 'grade'])
        .orderBy('unit_code')
        .execute()
      expect(grades.map((g) => g.grade)).toEqual(['WEAK', 'EXCELLENT', 'EXCELLENT'])
      const audit = await t.db
        .selectFrom('audit_log')
        .select(['entity', 'action', 'before_json', 'after_json'])
        .where('import_batch_id', 'is', null)
        .execute()
      expect(audit.filter((a) => a.entity === 'scheme')).toMatchObject([
        { entity: 'scheme', action: 'UPDATE' },
      ])
      const regrades = audit.filter((a) => a.entity === 'assessment')
      expect(regrades).toHaveLength(3)
      // A new grade changes no field points: the images carry the grade, not the points.
      for (const a of regrades) {
        expect(JSON.parse(a.after_json ?? '{}')).toHaveProperty('grade')
        expect(JSON.parse(a.after_json ?? '{}')).not.toHaveProperty('field_points')
        expect(JSON.parse(a.before_json ?? '{}')).not.toHaveProperty('field_points')
      }
    })

    it('keeps criteria and parts through an edit; a strict bound grades its minimum below it', async () => {
      const fields = [
        {
          code: 'LEADERSHIP',
          maxPoints: 40,
          criteria: [{ code: '1.1', name: 'Kế hoạch CCHC', maxPoints: 40 }],
        },
        {
          code: 'IMPACT',
          maxPoints: 60,
          component: 'SURVEY',
          appraisalMax: 28.5,
          surveyMax: 31.5,
          criteria: [
            { code: '9.1', name: 'Tác động', maxPoints: 28.5, component: 'APPRAISAL' },
            { code: '9.2', name: 'Hài lòng', maxPoints: 31.5 },
          ],
        },
      ]
      const bands = (minInclusive: boolean) => [
        { code: 'GOOD', labelVi: 'Tốt', labelEn: 'Good', minPct: 80.1, minInclusive },
        { code: 'FAIR', labelVi: 'Khá', labelEn: 'Fair', minPct: 60 },
      ]
      const grades = async () =>
        (await t.db.selectFrom('assessment').select('grade').orderBy('unit_code').execute()).map(
          (g) => g.grade,
        )
      const body = { name: 'Bộ chỉ số cấp huyện', yearTo: null, fields, bands: bands(false) }
      const res = await put('LA:DISTRICT:2022', body)
      expect(res.status).toBe(200)
      const saved = (await readJson(res, SchemeSaveResultSchema)).scheme
      expect(saved.fields[1]).toMatchObject({
        appraisalMax: 28.5,
        surveyMax: 31.5,
        criteria: [
          { code: '9.1', component: 'APPRAISAL' },
          { code: '9.2', component: 'SURVEY' },
        ],
      })
      expect(saved.bands.map((b) => b.minInclusive)).toEqual([false, true])
      // Đức Huệ 60, Tân An 73.83, Thạnh Hóa 80.1: "> 80.1" leaves Thạnh Hóa in Khá.
      expect(await grades()).toEqual(['FAIR', 'FAIR', 'FAIR'])
      expect((await put('LA:DISTRICT:2022', { ...body, bands: bands(true) })).status).toBe(200)
      expect(await grades()).toEqual(['FAIR', 'FAIR', 'GOOD'])
      const listed = await app.request('/api/schemes?province=LA&kind=DISTRICT')
      const items = (await readJson(listed, SchemeListSchema)).items
      expect(items[0]?.fields.map((f) => f.criteria.length)).toEqual([1, 2])
      const parts = { ...fields[1], surveyMax: 30 }
      expect((await put('LA:DISTRICT:2022', { ...body, fields: [parts] })).status).toBe(400)
    })

    it('re-grades the years a narrowed scheme gives up, and refuses an end before its start', async () => {
      const body = {
        name: 'Bộ chỉ số cấp huyện',
        fields: FIELDS,
        bands: [
          { code: 'GOOD', labelVi: 'Tốt', labelEn: 'Good', minPct: 80 },
          { code: 'POOR', labelVi: 'Kém', labelEn: 'Poor', minPct: 0 },
        ],
      }
      expect((await put('LA:DISTRICT:2022', { ...body, yearTo: null })).status).toBe(200)
      const grades = () =>
        t.db
          .selectFrom('assessment')
          .select('grade')
          .where('year', '=', 2023)
          .orderBy('unit_code')
          .execute()
      expect((await grades()).every((g) => g.grade !== null)).toBe(true)
      // Ended in 2022: no scheme covers 2023 any more, so its grades go.
      const narrowed = await put('LA:DISTRICT:2022', { ...body, yearTo: 2022 })
      expect(narrowed.status).toBe(200)
      expect((await readJson(narrowed, SchemeSaveResultSchema)).regraded).toBe(3)
      expect(await grades()).toEqual([{ grade: null }, { grade: null }, { grade: null }])
      const before = await put('LA:DISTRICT:2022', { ...body, yearTo: 2021 })
      expect(before.status).toBe(400)
      expect(await before.json()).toMatchObject({
        error: { code: 'VALIDATION_FAILED', details: [{ path: 'yearTo' }] },
      })
    })

    it('refuses a malformed id or body', async () => {
      expect((await put('nope', { name: 'x', yearTo: null, fields: [], bands: [] })).status).toBe(
        400,
      )
      expect(
        (
          await put('LA:DISTRICT:2022', {
            name: 'x',
            yearTo: null,
            fields: [{ code: 'A', maxPoints: -1 }],
            bands: [],
          })
        ).status,
      ).toBe(400)
    })
  })
}
