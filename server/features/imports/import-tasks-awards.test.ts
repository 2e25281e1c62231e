import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb, TEST_DIALECTS, type TestDb } from '#server/test/create-test-db.ts'
import { csv, fixture, importFile, loadBase, rejected } from './__fixtures__/fixture-db.ts'
import { undoImport } from '#server/write-path/undo-import.ts'

for (const dialect of TEST_DIALECTS) {
  describe(`tasks and awards import (${dialect})`, () => {
    let t: TestDb
    beforeAll(async () => {
      t = await createTestDb(dialect)
      await loadBase(t.db)
    })
    afterAll(() => t.destroy())

    it('imports status columns, field codes or names, and the whole plan as field ""', async () => {
      const result = await importFile(t.db, 'tasks', fixture('tasks.csv'))
      expect(result).toMatchObject({ rows: 3, inserted: 3 })
      const rows = await t.db
        .selectFrom('task_result')
        .selectAll()
        .orderBy('unit_code')
        .orderBy('field_code')
        .execute()
      expect(rows.map((r) => [r.unit_code, r.field_code, r.done_on_time, r.cancelled])).toEqual([
        ['LA.TAN_AN', '', 5, 0],
        ['LA.THANH_HOA', 'INSTITUTIONS', 10, 1],
        ['LA.THANH_HOA', 'PROCEDURES', 8, 0],
      ])
      expect((await importFile(t.db, 'tasks', fixture('tasks.csv'))).unchanged).toBe(3)
    })

    it('counts one row per task with a status column', async () => {
      const result = await importFile(
        t.db,
        'tasks',
        csv(
          'Mã đơn vị;Năm;Lĩnh vực;Nhiệm vụ;Trạng thái',
          'LA.DUC_HUE;2022;PROCEDURES;Rà soát TTHC;Hoàn thành đúng hạn',
          'LA.DUC_HUE;2022;PROCEDURES;Số hóa hồ sơ;DONE_LATE',
          'LA.DUC_HUE;2022;PROCEDURES;Một cửa;hoàn thành đúng hạn',
        ),
      )
      expect(result.inserted).toBe(1)
      const row = await t.db
        .selectFrom('task_result')
        .selectAll()
        .where('unit_code', '=', 'LA.DUC_HUE')
        .executeTakeFirstOrThrow()
      expect(row).toMatchObject({ done_on_time: 2, done_late: 1 })
    })

    it('refuses a status column mixed with count columns', async () => {
      const body = await rejected(
        importFile(
          t.db,
          'tasks',
          csv('unit_code,year,status,DONE_LATE', 'LA.TAN_AN,2022,DONE_ON_TIME,3'),
        ),
      )
      expect(body.errors.map((e) => [e.row, e.column, e.code])).toEqual([
        [1, 'DONE_LATE', 'MIXED_TASK_FORMAT'],
      ])
    })

    it('refuses a count past what an integer column holds, by row and column, not a 500', async () => {
      const body = await rejected(
        importFile(
          t.db,
          'tasks',
          csv('unit_code,year,field,DONE_ON_TIME,OVERDUE', 'LA.TAN_AN,2021,,3000000000,0'),
        ),
      )
      expect(body.errors.map((e) => [e.row, e.column, e.code])).toEqual([
        [2, 'DONE_ON_TIME', 'OUT_OF_RANGE'],
      ])
    })

    it('refuses negative counts, bad statuses and a planned total that does not add up', async () => {
      const body = await rejected(
        importFile(
          t.db,
          'tasks',
          csv(
            'unit_code,year,field,planned,DONE_ON_TIME,OVERDUE',
            'LA.TAN_AN,2021,,5,-1,0',
            'LA.TAN_AN,2022,PROCEDURES,5,3,1',
            'LA.TAN_AN,2023,,x,1,1',
          ),
        ),
      )
      expect(body.errors.map((e) => [e.row, e.column, e.code])).toEqual([
        [2, 'DONE_ON_TIME', 'OUT_OF_RANGE'],
        [4, 'planned', 'INVALID_INTEGER'],
        [3, 'planned', 'TASK_SUM_MISMATCH'],
      ])
    })

    it('imports awards with labels, a default issuer and a named recipient', async () => {
      const result = await importFile(t.db, 'awards', fixture('awards.csv'))
      expect(result).toMatchObject({ rows: 3, inserted: 3 })
      const rows = await t.db
        .selectFrom('award_grant')
        .selectAll()
        .orderBy('award_code')
        .orderBy('recipient_type')
        .execute()
      expect(
        rows.map((r) => [
          r.award_code,
          r.recipient_type,
          r.count,
          r.issuer_level,
          r.reason,
          r.decision_date,
        ]),
      ).toEqual([
        ['MERIT_CERTIFICATE', 'COLLECTIVE', 10, 'DISTRICT', 'PAR', '2023-01-16'],
        ['MERIT_CERTIFICATE', 'INDIVIDUAL', 8, 'DISTRICT', 'PAR', '2023-01-16'],
        ['PROVINCE_MERIT_CERTIFICATE', 'INDIVIDUAL', 1, 'PROVINCE', 'EMULATION', '2023-02-01'],
      ])
    })

    it('re-importing awards updates counts instead of duplicating', async () => {
      const changed = csv(
        'unit_code,year,award_code,recipient_type,count,issuer_level,decision_no,decision_date,reason',
        'LA.THANH_HOA,2022,MERIT_CERTIFICATE,COLLECTIVE,11,DISTRICT,534/QĐ-UBND,16/01/2023,PAR',
      )
      const result = await importFile(t.db, 'awards', changed)
      expect(result).toMatchObject({ inserted: 0, updated: 1 })
      const n = await t.db
        .selectFrom('award_grant')
        .select('count')
        .where('award_code', '=', 'MERIT_CERTIFICATE')
        .where('recipient_type', '=', 'COLLECTIVE')
        .execute()
      expect(n).toEqual([{ count: 11 }])
    })

    it("re-importing a recipient's name typed with combining marks or extra spaces is the same grant", async () => {
      const header =
        'unit_code,year,award_code,recipient_type,count,recipient_name,issuer_level,decision_no,decision_date,reason'
      const line = (name: string) =>
        `LA.THANH_HOA,2022,PROVINCE_MERIT_CERTIFICATE,INDIVIDUAL,,${name},PROVINCE,99/QĐ-UBND,2023-02-01,EMULATION`
      // "Unicode tổ hợp" (NFD), as some keyboards type it, and two spaces.
      const decomposed = 'Nguyễn Văn A'.normalize('NFD')
      expect(decomposed).not.toBe('Nguyễn Văn A')
      for (const name of [decomposed, 'Nguyễn  Văn A', ' Nguyễn Văn\tA']) {
        const again = await importFile(t.db, 'awards', csv(header, line(name)), { dryRun: true })
        expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 1 })
      }
    })

    it('keeps the id of a grant on re-import; new grants get ids in the order written', async () => {
      const header =
        'unit_code,year,award_code,recipient_type,count,issuer_level,decision_no,decision_date,reason'
      const lines = (count: number) =>
        ['LA.TAN_AN', 'LA.DUC_HUE', 'LA.THANH_HOA'].map(
          (unit, i) =>
            `${unit},2021,MERIT_CERTIFICATE,COLLECTIVE,${count + i},DISTRICT,9${i}/QĐ,,PAR`,
        )
      const grants = () =>
        t.db
          .selectFrom('award_grant')
          .select(['id', 'unit_code', 'count', 'import_batch_id'])
          .where('year', '=', 2021)
          .orderBy('decision_no')
          .execute()
      const first = await importFile(t.db, 'awards', csv(header, ...lines(1)))
      expect(first).toMatchObject({ inserted: 3 })
      const before = await grants()
      // File order: the ids of one import only grow, so the primary key is appended to.
      expect(before.map((g) => g.id)).toEqual([...before.map((g) => g.id)].sort())
      expect(new Set(before.map((g) => g.id)).size).toBe(3)
      const second = await importFile(t.db, 'awards', csv(header, ...lines(5)))
      expect(second).toMatchObject({ inserted: 0, updated: 3 })
      const after = await grants()
      expect(after.map((g) => [g.id, g.count])).toEqual(before.map((g, i) => [g.id, 5 + i]))
      // The natural key is still unique: the same grant line twice in one file is refused.
      const body = await rejected(
        importFile(t.db, 'awards', csv(header, lines(1)[0] ?? '', lines(1)[0] ?? '')),
      )
      expect(body.errors.map((e) => e.code)).toContain('DUPLICATE_ROW')
      await undoImport(t.db, second.batchId ?? '', null)
      expect((await grants()).map((g) => [g.id, g.count])).toEqual(
        before.map((g) => [g.id, g.count]),
      )
      await undoImport(t.db, first.batchId ?? '', null)
      expect(await grants()).toEqual([])
    })

    it('refuses a second row with the natural key of a stored grant', async () => {
      const stored = await t.db.selectFrom('award_grant').selectAll().executeTakeFirstOrThrow()
      await expect(
        t.db
          .insertInto('award_grant')
          .values({ ...stored, id: `${stored.id}-copy` })
          .execute(),
      ).rejects.toThrow(/unique|duplicate/i)
    })

    it('reads an award name as printed with its issuer, a tally of counts per recipient, and the reason of the title', async () => {
      const result = await importFile(
        t.db,
        'awards',
        csv(
          'KẾT QUẢ KHEN THƯỞNG PHONG TRÀO THI ĐUA CẢI CÁCH HÀNH CHÍNH NĂM 2022',
          'Mã đơn vị;Hình thức khen thưởng;Tập thể;Cá nhân;Hộ gia đình',
          'LA.DUC_HUE;Bằng khen của Chủ tịch UBND tỉnh;2;;',
          'LA.DUC_HUE;Giấy khen của Chủ tịch UBND huyện;3;5;0',
          // The tally's total, as printed under it: set aside, not read as a unit.
          'Tổng cộng;;5;5;0',
        ),
        { dryRun: true },
      )
      expect(result.errors).toEqual([])
      expect(result.inserted).toBe(3)
      expect(result.warnings.map((w) => w.code)).toContain('REASON_FROM_TITLE')
      expect(result.warnings).toContainEqual(
        expect.objectContaining({ row: 5, code: 'SUMMARY_ROW_SKIPPED' }),
      )
    })

    it('refuses a tally beside Đối tượng or Số lượng, a row of no count, and a table that names no award or reason', async () => {
      const mixed = await rejected(
        importFile(
          t.db,
          'awards',
          csv(
            'unit_code,year,award_code,recipient_type,count,Tập thể,reason',
            'LA.DUC_HUE,2022,MERIT_CERTIFICATE,COLLECTIVE,1,1,PAR',
          ),
        ),
      )
      expect(mixed.errors.map((e) => [e.row, e.column, e.code])).toEqual([
        [1, 'recipient_type', 'MIXED_AWARD_FORMAT'],
        [1, 'count', 'MIXED_AWARD_FORMAT'],
      ])
      const empty = await rejected(
        importFile(
          t.db,
          'awards',
          csv(
            'unit_code,year,award_code,Tập thể,Cá nhân,reason',
            'LA.DUC_HUE,2022,MERIT_CERTIFICATE,,0,PAR',
            'LA.DUC_HUE,2022,MERIT_CERTIFICATE,-1,1,PAR',
          ),
        ),
      )
      expect(empty.errors.map((e) => [e.row, e.column, e.code])).toEqual([
        [2, 'Tập thể', 'MISSING_VALUE'],
        [3, 'Tập thể', 'OUT_OF_RANGE'],
      ])
      // Two awards in the title: which one is each row's is not guessed.
      const untitled = await rejected(
        importFile(
          t.db,
          'awards',
          csv(
            'TẶNG BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH VÀ GIẤY KHEN CỦA GIÁM ĐỐC SỞ NĂM 2022',
            'Mã đơn vị;Tên tập thể, cá nhân;Đối tượng',
            'LA.DUC_HUE;Nguyễn Văn A;Cá nhân',
          ),
        ),
      )
      expect(untitled.errors.map((e) => [e.row, e.column, e.code])).toEqual([
        [2, null, 'MISSING_COLUMN'],
        [2, null, 'MISSING_COLUMN'],
      ])
      expect(untitled.errors.map((e) => e.message)).toEqual([
        'Thiếu cột "Hình thức khen thưởng" (award_code)',
        'Thiếu cột "Lý do" (reason)',
      ])
    })

    it('enforces the issuer and recipient rules of the taxonomy', async () => {
      const body = await rejected(
        importFile(
          t.db,
          'awards',
          csv(
            'unit_code,year,award_code,recipient_type,count,issuer_level,reason',
            'LA.THANH_HOA,2022,PROVINCE_MERIT_CERTIFICATE,COLLECTIVE,1,DISTRICT,PAR',
            'LA.THANH_HOA,2022,PROVINCE_EMULATION_FLAG,INDIVIDUAL,1,PROVINCE,PAR',
            'LA.THANH_HOA,2022,BANG_KHEN,COLLECTIVE,0,,PAR',
            'LA.THANH_HOA,2022,PROVINCE_EMULATION_FLAG,COLLECTIVE,1,,PAR',
          ),
        ),
      )
      expect(body.errors.map((e) => [e.row, e.column, e.code])).toEqual([
        [2, 'issuer_level', 'ISSUER_NOT_ALLOWED'],
        [3, 'recipient_type', 'RECIPIENT_NOT_ALLOWED'],
        [4, 'award_code', 'INVALID_VALUE'],
        [4, 'count', 'OUT_OF_RANGE'],
        [5, 'issuer_level', 'ISSUER_NOT_ALLOWED'],
      ])
      // Row 5 gives no issuer: the district's own was assumed, and the refusal says so.
      expect(body.errors[4]?.message).toMatch(/\(cấp khen: theo cấp của đơn vị\)$/)
      // An award it does not know is answered with the names decisions print, codes beside.
      expect(body.errors[2]?.message).toMatch(
        /^"BANG_KHEN" không hợp lệ; chấp nhận: Cờ thi đua của Chính phủ; .*; Giấy khen \(hoặc mã GOV_EMULATION_FLAG, .*, MERIT_CERTIFICATE\)$/,
      )
    })

    it('still reads the Giấy khen by the English name it was exported with before', async () => {
      const result = await importFile(
        t.db,
        'awards',
        csv(
          'unit_code,year,award_code,recipient_type,count,issuer_level,reason',
          'LA.THANH_HOA,2021,Certificate of merit,COLLECTIVE,2,DISTRICT,PAR',
        ),
        { dryRun: true },
      )
      expect(result.errors).toEqual([])
      expect(result.inserted).toBe(1)
    })
  })
}
