import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AppError } from '#server/lib/errors.ts'
import { readFieldPoints } from '#server/test/read-field-points.ts'
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

const HEADER = 'unit_code,year,max_points,points,field:LEADERSHIP,field:IMPACT'

for (const dialect of TEST_DIALECTS) {
  describe(`inserts audited per batch, and their undo (${dialect})`, () => {
    let t: TestDb
    const audit = (batchId: string | null) =>
      t.db
        .selectFrom('audit_log')
        .select(['entity', 'entity_key', 'action', 'after_json'])
        .where('import_batch_id', '=', batchId as string)
        .orderBy('action')
        .execute()
    beforeAll(async () => {
      t = await createTestDb(dialect)
      await loadBase(t.db)
    })
    afterAll(() => t.destroy())

    it('audits the inserts of an import as one row per table, with their keys', async () => {
      const units = await t.db
        .selectFrom('import_batch')
        .select('id')
        .where('kind', '=', 'units')
        .executeTakeFirstOrThrow()
      const unitAudit = await audit(units.id)
      const [summary, ...rest] = unitAudit.filter((a) => a.entity === 'unit')
      expect(rest).toEqual([])
      expect(summary).toMatchObject({ entity: 'unit', entity_key: '*', action: 'INSERT' })
      expect(JSON.parse(summary?.after_json ?? '{}')).toMatchObject({ rows: 9 })
      // Placements carry their batch like units: one summary row for the table, with its keys.
      const placements = unitAudit.filter((a) => a.entity !== 'unit')
      expect(placements.map((a) => [a.entity, a.entity_key, a.action])).toEqual([
        ['unit_placement', '*', 'INSERT'],
      ])
      expect(JSON.parse(placements[0]?.after_json ?? '{}').keys.sort()).toEqual([
        'LA.DUC_HUE|1900-01-01',
        'LA.NEW_TOWN|2021-01-01',
        'LA.OLD_TOWN|1900-01-01',
        'LA.SO_NOI_VU|1900-01-01',
        'LA.TAN_AN|1900-01-01',
        'LA.THANH_HOA.TT|1900-01-01',
        'LA.THANH_HOA|1900-01-01',
        'LA|1900-01-01',
        'VN|1900-01-01',
      ])
      const result = await importFile(t.db, 'assessments', fixture('assessments-vi.csv'))
      const rows = await audit(result.batchId)
      expect(rows.map((a) => [a.entity, a.entity_key, a.action])).toEqual([
        ['assessment', '*', 'INSERT'],
      ])
      expect(JSON.parse(rows[0]?.after_json ?? '{}')).toEqual({
        rows: 3,
        keys: ['LA.THANH_HOA|2023', 'LA.TAN_AN|2023', 'LA.DUC_HUE|2023'],
      })
    })

    it('audits updates row by row next to the inserts, and undo reverses both', async () => {
      const result = await importFile(
        t.db,
        'assessments',
        csv(HEADER, 'LA.TAN_AN,2023,100,72,30,42', 'LA.TAN_AN,2022,100,70,30,40'),
      )
      expect(result).toMatchObject({ inserted: 1, updated: 1 })
      const rows = await audit(result.batchId)
      expect(rows.map((a) => [a.entity, a.entity_key, a.action])).toEqual([
        ['assessment', '*', 'INSERT'],
        ['assessment', 'LA.TAN_AN|2023', 'UPDATE'],
      ])
      const undo = await undoImport(t.db, result.batchId as string, EDITOR)
      expect(undo).toMatchObject({ restored: 1, deleted: 1 })
      const stored = await readFieldPoints(t.db, 'LA.TAN_AN')
      expect(stored.map(({ year, field_code, points }) => ({ year, field_code, points }))).toEqual([
        { year: 2023, field_code: 'IMPACT', points: 41.25 },
        { year: 2023, field_code: 'LEADERSHIP', points: 30 },
      ])
      const undone = await t.db
        .selectFrom('audit_log')
        .select(['entity_key'])
        .where('action', '=', 'UNDO')
        .orderBy('entity_key')
        .execute()
      expect(undone.map((u) => u.entity_key)).toEqual(['*', 'LA.TAN_AN|2023'])
    })

    it('a later import that changed an inserted row blocks the undo until it is undone', async () => {
      const first = await importFile(t.db, 'tasks', fixture('tasks.csv'))
      const later = await importFile(
        t.db,
        'tasks',
        csv('unit_code,year,field,DONE_ON_TIME', 'LA.TAN_AN,2022,,6'),
      )
      expect(later).toMatchObject({ inserted: 0, updated: 1 })
      const error = await undoImport(t.db, first.batchId as string, EDITOR).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(AppError)
      expect(error).toMatchObject({
        status: 409,
        details: { rows: ['task_result:LA.TAN_AN|2022||'] },
      })
      await undoImport(t.db, later.batchId as string, EDITOR)
      const undo = await undoImport(t.db, first.batchId as string, EDITOR)
      expect(undo.deleted).toBeGreaterThan(0)
      expect(await count(t.db, 'task_result')).toBe(0)
    })

    it('undoes a units batch (parents and children), unless later data uses its units', async () => {
      const units = csv(
        'code,name,kind,parent_code',
        'HN,Thành phố Hà Nội,PROVINCE,VN',
        'HN.BA_DINH,Quận Ba Đình,DISTRICT,HN',
        'HN.BA_DINH.PHUC_XA,Phường Phúc Xá,COMMUNE,HN.BA_DINH',
      )
      const first = await importFile(t.db, 'units', units)
      expect(first.inserted).toBe(3)
      // Three units and the placement of each.
      expect((await undoImport(t.db, first.batchId as string, EDITOR)).deleted).toBe(6)
      expect(
        await t.db
          .selectFrom('unit_placement')
          .select('unit_code')
          .where('unit_code', 'like', 'HN%')
          .execute(),
      ).toEqual([])
      const again = await importFile(t.db, 'units', units)
      await importFile(t.db, 'assessments', csv(HEADER, 'HN.BA_DINH,2023,100,70,30,40'))
      await expect(undoImport(t.db, again.batchId as string, EDITOR)).rejects.toMatchObject({
        status: 409,
      })
      expect(
        await t.db.selectFrom('unit').select('code').where('code', '=', 'HN').execute(),
      ).toEqual([{ code: 'HN' }])
    })
  })
}
