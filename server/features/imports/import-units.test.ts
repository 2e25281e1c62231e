import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb, TEST_DIALECTS, type TestDb } from '#server/test/create-test-db.ts'
import { setCohortStatus } from '#server/features/publications/publications.repository.ts'
import {
  count,
  csv,
  EDITOR,
  fixture,
  importFile,
  loadBase,
  rejected,
} from './__fixtures__/fixture-db.ts'

for (const dialect of TEST_DIALECTS) {
  describe(`units import and name matching (${dialect})`, () => {
    let t: TestDb
    beforeAll(async () => {
      t = await createTestDb(dialect)
      await loadBase(t.db)
    })
    afterAll(() => t.destroy())

    it('stores the fold key of each name and re-imports unchanged', async () => {
      const unit = await t.db
        .selectFrom('unit')
        .selectAll()
        .where('code', '=', 'LA.THANH_HOA')
        .executeTakeFirstOrThrow()
      // Validity is dates (a year ends on 31 December); the parent is on the placement.
      expect(unit).toMatchObject({
        name: 'Huyện Thạnh Hóa',
        name_key: 'huyện thạnh hóa',
        valid_to: '2024-12-31',
      })
      const placements = await t.db
        .selectFrom('unit_placement')
        .select(['valid_from', 'valid_to', 'parent_code'])
        .where('unit_code', '=', 'LA.THANH_HOA')
        .execute()
      expect(placements).toEqual([
        { valid_from: '1900-01-01', valid_to: '2024-12-31', parent_code: 'LA' },
      ])
      const again = await importFile(t.db, 'units', fixture('units.csv'))
      expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 9 })
    })

    it('writes children after parents whatever the file order', async () => {
      const result = await importFile(
        t.db,
        'units',
        csv(
          'code,name,kind,parent_code',
          'X.B.C,Xã C,COMMUNE,X.B',
          'X.B,Huyện B,DISTRICT,X',
          'X,Tỉnh X,PROVINCE,VN',
        ),
      )
      expect(result.inserted).toBe(3)
    })

    it('refuses unknown parents, bad codes, kinds and duplicates', async () => {
      const body = await rejected(
        importFile(
          t.db,
          'units',
          csv(
            'code,name,kind,parent_code',
            'LA BAD,Tên,DISTRICT,LA',
            'Y.A,Tên,TOWN,LA',
            'Y.B,Tên,DISTRICT,NOWHERE',
            'Y.C,Tên,DISTRICT,LA',
            'Y.C,Tên,DISTRICT,LA',
            'Y.D,Tên,COMMUNE,Y.A',
          ),
        ),
      )
      // Row 7's parent is row 3's unit, refused for its level: row 3 says what to fix, and row 7
      // does not add "unknown unit Y.A".
      expect(body.errors.map((e) => [e.row, e.column, e.code])).toEqual([
        [2, 'code', 'INVALID_CODE'],
        [3, 'kind', 'INVALID_VALUE'],
        [6, 'code', 'DUPLICATE_ROW'],
        [4, 'parent_code', 'UNKNOWN_UNIT'],
      ])
      // The levels by the names an official writes, the codes beside them.
      expect(body.errors[1]?.message).toBe(
        '"TOWN" không hợp lệ; chấp nhận: Quốc gia; Tỉnh, thành phố; Bộ, cơ quan ngang bộ; ' +
          'Sở, ban, ngành; Cấp huyện; Cấp xã (hoặc mã COUNTRY, PROVINCE, MINISTRY, DEPARTMENT, ' +
          'DISTRICT, COMMUNE)',
      )
    })

    it('refuses a parent of the same level or below, naming both levels in words', async () => {
      const body = await rejected(
        importFile(
          t.db,
          'units',
          csv('code,name,kind,parent_code', 'Y.D,Tên,PROVINCE,LA.THANH_HOA'),
        ),
      )
      expect(body.errors.map((e) => [e.row, e.column, e.code, e.message])).toEqual([
        [
          2,
          'parent_code',
          'PARENT_LEVEL',
          'Đơn vị cấp huyện (LA.THANH_HOA) không thể là cấp trên của đơn vị cấp tỉnh',
        ],
      ])
    })

    const byName = (name: string, year = 2023) =>
      importFile(t.db, 'tasks', csv('Tên đơn vị,Năm,DONE_ON_TIME', `"${name}",${year},1`), {
        parentCode: 'LA',
        dryRun: true,
      })

    it.each([
      'Huyện Thạnh Hóa',
      'UBND huyện Thạnh Hóa',
      '  HUYỆN   THẠNH  HÓA ',
      'Huye\u0323\u0302n Tha\u0323nh Ho\u0301a',
      // The tone on the a, as much of the country writes it.
      'Huyện Thạnh Hoá',
    ])('matches %j by name within the parent', async (name) => {
      const result = await byName(name)
      expect(result.preview[0]?.key).toBe('LA.THANH_HOA|2023||')
    })

    it('matches a name whose key was stored before both tone placements were matched', async () => {
      await importFile(
        t.db,
        'units',
        csv('code,name,kind,parent_code', 'LA.HOANG_HOA,Huyện Hoằng Hoá,DISTRICT,LA'),
      )
      // The key an earlier version stored for "Hoá", tone on the a.
      await t.db
        .updateTable('unit')
        .set({ name_key: 'huyện hoằng hoá' })
        .where('code', '=', 'LA.HOANG_HOA')
        .execute()
      expect((await byName('Huyện Hoằng Hóa')).preview[0]?.key).toBe('LA.HOANG_HOA|2023||')
    })

    it('picks the unit valid that year when a name was reused', async () => {
      expect((await byName('Thị xã Cũ', 2019)).preview[0]?.key).toBe('LA.OLD_TOWN|2019||')
      expect((await byName('Thị xã Cũ', 2022)).preview[0]?.key).toBe('LA.NEW_TOWN|2022||')
    })

    it('lists candidates for an unknown name and never guesses', async () => {
      const body = await rejected(byName('Huyện Thạnh Hoá xyz'))
      expect(body.errors[0]).toMatchObject({ row: 2, column: 'Tên đơn vị', code: 'UNKNOWN_UNIT' })
      expect(body.errors[0]?.message).toMatch(
        /^Không tìm thấy đơn vị "Huyện Thạnh Hoá xyz"; gần nhất: Huyện Thạnh Hóa \(LA\.THANH_HOA\)/,
      )
      const details = body.errors[0]?.details as { candidates: { code: string }[] }
      expect(details.candidates[0]?.code).toBe('LA.THANH_HOA')
    })

    it('reports an ambiguous name with its candidates', async () => {
      await importFile(
        t.db,
        'units',
        csv('code,name,kind,parent_code', 'LA.THANH_HOA_2,UBND Huyện Thạnh Hóa,DISTRICT,LA'),
      )
      const body = await rejected(byName('Huyện Thạnh Hóa'))
      expect(body.errors[0]?.code).toBe('AMBIGUOUS_UNIT')
      expect(body.errors[0]?.message).toContain('(LA.THANH_HOA)')
      expect(body.errors[0]?.message).toContain('UBND Huyện Thạnh Hóa (LA.THANH_HOA_2)')
      const details = body.errors[0]?.details as { candidates: { code: string }[] }
      expect(details.candidates.map((c) => c.code).sort()).toEqual([
        'LA.THANH_HOA',
        'LA.THANH_HOA_2',
      ])
    })

    it('needs ?parent= to match by name, said once for the file', async () => {
      const body = await rejected(
        importFile(
          t.db,
          'tasks',
          csv(
            'Tên đơn vị,Năm,DONE_ON_TIME',
            'Huyện Đức Huệ,2023,1',
            'Thành phố Tân An,2023,2',
            'Huyện Thạnh Hóa,2023,abc',
          ),
          { lang: 'en' },
        ),
      )
      const parent = body.errors.filter((e) => e.code === 'PARENT_REQUIRED')
      expect(parent).toEqual([
        {
          row: 2,
          column: 'Tên đơn vị',
          code: 'PARENT_REQUIRED',
          message:
            'Matching units by name needs ?parent= (the parent unit code): 3 rows name their units without a code',
          details: { rows: 3 },
        },
      ])
      // Other problems stay on their rows.
      expect(body.errors.filter((e) => e.code !== 'PARENT_REQUIRED')).toHaveLength(1)
    })

    it('imports lineage events and refuses unknown units', async () => {
      const ok = await importFile(
        t.db,
        'lineage',
        csv(
          'event,from_code,to_code,effective_date,note',
          'RENAME,LA.OLD_TOWN,LA.NEW_TOWN,01/01/2021,Đổi tên',
        ),
      )
      expect(ok.inserted).toBe(1)
      const body = await rejected(
        importFile(
          t.db,
          'lineage',
          csv('event,from_code,to_code,effective_date', 'JOIN,LA.OLD_TOWN,NOPE,2021-02-30'),
        ),
      )
      expect(body.errors.map((e) => e.code)).toEqual([
        'INVALID_VALUE',
        'UNKNOWN_UNIT',
        'INVALID_DATE',
      ])
      expect(await count(t.db, 'unit_lineage')).toBe(1)
    })
  })
}

for (const dialect of TEST_DIALECTS) {
  describe(`units import through time (${dialect})`, () => {
    let t: TestDb
    const HEADER = 'code,name,kind,parent_code,valid_from,valid_to'
    const placementsOf = (code: string) =>
      t.db
        .selectFrom('unit_placement')
        .select(['valid_from', 'valid_to', 'parent_code'])
        .where('unit_code', '=', code)
        .orderBy('valid_from')
        .execute()
    beforeAll(async () => {
      t = await createTestDb(dialect)
      await loadBase(t.db)
      await importFile(
        t.db,
        'units',
        csv(
          HEADER,
          'X,Tỉnh X,PROVINCE,VN,,',
          'X.D,Huyện D,DISTRICT,X,,2025-06-30',
          'X.D.C,Xã C,COMMUNE,X.D,,',
          'X.D.E,Xã E,COMMUNE,X.D,,',
          'X.D.F,Xã F,COMMUNE,X.D,,',
          'X.G,Huyện G,DISTRICT,X,,',
        ),
      )
    })
    afterAll(() => t.destroy())

    it('adds a placement from a valid_from date and ends the previous one the day before', async () => {
      const result = await importFile(
        t.db,
        'units',
        csv(HEADER, 'X.D.C,Xã C,COMMUNE,X,2025-07-01,'),
      )
      expect(result).toMatchObject({ inserted: 0, updated: 1 })
      expect(await placementsOf('X.D.C')).toEqual([
        { valid_from: '1900-01-01', valid_to: '2025-06-30', parent_code: 'X.D' },
        { valid_from: '2025-07-01', valid_to: null, parent_code: 'X' },
      ])
      // The unit itself keeps its open start.
      const unit = await t.db
        .selectFrom('unit')
        .select(['valid_from', 'valid_to'])
        .where('code', '=', 'X.D.C')
        .executeTakeFirstOrThrow()
      expect(unit).toEqual({ valid_from: null, valid_to: null })
    })

    it('refuses a changed parent without a date for a unit with results, naming row and column', async () => {
      await importFile(t.db, 'assessments', csv('unit_code,year,points', 'X.D.E,2023,80'))
      const body = await rejected(
        importFile(
          t.db,
          'units',
          csv(HEADER, 'X.D.F,Xã F,COMMUNE,X.D,,', 'X.D.E,Xã E,COMMUNE,X.G,,'),
        ),
      )
      expect(body.errors.map((e) => [e.row, e.column, e.code])).toEqual([
        [3, 'parent_code', 'PLACEMENT_NEEDS_DATE'],
      ])
      expect(await placementsOf('X.D.E')).toEqual([
        { valid_from: '1900-01-01', valid_to: null, parent_code: 'X.D' },
      ])
      // A unit without results is simply corrected in place.
      const fixed = await importFile(t.db, 'units', csv(HEADER, 'X.D.F,Xã F,COMMUNE,X.G,,'))
      expect(fixed).toMatchObject({ inserted: 0, updated: 1 })
      expect(await placementsOf('X.D.F')).toEqual([
        { valid_from: '1900-01-01', valid_to: null, parent_code: 'X.G' },
      ])
    })

    it('reads years in valid_from / valid_to as 1 January / 31 December', async () => {
      await importFile(t.db, 'units', csv(HEADER, 'Y,Tỉnh Y,PROVINCE,VN,2019,2024'))
      const unit = await t.db
        .selectFrom('unit')
        .select(['valid_from', 'valid_to'])
        .where('code', '=', 'Y')
        .executeTakeFirstOrThrow()
      expect(unit).toEqual({ valid_from: '2019-01-01', valid_to: '2024-12-31' })
      expect(await placementsOf('Y')).toEqual([
        { valid_from: '2019-01-01', valid_to: '2024-12-31', parent_code: 'VN' },
      ])
    })

    it('accepts codes of digits, lower case, - _ . and matches them without regard to case', async () => {
      const first = await importFile(
        t.db,
        'units',
        csv(
          'code,name,kind,parent_code',
          '79,Thành phố Hồ Chí Minh,PROVINCE,VN',
          'hcm-q1,Quận 1,DISTRICT,79',
          'Long_An.x,Xã X,COMMUNE,HCM-Q1',
        ),
      )
      expect(first.inserted).toBe(3)
      expect(await placementsOf('Long_An.x')).toEqual([
        { valid_from: '1900-01-01', valid_to: null, parent_code: 'hcm-q1' },
      ])
      const again = await importFile(
        t.db,
        'units',
        csv(
          'code,name,kind,parent_code',
          'HCM-Q1,Quận 1,DISTRICT,79',
          'long_an.X,Xã X,COMMUNE,hcm-Q1',
        ),
      )
      expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 2 })
      const codes = await t.db
        .selectFrom('unit')
        .select('code')
        .where('code', 'in', ['79', 'hcm-q1', 'Long_An.x', 'HCM-Q1', 'long_an.X'])
        .orderBy('code')
        .execute()
      expect(codes.map((c) => c.code)).toEqual(['79', 'Long_An.x', 'hcm-q1'])
      const tasks = await importFile(
        t.db,
        'tasks',
        csv('unit_code,year,DONE_ON_TIME', 'LONG_AN.X,2023,1'),
        { dryRun: true },
      )
      expect(tasks.preview[0]?.key).toBe('Long_An.x|2023||')
    })

    it('places a province with an empty parent under the country', async () => {
      const result = await importFile(t.db, 'units', csv(HEADER, 'Z,Tỉnh Z,PROVINCE,,,'))
      expect(result.inserted).toBe(1)
      expect(await placementsOf('Z')).toEqual([
        { valid_from: '1900-01-01', valid_to: null, parent_code: 'VN' },
      ])
    })
  })
}

for (const dialect of TEST_DIALECTS) {
  describe(`units import of successive maps, imported again (${dialect})`, () => {
    let t: TestDb
    beforeAll(async () => {
      t = await createTestDb(dialect)
      await loadBase(t.db)
    })
    afterAll(() => t.destroy())

    it('leaves the placements alone when the earlier map is imported again', async () => {
      const HEADER = 'code,name,kind,parent_code,valid_from,valid_to'
      const oldMap = csv(
        HEADER,
        'W,Tỉnh W,PROVINCE,VN,,',
        'W.D,Huyện D,DISTRICT,W,,2025-06-30',
        'W.D.C,Xã C,COMMUNE,W.D,,',
      )
      const newMap = csv(HEADER, 'W.D.C,Xã C,COMMUNE,W,2025-07-01,')
      await importFile(t.db, 'units', oldMap)
      await importFile(t.db, 'assessments', csv('unit_code,year,points', 'W.D.C,2023,80'))
      await importFile(t.db, 'units', newMap)
      const placements = () =>
        t.db
          .selectFrom('unit_placement')
          .select(['valid_from', 'valid_to', 'parent_code'])
          .where('unit_code', '=', 'W.D.C')
          .orderBy('valid_from')
          .execute()
      const expected = [
        { valid_from: '1900-01-01', valid_to: '2025-06-30', parent_code: 'W.D' },
        { valid_from: '2025-07-01', valid_to: null, parent_code: 'W' },
      ]
      expect(await placements()).toEqual(expected)
      expect(await importFile(t.db, 'units', oldMap)).toMatchObject({
        inserted: 0,
        updated: 0,
        unchanged: 3,
      })
      expect(await importFile(t.db, 'units', newMap)).toMatchObject({
        inserted: 0,
        updated: 0,
        unchanged: 1,
      })
      expect(await placements()).toEqual(expected)
    })

    it('sees a placement corrected to a parent code of the same length at the next import', async () => {
      // Official codes share one length: the counts and lengths of the unit tables stay the same.
      await importFile(
        t.db,
        'units',
        csv('code,name,kind,parent_code', '760,Quận Một,DISTRICT,LA', '761,Quận Hai,DISTRICT,LA'),
      )
      await importFile(t.db, 'units', csv('code,name,kind,parent_code', '26734,Xã C,COMMUNE,760'))
      // The directory is read and kept by this import.
      await importFile(t.db, 'assessments', csv('unit_code,year,points', '26734,2023,80'), {
        dryRun: true,
      })
      const corrected = await importFile(
        t.db,
        'units',
        csv('code,name,kind,parent_code', '26734,Xã C,COMMUNE,761'),
      )
      expect(corrected).toMatchObject({ updated: 1 })
      await importFile(t.db, 'assessments', csv('unit_code,year,points', '26734,2023,80'))
      const stored = await t.db
        .selectFrom('assessment')
        .select('cohort_parent_code')
        .where('unit_code', '=', '26734')
        .executeTakeFirstOrThrow()
      expect(stored.cohort_parent_code).toBe('761')
    })

    it('refuses a new level for a unit with published results, until they are unpublished', async () => {
      const header = 'code,name,kind,parent_code'
      await importFile(t.db, 'units', csv(header, 'LA.SO_X,Sở X,DISTRICT,LA'))
      await importFile(t.db, 'assessments', csv('unit_code,year,points', 'LA.SO_X,2023,80'))
      const cohort = { parentCode: 'LA', kind: 'DISTRICT', year: 2023 }
      const decision = { decisionNo: '9/QĐ-UBND', decisionDate: '2024-01-20' }
      await setCohortStatus(t.db, { ...cohort, ...decision }, 'PUBLISHED', EDITOR)
      const relevel = csv(header, 'LA.SO_X,Sở X,DEPARTMENT,LA')
      const body = await rejected(importFile(t.db, 'units', relevel, { lang: 'en' }))
      expect(body.errors.map((e) => [e.row, e.column, e.code, e.message])).toEqual([
        [
          2,
          'kind',
          'LEVEL_HAS_PUBLISHED_RESULTS',
          'Unit LA.SO_X has published results at level DISTRICT (2023); changing it to DEPARTMENT would rewrite published years: unpublish them first',
        ],
      ])
      await setCohortStatus(t.db, { ...cohort, ...decision }, 'DRAFT', EDITOR)
      expect(await importFile(t.db, 'units', relevel)).toMatchObject({ updated: 1 })
    })
  })
}
