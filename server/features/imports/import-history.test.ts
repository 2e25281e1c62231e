import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { setCohortStatus } from '#server/features/publications/publications.repository.ts'
import { AppError } from '#server/lib/errors.ts'
import { createTestDb, TEST_DIALECTS, type TestDb } from '#server/test/create-test-db.ts'
import { undoImport } from '#server/write-path/undo-import.ts'
import { csv, EDITOR, fixture, importFile, loadBase } from './__fixtures__/fixture-db.ts'
import { importUndoStatus } from './import-history.ts'
import { listImportBatches } from './imports.repository.ts'

const blockersOf = async (t: TestDb, batchId: string | null) =>
  (await importUndoStatus(t.db, 50)).find((b) => b.id === batchId)?.undoBlockedBy

for (const dialect of TEST_DIALECTS) {
  describe(`the import history says which imports cannot be undone (${dialect})`, () => {
    let t: TestDb
    beforeAll(async () => {
      t = await createTestDb(dialect)
      await loadBase(t.db, false)
    })
    afterAll(() => t.destroy())

    it('offers the undo of an import nothing has touched since', async () => {
      const batch = await importFile(t.db, 'awards', fixture('awards.csv'))
      expect(await blockersOf(t, batch.batchId)).toBeNull()
    })

    it('names the later import that changed its rows, to be undone first', async () => {
      const first = (await listImportBatches(t.db, 50)).find((b) => b.kind === 'awards')
      const later = await importFile(
        t.db,
        'awards',
        csv(
          'unit_code,year,award_code,recipient_type,count,decision_no,decision_date,reason',
          'LA.THANH_HOA,2022,MERIT_CERTIFICATE,COLLECTIVE,12,534/QĐ-UBND,16/01/2023,PAR',
        ),
        { fileName: 'khen-thuong-sua.csv' },
      )
      expect(await blockersOf(t, first?.id ?? null)).toEqual({
        publications: [],
        imports: [
          {
            batchId: later.batchId,
            fileName: 'khen-thuong-sua.csv',
            at: expect.any(String) as string,
            rows: 1,
            rests: false,
          },
        ],
        edits: [],
        unnamed: 0,
      })
      // Undoing the later one first frees the first: the history follows.
      await undoImport(t.db, later.batchId as string, EDITOR)
      expect(await blockersOf(t, first?.id ?? null)).toBeNull()
      // An undone import has no undo status: it is not offered again.
      expect(await blockersOf(t, later.batchId)).toBeUndefined()
    })

    it('names the cohort-year and decision that published its rows, in force or not', async () => {
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
      const publication = {
        parent: { code: 'LA', name: 'Tỉnh Long An' },
        kind: 'DISTRICT',
        block: '',
        year: 2024,
        decisionNo: '1/QĐ',
        decisionDate: '2025-02-01',
        inForce: true,
        rows: 2,
      }
      expect(await blockersOf(t, batch.batchId)).toEqual({
        publications: [publication],
        imports: [],
        edits: [],
        unnamed: 0,
      })
      await setCohortStatus(
        t.db,
        { ...cohortYear, decisionNo: null, decisionDate: null },
        'DRAFT',
        EDITOR,
      )
      // Returned to draft, the decision still blocks (ADR 006): said as no longer in force.
      expect((await blockersOf(t, batch.batchId))?.publications).toEqual([
        { ...publication, inForce: false },
      ])
    })

    it('names the later imports whose rows rest on the units a unit list added', async () => {
      const units = await importFile(
        t.db,
        'units',
        csv('code,name,kind,parent_code', 'LA.MOI,Huyện Mới,DISTRICT,LA'),
        { fileName: 'don-vi-moi.csv' },
      )
      expect(await blockersOf(t, units.batchId)).toBeNull()
      const results = await importFile(
        t.db,
        'assessments',
        csv('unit_code,year,points', 'LA.MOI,2023,77', 'LA.MOI,2024,79'),
        { fileName: 'ket-qua-huyen-moi.csv' },
      )
      expect((await blockersOf(t, units.batchId))?.imports).toEqual([
        {
          batchId: results.batchId,
          fileName: 'ket-qua-huyen-moi.csv',
          at: expect.any(String) as string,
          rows: 2,
          rests: true,
        },
      ])
      // Named in the refusal too, rather than left to the database's foreign key.
      const refusal = (await undoImport(t.db, units.batchId as string, EDITOR, 'en').catch(
        (e: unknown) => e,
      )) as AppError
      expect(refusal.message).toMatch(
        /^This import cannot be undone: 2 rows of a later import \(file ket-qua-huyen-moi\.csv, .+\) rest on units this import added\. Undo that import first/,
      )
      await undoImport(t.db, results.batchId as string, EDITOR)
      expect(await blockersOf(t, units.batchId)).toBeNull()
    })

    it('agrees with the undo: refused where it names a blocker, done where it names none', async () => {
      const outcomes = new Set<unknown>()
      // Newest first, as an editor would go down the table.
      const batches = await listImportBatches(t.db, 50)
      const statuses = await importUndoStatus(t.db, 50)
      // Every applied batch of the history has its status, none undone has one.
      expect(statuses.map((s) => s.id)).toEqual(
        batches.filter((b) => b.status !== 'UNDONE').map((b) => b.id),
      )
      for (const status of statuses) {
        const fileName = batches.find((b) => b.id === status.id)?.file_name
        const outcome = await undoImport(t.db, status.id, EDITOR).then(
          () => 'undone',
          (e: unknown) => (e instanceof AppError ? e.status : e),
        )
        expect([fileName, outcome]).toEqual([fileName, status.undoBlockedBy ? 409 : 'undone'])
        outcomes.add(outcome)
      }
      expect([...outcomes].sort()).toEqual([409, 'undone'])
    })
  })
}
