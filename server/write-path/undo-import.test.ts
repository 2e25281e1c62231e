import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { setCohortStatus } from '#server/features/publications/publications.repository.ts'
import { AppError } from '#server/lib/errors.ts'
import { createTestDb, TEST_DIALECTS, type TestDb } from '#server/test/create-test-db.ts'
import {
  count,
  csv,
  EDITOR,
  fixture,
  importFile,
  loadBase,
} from '#server/features/imports/__fixtures__/fixture-db.ts'
import { undoImport } from './undo-import.ts'

/** The district scheme with GOOD from 85 % (80 % in the fixture) and no FAIR band. */
const STRICTER_SCHEME = csv(
  'province_code,unit_kind,year_from,name,item,code,max_points,min_pct,label_vi',
  'LA,DISTRICT,2022,Bộ chỉ số cấp huyện,field,LEADERSHIP,40,,',
  'LA,DISTRICT,2022,Bộ chỉ số cấp huyện,field,IMPACT,60,,',
  'LA,DISTRICT,2022,Bộ chỉ số cấp huyện,grade,GOOD,,85,Tốt',
  'LA,DISTRICT,2022,Bộ chỉ số cấp huyện,grade,POOR,,0,Kém',
)

const grades = (t: TestDb) =>
  t.db.selectFrom('assessment').select(['unit_code', 'grade']).orderBy('unit_code').execute()

for (const dialect of TEST_DIALECTS) {
  describe(`schemes, history and undo (${dialect})`, () => {
    let t: TestDb
    beforeAll(async () => {
      t = await createTestDb(dialect)
      await loadBase(t.db, false)
    })
    afterAll(() => t.destroy())

    it('imports without a scheme, then grades when the scheme arrives', async () => {
      await importFile(t.db, 'assessments', fixture('assessments-vi.csv'))
      expect((await grades(t)).map((g) => g.grade)).toEqual([null, null, null])
      const result = await importFile(t.db, 'schemes', fixture('schemes.csv'))
      expect(result).toMatchObject({ rows: 5, inserted: 1 })
      expect(await grades(t)).toEqual([
        { unit_code: 'LA.DUC_HUE', grade: 'POOR' },
        { unit_code: 'LA.TAN_AN', grade: 'FAIR' },
        { unit_code: 'LA.THANH_HOA', grade: 'GOOD' },
      ])
    })

    it('a changed scheme re-grades, and undoing it restores scheme and grades', async () => {
      const result = await importFile(t.db, 'schemes', STRICTER_SCHEME)
      expect(result.updated).toBe(1)
      expect((await grades(t)).map((g) => g.grade)).toEqual(['POOR', 'POOR', 'POOR'])
      const undo = await undoImport(t.db, result.batchId as string, EDITOR)
      expect(undo.restored).toBeGreaterThan(0)
      expect((await grades(t)).map((g) => g.grade)).toEqual(['POOR', 'FAIR', 'GOOD'])
      const bands = await t.db
        .selectFrom('scheme_grade_band')
        .select('grade_code')
        .orderBy('min_pct', 'desc')
        .execute()
      expect(bands.map((b) => b.grade_code)).toEqual(['GOOD', 'FAIR', 'POOR'])
    })

    it('undoing a scheme re-grades rows a later import added under it', async () => {
      const scheme = await importFile(t.db, 'schemes', STRICTER_SCHEME)
      // Graded POOR under the stricter scheme; GOOD under the one the undo brings back (≥ 80).
      await importFile(t.db, 'assessments', csv('unit_code,year,points', 'LA.DUC_HUE,2022,82'))
      const grade2022 = () =>
        t.db
          .selectFrom('assessment')
          .select('grade')
          .where('unit_code', '=', 'LA.DUC_HUE')
          .where('year', '=', 2022)
          .executeTakeFirstOrThrow()
      expect(await grade2022()).toEqual({ grade: 'POOR' })
      await undoImport(t.db, scheme.batchId as string, EDITOR)
      expect(await grade2022()).toEqual({ grade: 'GOOD' })
      const rank = await t.db
        .selectFrom('cohort_rank')
        .select('grade')
        .where('unit_code', '=', 'LA.DUC_HUE')
        .where('year', '=', 2022)
        .where('scope', '=', 'ALL')
        .executeTakeFirstOrThrow()
      expect(rank.grade).toBe('GOOD')
    })

    it('undo deletes inserted rows, restores updated ones and marks the batch', async () => {
      const first = await importFile(t.db, 'tasks', fixture('tasks.csv'))
      const second = await importFile(
        t.db,
        'tasks',
        csv('unit_code,year,field,DONE_ON_TIME', 'LA.TAN_AN,2022,,6', 'LA.DUC_HUE,2022,,1'),
      )
      expect(second).toMatchObject({ inserted: 1, updated: 1 })
      await undoImport(t.db, second.batchId as string, EDITOR)
      const rows = await t.db
        .selectFrom('task_result')
        .select(['unit_code', 'done_on_time'])
        .where('field_code', '=', '')
        .orderBy('unit_code')
        .execute()
      expect(rows).toEqual([{ unit_code: 'LA.TAN_AN', done_on_time: 5 }])
      const batch = await t.db
        .selectFrom('import_batch')
        .selectAll()
        .where('id', '=', second.batchId as string)
        .executeTakeFirstOrThrow()
      expect(batch).toMatchObject({ status: 'UNDONE', undone_by: EDITOR.email })
      await expect(undoImport(t.db, second.batchId as string, EDITOR)).rejects.toMatchObject({
        status: 409,
      })
      // The first batch is undoable again: the later batch that touched its rows is undone.
      await undoImport(t.db, first.batchId as string, EDITOR)
      expect(await count(t.db, 'task_result')).toBe(0)
    })

    it('refuses to undo when a later import or publication touched the same rows', async () => {
      const first = await importFile(t.db, 'awards', fixture('awards.csv'))
      await importFile(
        t.db,
        'awards',
        csv(
          'unit_code,year,award_code,recipient_type,count,decision_no,decision_date,reason',
          'LA.THANH_HOA,2022,MERIT_CERTIFICATE,COLLECTIVE,12,534/QĐ-UBND,16/01/2023,PAR',
        ),
        { fileName: 'khen-thuong-sua.csv' },
      )
      const error = await undoImport(t.db, first.batchId as string, EDITOR).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(AppError)
      expect(error).toMatchObject({ status: 409, code: 'CONFLICT' })
      // The later import is named, with what to do: undo it first.
      expect((error as AppError).message).toMatch(
        /^Không thể hoàn tác lần nhập này: 1 dòng đã được lần nhập sau thay đổi \(tệp khen-thuong-sua\.csv, \d\d\/\d\d\/\d{4}, \d\d:\d\d\)\. Hãy hoàn tác lần nhập đó trước \(trong bảng này\), rồi hoàn tác lần nhập này\.$/,
      )
      expect(await count(t.db, 'award_grant')).toBe(3)

      const assessments = await t.db
        .selectFrom('import_batch')
        .select('id')
        .where('kind', '=', 'assessments')
        .executeTakeFirstOrThrow()
      await setCohortStatus(
        t.db,
        {
          parentCode: 'LA',
          kind: 'DISTRICT',
          year: 2023,
          decisionNo: '1/QĐ',
          decisionDate: '2024-02-01',
        },
        'PUBLISHED',
        EDITOR,
      )
      await expect(undoImport(t.db, assessments.id, EDITOR)).rejects.toMatchObject({ status: 409 })
    })

    it('keeps every replaced value in the audit log', async () => {
      const history = await t.db
        .selectFrom('audit_log')
        .selectAll()
        .where('entity', '=', 'award_grant')
        .where('action', '=', 'UPDATE')
        .execute()
      expect(history).toHaveLength(1)
      expect(JSON.parse(history[0]?.before_json ?? '{}')).toMatchObject({ count: 10 })
      expect(JSON.parse(history[0]?.after_json ?? '{}')).toMatchObject({ count: 12 })
      const published = await t.db
        .selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'PUBLISH')
        .execute()
      expect(published).toHaveLength(3)
    })

    it('names the publication that blocks an undo, by its decision, also once returned to draft', async () => {
      const batch = await importFile(
        t.db,
        'assessments',
        csv('unit_code,year,points', 'LA.DUC_HUE,2024,82', 'LA.TAN_AN,2024,70'),
        { fileName: 'ket-qua-2024.csv' },
      )
      const cohortYear = { parentCode: 'LA', kind: 'DISTRICT', year: 2024 }
      await setCohortStatus(
        t.db,
        { ...cohortYear, decisionNo: '1/QĐ', decisionDate: '2025-02-01' },
        'PUBLISHED',
        EDITOR,
      )
      const published = (await undoImport(t.db, batch.batchId as string, EDITOR, 'en').catch(
        (e: unknown) => e,
      )) as AppError
      expect(published).toMatchObject({ status: 409, code: 'CONFLICT' })
      // The publication is the cause, by its decision; there is no later import to undo first.
      expect(published.message).toBe(
        'This import cannot be undone: 2 rows of 2024 were published under Decision 1/QĐ of 1 ' +
          'February ' +
          '2025. Results once published cannot be undone, even after their year returned to ' +
          'draft. To correct the figures, import a corrected file: its rows are updated.',
      )
      expect(published.details).toMatchObject({
        causes: {
          publications: [
            {
              decisionNo: '1/QĐ',
              decisionDate: '2025-02-01',
              parentCode: 'LA',
              year: 2024,
              rows: 2,
            },
          ],
        },
      })

      await setCohortStatus(
        t.db,
        { ...cohortYear, decisionNo: null, decisionDate: null },
        'DRAFT',
        EDITOR,
      )
      const returned = (await undoImport(t.db, batch.batchId as string, EDITOR).catch(
        (e: unknown) => e,
      )) as AppError
      expect(returned.message).toBe(
        'Không thể hoàn tác lần nhập này: 2 dòng năm 2024 đã được công bố theo Quyết định 1/QĐ ngày ' +
          '01/02/2025 (sau đó đã chuyển về nháp). Kết quả đã công bố không thể hoàn tác, kể cả ' +
          'khi năm đã chuyển về nháp. Để sửa số liệu, hãy nhập tệp đã sửa: các dòng của nó sẽ ' +
          'được cập nhật.',
      )
    })

    it('says an undone import is undone, in the language asked', async () => {
      const batch = await importFile(
        t.db,
        'tasks',
        csv('unit_code,year,field,DONE_ON_TIME', 'LA.TAN_AN,2021,,2'),
      )
      await undoImport(t.db, batch.batchId as string, EDITOR)
      await expect(undoImport(t.db, batch.batchId as string, EDITOR, 'en')).rejects.toMatchObject({
        status: 409,
        message: 'This import is already undone.',
      })
      await expect(undoImport(t.db, batch.batchId as string, EDITOR)).rejects.toMatchObject({
        message: 'Lần nhập này đã được hoàn tác.',
      })
    })
  })
}
