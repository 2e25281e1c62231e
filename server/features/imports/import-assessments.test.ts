import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb, TEST_DIALECTS, type TestDb } from '#server/test/create-test-db.ts'
import { readFieldPoints } from '#server/test/read-field-points.ts'
import {
  count,
  csv,
  EDITOR,
  fixture,
  importFile,
  loadBase,
  rejected,
} from './__fixtures__/fixture-db.ts'
import { undoImport } from '#server/write-path/undo-import.ts'

for (const dialect of TEST_DIALECTS) {
  describe(`assessments import (${dialect})`, () => {
    let t: TestDb
    beforeAll(async () => {
      t = await createTestDb(dialect)
      await loadBase(t.db)
    })
    afterAll(() => t.destroy())

    it('dry run reports inserts and writes nothing', async () => {
      const result = await importFile(t.db, 'assessments', fixture('assessments-vi.csv'), {
        dryRun: true,
      })
      expect(result).toMatchObject({
        rows: 3,
        inserted: 3,
        updated: 0,
        unchanged: 0,
        batchId: null,
      })
      expect(result.preview.map((p) => p.action)).toEqual(['insert', 'insert', 'insert'])
      // Each line says what will be written: the unit by name, the year and the figures.
      expect(result.preview[0]).toEqual({
        row: 2,
        action: 'insert',
        key: 'LA.THANH_HOA|2023',
        unit: { code: 'LA.THANH_HOA', name: 'Huyện Thạnh Hóa' },
        year: 2023,
        values: {
          points: 80.1,
          max_points: 100,
          index_pct: 80.1,
          grade: 'GOOD',
          published_rank: 1,
          published_grade: 'GOOD',
          cohort_block: '',
        },
      })
      expect(await count(t.db, 'assessment')).toBe(0)
      expect(await count(t.db, 'import_batch')).toBe(2) // units and scheme of loadBase only
    })

    it('names the unit of a row in error as the file writes it', async () => {
      const body = await rejected(
        importFile(
          t.db,
          'assessments',
          csv('unit_code,year,points', 'LA.THANH_HOA,2023,abc', 'LA.NOWHERE,2023,50'),
        ),
      )
      expect(body.errors.map((e) => [e.row, e.unit])).toEqual([
        [2, 'LA.THANH_HOA'],
        [3, 'LA.NOWHERE'],
      ])
    })

    it('lists a shifted row and the other rows’ problems in one pass, the shifted row by its unit', async () => {
      // A decimal comma unquoted in a comma-separated file, and a unit the list does not hold:
      // both said at once, not the second only after the first is fixed.
      const body = await rejected(
        importFile(
          t.db,
          'assessments',
          csv('unit_code,year,points', 'LA.THANH_HOA,2023,80,5', 'LA.NOWHERE,2023,50'),
        ),
      )
      expect(body.errors.map((e) => [e.row, e.column, e.code, e.unit])).toEqual([
        [2, '#4', 'CELL_WITHOUT_HEADER', 'LA.THANH_HOA'],
        [3, 'unit_code', 'UNKNOWN_UNIT', 'LA.NOWHERE'],
      ])
      // The shifted row counts among the file's rows, though its values are not read.
      expect(body.rows).toBe(2)
      expect(await count(t.db, 'assessment')).toBe(0)
    })

    it('reads Vietnamese headers, semicolons, BOM, decimal commas and % and computes index and grade', async () => {
      const result = await importFile(t.db, 'assessments', fixture('assessments-vi.csv'))
      expect(result).toMatchObject({ rows: 3, inserted: 3, updated: 0 })
      // Three of the four districts the unit list holds, ranked without a size: said, so an
      // editor holding the decision's size adds it.
      expect(result.warnings).toEqual([
        expect.objectContaining({ row: 4, column: 'Chỉ số (%)', code: 'INDEX_MISMATCH' }),
        expect.objectContaining({
          row: 2,
          column: 'Xếp hạng',
          code: 'RANKED_FEWER_THAN_LISTED',
          message:
            'Bảng xếp hạng 3 đơn vị cấp huyện của Tỉnh Long An năm 2023 và không ghi số đơn vị được xếp hạng, trong khi danh sách đơn vị có 4 đơn vị cấp huyện của Tỉnh Long An năm đó: thứ hạng được hiển thị trên 3 đơn vị. Nếu quyết định xếp hạng nhiều đơn vị hơn, thêm cột "Số đơn vị"',
        }),
      ])
      const rows = await t.db.selectFrom('assessment').selectAll().orderBy('unit_code').execute()
      expect(
        rows.map((r) => [r.unit_code, r.index_pct, r.grade, r.published_grade, r.status]),
      ).toEqual([
        ['LA.DUC_HUE', 60, 'POOR', 'POOR', 'DRAFT'],
        ['LA.TAN_AN', 73.83, 'FAIR', 'FAIR', 'DRAFT'],
        ['LA.THANH_HOA', 80.1, 'GOOD', 'GOOD', 'DRAFT'],
      ])
      expect(rows[1]).toMatchObject({
        max_points: 96.5,
        points: 71.25,
        published_index_pct: 73.83,
        decision_date: '2024-01-15',
      })
      const fields = await readFieldPoints(t.db, 'LA.TAN_AN')
      expect(fields.map((f) => [f.field_code, f.points, f.max_points])).toEqual([
        ['IMPACT', 41.25, 60],
        ['LEADERSHIP', 30, 40],
      ])
    })

    it('re-importing the same file changes nothing and writes no audit rows', async () => {
      const audits = await count(t.db, 'audit_log')
      const result = await importFile(t.db, 'assessments', fixture('assessments-vi.csv'))
      expect(result).toMatchObject({ inserted: 0, updated: 0, unchanged: 3, batchId: null })
      expect(await count(t.db, 'audit_log')).toBe(audits)
    })

    it('lists every problem of a bad file with row, column and code, and writes nothing', async () => {
      const before = await count(t.db, 'audit_log')
      const body = await rejected(importFile(t.db, 'assessments', fixture('assessments-bad.csv')))
      expect(body).toMatchObject({ kind: 'assessments', rows: 9, inserted: 0, updated: 0 })
      expect(body.errors.map((e) => [e.row, e.column, e.code])).toEqual([
        [3, 'unit_code', 'UNKNOWN_UNIT'],
        [4, 'year', 'YEAR_OUT_OF_RANGE'],
        [5, 'points', 'OUT_OF_RANGE'],
        [6, 'unit_code', 'UNIT_NOT_VALID_THAT_YEAR'],
        [7, 'points', 'INVALID_NUMBER'],
        [7, 'rank', 'INVALID_INTEGER'],
        [8, null, 'DUPLICATE_ROW'],
        [9, 'points', 'FIELD_SUM_MISMATCH'],
        [10, 'field:LEADERSHIP', 'OUT_OF_RANGE'],
      ])
      expect(body.errors[0]?.message).toBe('Không tìm thấy đơn vị "LA.NOPE"')
      expect(await count(t.db, 'audit_log')).toBe(before)
      const stored = await t.db
        .selectFrom('assessment')
        .select('points')
        .where('unit_code', '=', 'LA.THANH_HOA')
        .executeTakeFirstOrThrow()
      expect(stored.points).toBe(80.1)
    })

    it('answers in English when asked', async () => {
      const body = await rejected(
        importFile(t.db, 'assessments', csv('unit_code,year,points', 'LA.NOPE,2023,1'), {
          lang: 'en',
        }),
      )
      expect(body.errors[0]?.message).toBe('Unknown unit "LA.NOPE"')
    })

    it('refuses unknown and missing columns, naming them', async () => {
      const body = await rejected(
        importFile(
          t.db,
          'assessments',
          csv('Mã đơn vị;Năm;Điểm chuẩn;Cột lạ', 'LA.TAN_AN;2023;1;x'),
        ),
      )
      expect(body.errors.map((e) => [e.column, e.code])).toEqual([
        ['Điểm chuẩn', 'UNKNOWN_COLUMN'],
        ['Cột lạ', 'UNKNOWN_COLUMN'],
        // Points are no longer required on their own: points or the index (ADR 014).
        [null, 'POINTS_OR_INDEX_REQUIRED'],
      ])
    })

    it('refuses a field outside the scheme', async () => {
      const body = await rejected(
        importFile(
          t.db,
          'assessments',
          csv('unit_code,year,points,field:PROCEDURES', 'LA.TAN_AN,2023,10,10'),
        ),
      )
      expect(body.errors[0]).toMatchObject({
        row: 2,
        column: 'field:PROCEDURES',
        code: 'UNKNOWN_FIELD',
      })
    })

    it('imports a province without a scheme: index from points, no computed grade', async () => {
      const result = await importFile(
        t.db,
        'assessments',
        csv('unit_code,year,max_points,points,grade', 'LA.SO_NOI_VU,2023,90,81,Tốt'),
      )
      expect(result.inserted).toBe(1)
      const row = await t.db
        .selectFrom('assessment')
        .selectAll()
        .where('unit_code', '=', 'LA.SO_NOI_VU')
        .executeTakeFirstOrThrow()
      expect(row).toMatchObject({ index_pct: 90, grade: null, published_grade: 'Tốt' })
    })

    it('updates a changed row, keeps the old value in the audit log, and keeps a published row published', async () => {
      await t.db
        .updateTable('assessment')
        .set({ status: 'PUBLISHED' })
        .where('unit_code', '=', 'LA.THANH_HOA')
        .execute()
      const result = await importFile(
        t.db,
        'assessments',
        csv('unit_code,year,points,field:LEADERSHIP,field:IMPACT', 'LA.THANH_HOA,2023,81,31,50'),
      )
      expect(result).toMatchObject({ inserted: 0, updated: 1 })
      expect(result.preview[0]?.changes).toMatchObject({
        points: { before: 80.1, after: 81 },
        'field:LEADERSHIP': { before: 30.1, after: 31 },
      })
      expect(result.preview[0]?.changes).not.toHaveProperty('field:IMPACT')
      expect(result.preview[0]?.changes).not.toHaveProperty('field_points')
      expect(result.warnings.map((w) => w.code)).toEqual([
        'INDEX_MISMATCH',
        'PUBLISHED_CHANGED',
        'RANKED_FEWER_THAN_LISTED',
      ])
      const row = await t.db
        .selectFrom('assessment')
        .selectAll()
        .where('unit_code', '=', 'LA.THANH_HOA')
        .executeTakeFirstOrThrow()
      expect(row).toMatchObject({ points: 81, status: 'PUBLISHED', published_rank: 1 })
      const audit = await t.db
        .selectFrom('audit_log')
        .selectAll()
        .where('import_batch_id', '=', result.batchId)
        .orderBy('entity')
        .execute()
      expect(audit.map((a) => [a.entity, a.entity_key, a.action, a.actor_email])).toEqual([
        ['assessment', 'LA.THANH_HOA|2023', 'UPDATE', 'editor@example.vn'],
      ])
      expect(JSON.parse(audit[0]?.before_json ?? '{}')).toMatchObject({
        points: 80.1,
        fields: { LEADERSHIP: { points: 30.1 } },
      })
      expect(JSON.parse(audit[0]?.after_json ?? '{}')).toMatchObject({
        points: 81,
        fields: { LEADERSHIP: { points: 31 } },
      })
      expect(JSON.parse(audit[0]?.after_json ?? '{}')).not.toHaveProperty('fields.IMPACT')
      expect(JSON.parse(audit[0]?.after_json ?? '{}')).not.toHaveProperty('field_points')

      await undoImport(t.db, result.batchId as string, EDITOR)
      const restored = await readFieldPoints(t.db, 'LA.THANH_HOA')
      expect(restored.map(({ field_code, points }) => ({ field_code, points }))).toEqual([
        { field_code: 'IMPACT', points: 50 },
        { field_code: 'LEADERSHIP', points: 30.1 },
      ])
      const row2 = await t.db
        .selectFrom('assessment')
        .select(['points', 'status'])
        .where('unit_code', '=', 'LA.THANH_HOA')
        .executeTakeFirstOrThrow()
      expect(row2).toEqual({ points: 80.1, status: 'PUBLISHED' })
    })

    it('keeps the fields a file leaves blank, and undo drops a field the import added', async () => {
      const header = 'unit_code,year,points,field:LEADERSHIP,field:IMPACT'
      await importFile(t.db, 'assessments', csv(header, 'LA.DUC_HUE,2022,60,20,'))
      const second = await importFile(t.db, 'assessments', csv(header, 'LA.DUC_HUE,2022,60,,40'))
      expect(second).toMatchObject({ inserted: 0, updated: 1 })
      expect(second.preview[0]?.changes).toEqual({ 'field:IMPACT': { before: null, after: 40 } })
      const points2022 = async () =>
        (await readFieldPoints(t.db, 'LA.DUC_HUE'))
          .filter((f) => f.year === 2022)
          .map((f) => [f.field_code, f.points])
      expect(await points2022()).toEqual([
        ['IMPACT', 40],
        ['LEADERSHIP', 20],
      ])
      await undoImport(t.db, second.batchId as string, EDITOR)
      expect(await points2022()).toEqual([['LEADERSHIP', 20]])
    })

    it('undoing an insert removes the assessment and its field points', async () => {
      const result = await importFile(
        t.db,
        'assessments',
        csv('unit_code,year,points,field:LEADERSHIP,field:IMPACT', 'LA.TAN_AN,2024,70,30,40'),
      )
      await undoImport(t.db, result.batchId as string, EDITOR)
      const left = await readFieldPoints(t.db)
      expect(left.filter((f) => f.year === 2024)).toEqual([])
      expect(
        await t.db.selectFrom('assessment').select('year').where('year', '=', 2024).execute(),
      ).toEqual([])
    })
  })
}

for (const dialect of TEST_DIALECTS) {
  describe(`assessments import: index-only rows, cohorts and field maxima (${dialect})`, () => {
    let t: TestDb
    beforeAll(async () => {
      t = await createTestDb(dialect)
      await loadBase(t.db)
    })
    afterAll(() => t.destroy())

    const stored = (unit: string, year: number) =>
      t.db
        .selectFrom('assessment')
        .selectAll()
        .where('unit_code', '=', unit)
        .where('year', '=', year)
        .executeTakeFirstOrThrow()

    it('imports an index-only table and ranks it by the index', async () => {
      const result = await importFile(
        t.db,
        'assessments',
        csv(
          'Mã đơn vị;Năm;Chỉ số;Xếp hạng;Số đơn vị',
          'LA.THANH_HOA;2023;85,5;2;3',
          'LA.TAN_AN;2023;90;1;3',
          'LA.DUC_HUE;2023;70,25;3;3',
        ),
      )
      expect(result).toMatchObject({ inserted: 3, updated: 0 })
      expect(await stored('LA.THANH_HOA', 2023)).toMatchObject({
        points: null,
        max_points: null,
        index_pct: 85.5,
        published_index_pct: 85.5,
        published_rank: 2,
        published_cohort_size: 3,
        cohort_parent_code: 'LA',
        cohort_block: '',
      })
      const ranks = await t.db
        .selectFrom('cohort_rank')
        .select(['unit_code', 'rank'])
        .where('parent_code', '=', 'LA')
        .where('kind', '=', 'DISTRICT')
        .where('scope', '=', 'ALL')
        .where('year', '=', 2023)
        .orderBy('rank')
        .execute()
      expect(ranks).toEqual([
        { unit_code: 'LA.TAN_AN', rank: 1 },
        { unit_code: 'LA.THANH_HOA', rank: 2 },
        { unit_code: 'LA.DUC_HUE', rank: 3 },
      ])
      const size = await t.db
        .selectFrom('cohort_year')
        .select(['unit_count', 'published_size'])
        .where('parent_code', '=', 'LA')
        .where('kind', '=', 'DISTRICT')
        .where('scope', '=', 'ALL')
        .where('year', '=', 2023)
        .executeTakeFirstOrThrow()
      expect(size).toEqual({ unit_count: 3, published_size: 3 })
    })

    it('derives a missing maximum from points and index', async () => {
      const result = await importFile(
        t.db,
        'assessments',
        csv('unit_code,year,points,index_pct', 'LA.TAN_AN,2022,72,80'),
      )
      expect(result.inserted).toBe(1)
      expect(await stored('LA.TAN_AN', 2022)).toMatchObject({
        points: 72,
        max_points: 90,
        index_pct: 80,
      })
    })

    it('refuses a published cohort size the file gives two ways, and writes nothing', async () => {
      const before = await count(t.db, 'assessment')
      const body = await rejected(
        importFile(
          t.db,
          'assessments',
          csv('unit_code,year,points,cohort_size', 'LA.TAN_AN,2024,80,3', 'LA.DUC_HUE,2024,70,4'),
        ),
      )
      expect(body.errors.map((e) => [e.row, e.column, e.code])).toEqual([
        [3, 'cohort_size', 'INCONSISTENT_VALUE'],
      ])
      expect(await count(t.db, 'assessment')).toBe(before)
    })

    it('refuses a rank past the cohort size stored by an earlier file, and the reverse', async () => {
      await importFile(
        t.db,
        'assessments',
        csv('unit_code,year,points,rank,cohort_size', 'LA.TAN_AN,2021,80,2,15'),
      )
      const late = await rejected(
        importFile(t.db, 'assessments', csv('unit_code,year,points,rank', 'LA.TAN_AN,2021,80,17')),
      )
      expect(late.errors.map((e) => [e.row, e.column, e.code])).toEqual([
        [2, 'rank', 'OUT_OF_RANGE'],
      ])
      const smaller = await rejected(
        importFile(
          t.db,
          'assessments',
          csv('unit_code,year,points,cohort_size', 'LA.TAN_AN,2021,80,1'),
        ),
      )
      expect(smaller.errors.map((e) => [e.row, e.column, e.code])).toEqual([
        [2, 'cohort_size', 'OUT_OF_RANGE'],
      ])
    })

    it('stores field_max:CODE 0 as a maximum of 0 (the criterion does not apply)', async () => {
      const result = await importFile(
        t.db,
        'assessments',
        csv(
          'unit_code,year,max_points,points,field:LEADERSHIP,field_max:IMPACT',
          'LA.DUC_HUE,2022,40,35,35,0',
        ),
      )
      expect(result.inserted).toBe(1)
      const fields = (await readFieldPoints(t.db, 'LA.DUC_HUE')).filter((f) => f.year === 2022)
      expect(
        fields.map(({ field_code, points, max_points }) => [field_code, points, max_points]),
      ).toEqual([
        ['IMPACT', 0, 0],
        ['LEADERSHIP', 35, 40],
      ])
    })

    it('writes nothing when any row fails', async () => {
      const assessments = await count(t.db, 'assessment')
      const batches = await count(t.db, 'import_batch')
      const body = await rejected(
        importFile(
          t.db,
          'assessments',
          csv('unit_code,year,points,index_pct', 'LA.TAN_AN,2021,,81', 'LA.DUC_HUE,2021,,'),
        ),
      )
      expect(body.errors.map((e) => [e.row, e.column, e.code])).toEqual([
        [3, 'points', 'POINTS_OR_INDEX_REQUIRED'],
      ])
      expect(await count(t.db, 'assessment')).toBe(assessments)
      expect(await count(t.db, 'import_batch')).toBe(batches)
    })
  })
}
