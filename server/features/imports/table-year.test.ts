// The year of a table without a year column: asked for, or the one its title names, never the
// decision's date under it.
import { describe, expect, it } from 'vitest'
import { tableYear, yearsInTitle } from './table-year.ts'

const title = (...lines: string[]) => lines.map((line, i) => ({ row: i + 1, cells: [line] }))

describe('the year of a table', () => {
  it('reads the year its title names, not the date of the decision under it', () => {
    const rows = title(
      'ỦY BAN NHÂN DÂN TỈNH THANH HÓA',
      'KẾT QUẢ XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2023',
      'Kèm theo Quyết định số 600/QĐ-UBND ngày 05 tháng 02 năm 2024',
    )
    expect(tableYear(undefined, rows)).toEqual({ year: 2023, from: 'title', row: 2 })
  })

  it('sets aside a line citing a decision without "số" or a date', () => {
    const rows = title('CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2023', '(Kèm theo QĐ 24/QĐ-UBND năm 2024)')
    expect(tableYear(undefined, rows)).toEqual({ year: 2023, from: 'title', row: 1 })
  })

  it('takes the year asked for over the title', () => {
    const rows = title('CHỈ SỐ CCHC NĂM 2023')
    expect(tableYear(2024, rows)).toEqual({ year: 2024, from: 'request', row: null })
  })

  it('reads a year written alone, and sets aside the lines that date or cite a decision', () => {
    const rows = title(
      'ỦY BAN NHÂN DÂN TỈNH TÂY NINH',
      'Số: 2729/QĐ-UBND',
      'Tây Ninh, ngày 25 tháng 12, năm 2023',
      'BẢNG XẾP HẠNG CHỈ SỐ CCHC 2022',
    )
    expect(tableYear(undefined, rows)).toEqual({ year: 2022, from: 'title', row: 4 })
  })

  it('gives none when the title names two years, or none', () => {
    expect(tableYear(undefined, title('SO SÁNH NĂM 2023 VÀ NĂM 2024'))).toBeNull()
    expect(tableYear(undefined, title('GIAI ĐOẠN 2021–2025'))).toBeNull()
    expect(tableYear(undefined, title('BẢNG XẾP HẠNG', 'Ngày 05/02/2024'))).toBeNull()
    expect(tableYear(undefined, [])).toBeNull()
  })

  it('reads a title typed in decomposed Unicode, and ignores years out of range', () => {
    expect([...yearsInTitle(title('Chỉ số năm 2025'.normalize('NFD')))]).toEqual([[2025, 1]])
    expect([...yearsInTitle(title('NĂM 1890'))]).toEqual([])
  })
})
