// A province's wards and communes ranked in two blocks, named "Phường" and "Xã" in the 2024
// file's `cohort` column and printed "KHỐI PHƯỜNG", "KHỐI XÃ" as the 2025 table's headings:
// one block each across the years, whichever way a file writes it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TEST_DIALECTS, type TestDb } from '#server/test/create-test-db.ts'
import { blocksOf, csv, importFile, unitsTestDb, workbook } from './__fixtures__/fixture-db.ts'
import { blockKey } from './block-as-stored.ts'

const UNITS = [
  ['TN', 'Tỉnh Thử Nghiệm', 'PROVINCE', ''],
  ['TN.P1', 'Phường Một', 'COMMUNE', 'TN'],
  ['TN.P2', 'Phường Hai', 'COMMUNE', 'TN'],
  ['TN.X1', 'Xã Một', 'COMMUNE', 'TN'],
  ['TN.X2', 'Xã Hai', 'COMMUNE', 'TN'],
]

describe('blockKey', () => {
  it('reads a block alike in capitals, with its group word or without, and no further', () => {
    expect(blockKey('KHỐI PHƯỜNG')).toBe('phường')
    expect(blockKey('Khối  phường')).toBe('phường')
    expect(blockKey('Phường')).toBe('phường')
    expect(blockKey('Nhóm Xã, đặc khu')).toBe(blockKey('xã, đặc khu'))
    // Diacritics tell names apart.
    expect(blockKey('Phương')).not.toBe(blockKey('Phường'))
  })
})

for (const dialect of TEST_DIALECTS) {
  describe(`a block written otherwise than stored (${dialect})`, () => {
    let t: TestDb
    beforeAll(async () => {
      t = await unitsTestDb(dialect, UNITS)
      await importFile(
        t.db,
        'assessments',
        csv(
          'unit_code,year,cohort,points,rank',
          'TN.P1,2024,Phường,80,1',
          'TN.P2,2024,Phường,79,2',
          'TN.X1,2024,Xã,81,1',
          'TN.X2,2024,Xã,78,2',
        ),
      )
    })
    afterAll(() => t.destroy())

    const blocks = (year: number) => blocksOf(t.db, year)

    it('ranks a heading’s rows in the stored block it names in capitals, and says so', async () => {
      const result = await importFile(
        t.db,
        'assessments',
        await workbook([
          ['KẾT QUẢ XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2025 CỦA UBND CÁC XÃ, PHƯỜNG'],
          ['STT', 'Tên đơn vị', 'Tổng điểm', 'Xếp hạng'],
          ['I', 'KHỐI PHƯỜNG (2 đơn vị)', null, null],
          [1, 'Phường Hai', 88.5, 1],
          [2, 'Phường Một', 81.25, 2],
          ['II', 'KHỐI XÃ (2 đơn vị)', null, null],
          [1, 'Xã Một', 90.1, 1],
          [2, 'Xã Hai', 79.4, 2],
        ]),
        { parentCode: 'TN' },
      )
      expect(result.errors).toEqual([])
      expect(await blocks(2025)).toEqual([
        ['TN.P1', 'Phường'],
        ['TN.P2', 'Phường'],
        ['TN.X1', 'Xã'],
        ['TN.X2', 'Xã'],
      ])
      const said = result.warnings.filter((w) => w.code === 'COHORT_BLOCK_AS_STORED')
      expect(said.map((w) => [w.row, w.column])).toEqual([
        [4, null],
        [7, null],
      ])
      expect(said[0]?.message).toBe(
        'Khối “KHỐI PHƯỜNG” (2 đơn vị) là khối “Phường” đã lưu của cùng đơn vị cấp trên, chỉ viết ' +
          'khác: các đơn vị được xếp hạng trong khối “Phường”, để so sánh được với các năm đã lưu',
      )
      // The heading's own line names the block its rows went to.
      expect(result.warnings.find((w) => w.row === 3)?.message).toContain(
        'trong khối "Phường" gồm 2 đơn vị',
      )
    })

    it('takes a `cohort` cell the same way, and leaves a name no stored block has', async () => {
      const result = await importFile(
        t.db,
        'assessments',
        csv(
          'unit_code,year,cohort,points,rank',
          'TN.P1,2023,khối phường,80,1',
          'TN.X1,2023,Cụm xã miền núi,81,1',
        ),
        { lang: 'en' },
      )
      expect(await blocks(2023)).toEqual([
        ['TN.P1', 'Phường'],
        ['TN.X1', 'Cụm xã miền núi'],
      ])
      expect(
        result.warnings
          .filter((w) => w.code === 'COHORT_BLOCK_AS_STORED')
          .map((w) => [w.row, w.column]),
      ).toEqual([[2, 'cohort']])
    })
  })
}
