import { describe, expect, it } from 'vitest'
import { ImportIssues } from './import-issues.ts'
import { mapSheet } from './import-sheet.ts'
import { parseCsv } from './parse-csv.ts'
import { type Table } from './read-table.ts'

/** A table as readTable gives it, from CSV lines (blank lines dropped, as readTable does). */
function table(...lines: string[]): Table {
  const records = parseCsv(lines.join('\n')).filter((r) => r.cells.some((c) => c.trim() !== ''))
  const [head, ...rows] = records
  if (!head) throw new Error('no header')
  return { header: head.cells.map((c) => c.trim()), headerRow: head.row, rows }
}

function mapped(t: Table, kind: 'assessments' | 'tasks' = 'assessments') {
  const issues = new ImportIssues('en')
  const sheet = mapSheet(kind, t, issues)
  return { sheet, issues }
}

const codes = (issues: ImportIssues) =>
  issues.errors.map((e) => [e.row, e.column, e.code, e.details ?? null])

describe('mapSheet: the layout of an official table', () => {
  it('finds the header under title lines, merges a two-row header and drops the column numbers', () => {
    // The layout of a province's published table (title block, "Kết quả" over two columns,
    // a numbering row); rows: Quyết định 600/QĐ-UBND of Thanh Hóa, results of 2023.
    const { sheet, issues } = mapped(
      table(
        'UBND TỈNH THANH HÓA;;;;;;',
        'KẾT QUẢ XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2023;;;;;;',
        ';;;;;;',
        'STT;Mã đơn vị;Năm;Kết quả;;Xếp hạng;Số đơn vị',
        ';;;Tổng điểm đạt được;Chỉ số CCHC (%);;',
        '(1);(2);(3);(4);(5);(6);(7)',
        '1;TH.DONG_SON;2023;92,15;92,15;1;27',
        '2;TH.HOANG_HOA;2023;91,92;91,92;2;27',
      ),
    )
    expect(issues.errors).toEqual([])
    expect(issues.warnings).toEqual([
      expect.objectContaining({ row: 4, code: 'TITLE_ROWS_SKIPPED' }),
    ])
    expect(issues.warnings[0]?.message).toBe(
      'Rows 1–3 are above the header (row 4) and were skipped',
    )
    expect(sheet?.headerRow).toBe(4)
    expect([...(sheet?.index.keys() ?? [])]).toEqual([
      'unit_code',
      'year',
      'points',
      'index_pct',
      'rank',
      'cohort_size',
    ])
    expect(sheet?.rows.map((r) => [r.row, r.cells[1]])).toEqual([
      [7, 'TH.DONG_SON'],
      [8, 'TH.HOANG_HOA'],
    ])
  })

  it('takes the lower row as the header when it names more columns, the upper row the rest', () => {
    const { sheet, issues } = mapped(
      table(
        'Mã đơn vị,Năm,Điểm các lĩnh vực,,Tổng điểm',
        ',,Chỉ đạo điều hành,Cải cách thể chế,',
        'LA.X,2024,10,8,18',
      ),
    )
    expect(issues.errors).toEqual([])
    expect(issues.warnings).toEqual([])
    expect(sheet?.fieldColumns.map((f) => [f.code, f.index])).toEqual([
      ['LEADERSHIP', 2],
      ['INSTITUTIONS', 3],
    ])
    expect(sheet?.index.get('points')).toBe(4)
    expect(sheet?.rows.map((r) => r.row)).toEqual([3])
  })

  it('reads a file whose first row is its header as before, unknown columns and all', () => {
    const { sheet, issues } = mapped(table('unit_code,year,points,Cột lạ', 'LA.X,2024,80,'))
    expect(sheet).toBeNull()
    expect(codes(issues)).toEqual([[1, 'Cột lạ', 'UNKNOWN_COLUMN', null]])
    expect(issues.warnings).toEqual([])
  })

  it('sets aside a column of remarks, counting the rows that hold one', () => {
    const { sheet, issues } = mapped(
      table(
        'unit_code,year,points,Ghi chú',
        'LA.X,2024,80,',
        'LA.Y,2024,75,Đơn vị mới thành lập',
        'LA.Z,2024,70,',
      ),
    )
    expect(sheet?.index.get('points')).toBe(2)
    expect(codes(issues)).toEqual([])
    expect(issues.warnings.map((w) => [w.row, w.column, w.code, w.message])).toEqual([
      [
        1,
        'Ghi chú',
        'NOTE_COLUMN_SKIPPED',
        'Column "Ghi chú" is not imported: 1 row holds a note, to be read in the file itself',
      ],
    ])
  })

  it('ignores a numbering column headed "#" or "Số TT"', () => {
    for (const header of ['#', 'Số TT', 'STT']) {
      const { sheet, issues } = mapped(table(`${header},unit_code,year,points`, '1,LA.X,2024,80'))
      expect(codes(issues)).toEqual([])
      expect(sheet?.index.get('unit_code')).toBe(1)
    }
  })
})

describe('mapSheet: values no column can hold', () => {
  it('names each row with a value right of the last header (a decimal comma in a comma file)', () => {
    const { sheet, issues } = mapped(
      table('unit_code,year,points', 'LA.X,2023,80', 'LA.Y,2023,80,1', 'LA.Z,2023,79,5,'),
    )
    expect(sheet).toBeNull()
    expect(issues.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [3, '#4', 'CELL_WITHOUT_HEADER'],
      [4, '#4', 'CELL_WITHOUT_HEADER'],
    ])
    expect(issues.errors[0]?.message).toContain('The value "1" is in column #4')
  })

  it('refuses a spreadsheet error shown in a cell (#N/A, #REF!, a formula that failed)', () => {
    const { sheet, issues } = mapped(
      table('unit_code,year,points,grade', 'LA.X,2023,#N/A,GOOD', 'LA.Y,2023,80,#REF!'),
    )
    expect(sheet).toBeNull()
    expect(issues.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [2, 'points', 'CELL_ERROR'],
      [3, 'grade', 'CELL_ERROR'],
    ])
  })

  it('refuses a field given twice (its code and its name) instead of keeping one silently', () => {
    const { sheet, issues } = mapped(
      table('unit_code,year,points,field:LEADERSHIP,Chỉ đạo điều hành', 'LA.X,2023,10,10,9'),
    )
    expect(sheet).toBeNull()
    expect(issues.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [1, 'Chỉ đạo điều hành', 'DUPLICATE_COLUMN'],
    ])
  })
})
