// A schemes file carries what published methods have: criteria under fields, a field's appraisal
// and survey parts, and grade bands whose lower bound is inclusive ("≥ 80") or strict ("> 95").
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '#server/app.ts'
import { loadSchemes, writeScheme } from '#server/write-path/schemes.repository.ts'
import { createTestDb, TEST_DIALECTS, type TestDb } from '#server/test/create-test-db.ts'
import type { Scheme } from '#shared/dto/scheme.ts'
import { csv, importFile, loadBase, rejected } from './__fixtures__/fixture-db.ts'

/** Vietnamese headers, as a province's methodology table would be typed in. */
const COLUMNS = {
  item: 'Mục',
  code: 'Mã',
  field: 'Thuộc lĩnh vực',
  criterion: 'Tên tiêu chí',
  max: 'Điểm tối đa',
  component: 'Thành phần',
  appraisal: 'Điểm thẩm định tối đa',
  survey: 'Điểm điều tra XHH tối đa',
  min: 'Ngưỡng tối thiểu',
  bound: 'Loại ngưỡng',
  labelVi: 'Nhãn tiếng Việt',
  labelEn: 'Nhãn tiếng Anh',
}
type Cells = Partial<Record<keyof typeof COLUMNS, string>>
const SCOPE = ['LA', 'DISTRICT', '2022', '', 'Bộ chỉ số cấp huyện']
const HEADER = [
  'Mã tỉnh',
  'Loại đơn vị',
  'Từ năm',
  'Đến năm',
  'Tên bộ chỉ số',
  ...Object.values(COLUMNS),
]
const line = (cells: Cells) =>
  [...SCOPE, ...Object.keys(COLUMNS).map((k) => cells[k as keyof Cells] ?? '')].join(';')
const file = (...rows: Cells[]) => csv(HEADER.join(';'), ...rows.map(line))

const METHOD: Cells[] = [
  // A criterion may come before its field's row.
  { item: 'Tiêu chí', code: '1.1', field: 'LEADERSHIP', criterion: 'Kế hoạch CCHC', max: '25' },
  { item: 'Lĩnh vực', code: 'LEADERSHIP', max: '40', component: 'APPRAISAL' },
  { item: 'Tiêu chí', code: '1.2', field: 'LEADERSHIP', criterion: 'Kiểm tra CCHC', max: '15' },
  { item: 'Lĩnh vực', code: 'IMPACT', component: 'SURVEY', appraisal: '28,5', survey: '31,5' },
  {
    item: 'Tiêu chí',
    code: '9.1',
    field: 'IMPACT',
    criterion: 'Tác động đến phát triển KT-XH',
    max: '28,5',
    component: 'APPRAISAL',
  },
  { item: 'Tiêu chí', code: '9.2', field: 'IMPACT', criterion: 'Mức độ hài lòng', max: '31,5' },
  {
    item: 'Xếp loại',
    code: 'EXCELLENT',
    min: '95',
    bound: 'Trên',
    labelVi: 'Xuất sắc',
    labelEn: 'Excellent',
  },
  { item: 'Xếp loại', code: 'GOOD', min: '80', bound: '≥', labelVi: 'Tốt', labelEn: 'Good' },
  { item: 'Xếp loại', code: 'POOR', min: '0', labelVi: 'Kém', labelEn: 'Poor' },
]

for (const dialect of TEST_DIALECTS) {
  describe(`scheme criteria, parts and band bounds (${dialect})`, () => {
    let t: TestDb
    beforeAll(async () => {
      t = await createTestDb(dialect)
      await loadBase(t.db)
    })
    afterAll(() => t.destroy())

    const stored = async () => {
      const res = await createApp(t.db).request('/api/schemes?province=LA&kind=DISTRICT')
      return ((await res.json()) as { items: Scheme[] }).items[0]
    }

    it('imports criteria under their fields and reads them back through the API', async () => {
      const result = await importFile(t.db, 'schemes', file(...METHOD))
      expect(result.errors).toEqual([])
      expect(result.warnings).toEqual([])
      expect(await stored()).toMatchObject({
        id: 'LA:DISTRICT:2022',
        fields: [
          {
            code: 'LEADERSHIP',
            maxPoints: 40,
            component: 'APPRAISAL',
            appraisalMax: null,
            surveyMax: null,
            criteria: [
              { code: '1.1', name: 'Kế hoạch CCHC', maxPoints: 25, component: 'APPRAISAL' },
              { code: '1.2', name: 'Kiểm tra CCHC', maxPoints: 15, component: 'APPRAISAL' },
            ],
          },
          {
            code: 'IMPACT',
            maxPoints: 60,
            component: 'SURVEY',
            appraisalMax: 28.5,
            surveyMax: 31.5,
            criteria: [
              { code: '9.1', maxPoints: 28.5, component: 'APPRAISAL' },
              { code: '9.2', name: 'Mức độ hài lòng', maxPoints: 31.5, component: 'SURVEY' },
            ],
          },
        ],
        bands: [
          { code: 'EXCELLENT', minPct: 95, minInclusive: false },
          { code: 'GOOD', minPct: 80, minInclusive: true },
          { code: 'POOR', minPct: 0, minInclusive: true },
        ],
      })
    })

    it('finds the same file unchanged on re-import', async () => {
      const again = await importFile(t.db, 'schemes', file(...METHOD))
      expect(again).toMatchObject({ inserted: 0, updated: 0 })
    })

    it("matches the province's code without regard to case, as every kind does", async () => {
      const lower = csv(HEADER.join(';'), ...METHOD.map(line).map((l) => l.replace(/^LA;/, 'la;')))
      const again = await importFile(t.db, 'schemes', lower)
      expect(again).toMatchObject({ inserted: 0, updated: 0, errors: [] })
    })

    it('grades at a strict bound by the band below it', async () => {
      await importFile(
        t.db,
        'assessments',
        csv(
          'unit_code,year,max_points,points',
          'LA.THANH_HOA,2023,100,95',
          'LA.TAN_AN,2023,100,95.5',
          'LA.DUC_HUE,2023,100,80',
        ),
      )
      const grades = await t.db
        .selectFrom('assessment')
        .select(['unit_code', 'grade'])
        .where('year', '=', 2023)
        .orderBy('unit_code')
        .execute()
      expect(grades).toEqual([
        { unit_code: 'LA.DUC_HUE', grade: 'GOOD' },
        { unit_code: 'LA.TAN_AN', grade: 'EXCELLENT' },
        { unit_code: 'LA.THANH_HOA', grade: 'GOOD' },
      ])
    })

    it('refuses a criterion of a field the scheme lacks, parts that do not add up, an unknown bound', async () => {
      const body = await rejected(
        importFile(
          t.db,
          'schemes',
          file(
            { item: 'Lĩnh vực', code: 'LEADERSHIP', max: '40' },
            {
              item: 'Tiêu chí',
              code: '2.1',
              field: 'INSTITUTIONS',
              criterion: 'Văn bản',
              max: '5',
            },
            { item: 'Lĩnh vực', code: 'IMPACT', max: '60', appraisal: '30', survey: '31,5' },
            { item: 'Xếp loại', code: 'GOOD', min: '80', bound: '≈', labelVi: 'Tốt' },
          ),
        ),
      )
      expect(body.errors.map((e) => [e.row, e.column, e.code])).toEqual([
        [4, 'Điểm tối đa', 'FIELD_PARTS_MISMATCH'],
        [5, 'Loại ngưỡng', 'INVALID_VALUE'],
        [3, 'Thuộc lĩnh vực', 'UNKNOWN_FIELD'],
      ])
    })

    it('warns when a field’s criteria do not add up to its maximum or part', async () => {
      const result = await importFile(
        t.db,
        'schemes',
        file(
          { item: 'Lĩnh vực', code: 'LEADERSHIP', max: '40' },
          { item: 'Tiêu chí', code: '1.1', field: 'LEADERSHIP', criterion: 'Kế hoạch', max: '30' },
          { item: 'Lĩnh vực', code: 'IMPACT', survey: '31,5', max: '60' },
          {
            item: 'Tiêu chí',
            code: '9.2',
            field: 'IMPACT',
            criterion: 'SIPAS',
            max: '30',
            component: 'SURVEY',
          },
        ),
        { dryRun: true, lang: 'en' },
      )
      expect(result.warnings.map((w) => [w.row, w.code, w.message])).toEqual([
        [
          2,
          'CRITERIA_TOTAL',
          'Criteria of field LEADERSHIP in LA:DISTRICT:2022 add up to 30, not 40',
        ],
        [
          4,
          'CRITERIA_TOTAL',
          'Criteria of field IMPACT (appraisal part) in LA:DISTRICT:2022 add up to 0, not 28.5',
        ],
        [
          4,
          'CRITERIA_TOTAL',
          'Criteria of field IMPACT (survey part) in LA:DISTRICT:2022 add up to 30, not 31.5',
        ],
      ])
    })

    it('writes an audit image from before criteria and bounds existed as it meant', async () => {
      const current = (await loadSchemes(t.db)).get('LA:DISTRICT:2022')
      if (!current) throw new Error('scheme missing')
      const old = {
        scheme: current.scheme,
        fields: current.fields.map(({ appraisal_max: _a, survey_max: _s, ...f }) => f),
        bands: current.bands.map(({ min_inclusive: _m, ...b }) => b),
      }
      await t.db.transaction().execute((trx) => writeScheme(trx, 'LA:DISTRICT:2022', old))
      const back = (await loadSchemes(t.db)).get('LA:DISTRICT:2022')
      expect(back?.criteria).toEqual([])
      expect(back?.bands.map((b) => Number(b.min_inclusive))).toEqual([1, 1, 1])
      expect(back?.fields.map((f) => f.survey_max)).toEqual([null, null])
    })
  })
}
