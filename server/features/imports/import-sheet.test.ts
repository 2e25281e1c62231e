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

  it('reads a group label merged over the labels of its columns as the upper header row', () => {
    // "Điểm đánh giá" (itself a label of the points) over four columns: the lower row names them.
    const { sheet, issues } = mapped(
      table(
        'STT;Tên đơn vị;Năm;Điểm đánh giá;;;',
        ';;;Điểm tối đa;Điểm thẩm định;Chỉ số (%);Tăng/giảm so với năm 2020',
        '1;Huyện A;2021;100;80;80;1,5',
      ),
    )
    expect(codes(issues)).toEqual([])
    expect([...(sheet?.index ?? [])]).toEqual([
      ['unit_name', 1],
      ['year', 2],
      ['max_points', 3],
      ['points', 4],
      ['index_pct', 5],
    ])
    expect(issues.warnings.map((w) => w.code)).toEqual(['COMPARISON_COLUMN_SKIPPED'])
  })

  it('takes the lower of two rows naming as many labels when the upper stands over its blanks', () => {
    // The lower row's unknown label is named as such, not as values past the header.
    const { issues } = mapped(
      table(
        'Tên đơn vị;Năm;Điểm đánh giá;;;',
        ';;Điểm tối đa;Điểm thẩm định;Chỉ số (%);Cột lạ',
        'Huyện A;2021;100;80;80;x',
      ),
    )
    expect(codes(issues)).toEqual([[1, 'Cột lạ', 'UNKNOWN_COLUMN', null]])
  })

  it('reads a file whose first row is its header as before, unknown columns and all', () => {
    const { sheet, issues } = mapped(table('unit_code,year,points,Cột lạ', 'LA.X,2024,80,'))
    expect(sheet).toBeNull()
    expect(codes(issues)).toEqual([[1, 'Cột lạ', 'UNKNOWN_COLUMN', null]])
    expect(issues.warnings).toEqual([])
  })

  it.each([
    ['Điểm', 'points'],
    ['Điểm số', 'points'],
    ['Điểm đánh giá', 'points'],
    ['Tổng điểm đánh giá', 'points'],
    ['Điểm tổng hợp', 'points'],
    ['Chỉ số cải cách hành chính (điểm)', 'points'],
    ['Chỉ số CCHC (Điểm)', 'points'],
    ['Vị thứ', 'rank'],
    ['Hạng', 'rank'],
    ['Xếp thứ', 'rank'],
  ])('reads the header %j as the column %s', (label, key) => {
    const { sheet, issues } = mapped(table(`Đơn vị;Năm;${label};Chỉ số CCHC (%)`, 'A;2024;1;80'))
    expect(codes(issues)).toEqual([])
    // The index's own column stays the index; a points label beside it is the points.
    expect([...(sheet?.index ?? [])].filter(([, i]) => i === 2).map(([k]) => k)).toEqual([key])
  })

  it('reads a header naming the level of the units listed as their names', () => {
    const { sheet, issues } = mapped(table('Huyện, thị xã, thành phố;Năm;Điểm', 'A;2024;80'))
    expect(codes(issues)).toEqual([])
    expect(sheet?.index.get('unit_name')).toBe(0)
  })

  it('reads an index in points naming its year, and no unit but points as points', () => {
    const named = mapped(table('Đơn vị;Chỉ số CCHC năm 2022 (điểm)', 'A;80'))
    expect(codes(named.issues)).toEqual([])
    expect(named.sheet?.columnYears.map((c) => [c.key, c.year])).toEqual([['points', 2022]])
    // "(%)" is no unit of points: "Tỷ lệ điểm (%)" is no label the import knows.
    const percent = mapped(table('Đơn vị;Năm;Tỷ lệ điểm (%)', 'A;2024;80'))
    expect(codes(percent.issues)).toContainEqual([1, 'Tỷ lệ điểm (%)', 'UNKNOWN_COLUMN', null])
  })

  it('sets aside the parts of the total, the appraised one too when named as the points', () => {
    const beside = mapped(
      table('Đơn vị;Năm;Điểm đánh giá;Điểm điều tra XHH;Tổng điểm', 'A;2024;60;28;88'),
    )
    expect(codes(beside.issues)).toEqual([])
    expect(beside.sheet?.index.get('points')).toBe(4)
    expect(beside.issues.warnings.map((w) => [w.column, w.code])).toEqual([
      ['Điểm đánh giá', 'PART_COLUMN_SKIPPED'],
      ['Điểm điều tra XHH', 'PART_COLUMN_SKIPPED'],
    ])
    // The parts and the index: the index alone is read, never a part as the total.
    const withIndex = mapped(
      table('Đơn vị;Năm;Điểm thẩm định;Điểm điều tra XHH;Chỉ số', 'A;2024;60;28;88'),
    )
    expect(codes(withIndex.issues)).toEqual([])
    expect(withIndex.sheet?.index.has('points')).toBe(false)
    expect(withIndex.sheet?.index.get('index_pct')).toBe(4)
    // The appraised part is the one printed just before the survey's: the other is the total.
    for (const [header, points] of [
      ['Đơn vị;Năm;Điểm thẩm định;Điểm điều tra XHH;Điểm đánh giá', 4],
      ['Đơn vị;Năm;Điểm đánh giá;Điểm thẩm định;Điểm điều tra XHH', 2],
      // Printed after the survey's: still the part, and the index alone is read.
      ['Đơn vị;Năm;Điểm điều tra XHH;Điểm thẩm định;Chỉ số', undefined],
      ['Đơn vị;Năm;Tổng điểm;Điểm khảo sát;Điểm đánh giá', 2],
    ] as const) {
      const read = mapped(table(header, 'A;2024;60;28;88'))
      expect(codes(read.issues)).toEqual([])
      expect(read.sheet?.index.get('points')).toBe(points)
    }
    // The parts alone: refused, saying what to add.
    const alone = mapped(table('Đơn vị;Năm;Điểm đánh giá;Điểm điều tra XHH', 'A;2024;60;28'))
    expect(alone.sheet).toBeNull()
    expect(alone.issues.errors.map((e) => [e.code, e.message])).toEqual([
      [
        'POINTS_OR_INDEX_REQUIRED',
        'The table gives only the parts of the total points: add a "Tổng điểm" or a "Chỉ số" column',
      ],
    ])
  })

  it('sets aside a header repeated with its row of column numbers', () => {
    const { sheet, issues } = mapped(
      table(
        'Đơn vị;Năm;Tổng điểm;Xếp hạng',
        '(1);(2);(3);(4)',
        'A;2024;80;1',
        'Đơn vị;Năm;Tổng điểm;Xếp hạng',
        '(1);(2);(3);(4)',
        'B;2024;70;2',
      ),
    )
    expect(codes(issues)).toEqual([])
    expect(sheet?.rows.map((r) => r.row)).toEqual([3, 6])
  })

  it('sets aside a two-row header repeated at a page break, each line and the numbers', () => {
    // Thanh Hóa's layout (Quyết định 600/QĐ-UBND, results of 2023) as a Word table converted
    // page by page: the merged header and the column numbers printed again over the next page.
    const header = [
      'STT;Mã đơn vị;Năm;Kết quả;;Xếp hạng;Số đơn vị',
      ';;;Tổng điểm đạt được;Chỉ số CCHC (%);;',
      '(1);(2);(3);(4);(5);(6);(7)',
    ]
    const { sheet, issues } = mapped(
      table(
        'KẾT QUẢ XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2023;;;;;;',
        ...header,
        '1;TH.DONG_SON;2023;92,15;92,15;1;27',
        ...header,
        '2;TH.HOANG_HOA;2023;91,92;91,92;2;27',
      ),
    )
    expect(codes(issues)).toEqual([])
    expect(sheet?.rows.map((r) => r.row)).toEqual([5, 9])
    expect(
      issues.warnings.filter((w) => w.code === 'HEADER_REPEATED_SKIPPED').map((w) => w.row),
    ).toEqual([6, 7, 8])
    // A lower line repeated alone (the upper one left on the page before) is set aside too.
    const lowerOnly = mapped(
      table(...header, '1;TH.A;2023;92;92;1;2', header[1] as string, '2;TH.B;2023;91;91;2;2'),
    )
    expect(codes(lowerOnly.issues)).toEqual([])
    expect(lowerOnly.sheet?.rows.map((r) => r.row)).toEqual([4, 6])
  })

  it('counts the remarks of data rows only, and reads a lineage file’s remarks as its note', () => {
    const { issues } = mapped(
      table(
        'Đơn vị;Năm;Tổng điểm;Ghi chú',
        'A;2024;80;',
        'Đơn vị;Năm;Tổng điểm;Ghi chú',
        'B;2024;70;',
      ),
    )
    expect(issues.warnings.map((w) => [w.code, w.message])).toEqual([
      ['NOTE_COLUMN_SKIPPED', 'Column "Ghi chú" is not imported (it is empty)'],
      ['HEADER_REPEATED_SKIPPED', 'This row repeats the column headers (row 1): set aside'],
    ])
    const lineage = new ImportIssues('en')
    const sheet = mapSheet(
      'lineage',
      table('Sự kiện;Mã đơn vị cũ;Mã đơn vị mới;Ngày hiệu lực;Nhận xét', 'MERGE;A;B;01/07/2025;x'),
      lineage,
    )
    expect(lineage.warnings).toEqual([])
    expect(sheet?.index.get('note')).toBe(4)
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
    expect(issues.errors.map((e) => [e.row, e.column, e.code, e.unit])).toEqual([
      [3, '#4', 'CELL_WITHOUT_HEADER', 'LA.Y'],
      [4, '#4', 'CELL_WITHOUT_HEADER', 'LA.Z'],
    ])
    // The other rows are still read for their own problems; the shifted ones are not.
    expect(sheet?.rows.map((r) => r.row)).toEqual([2])
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

describe('mapSheet: a missing column names its key', () => {
  it('tells a table without a year, whose title names none, by the key `year` in the details', () => {
    // The Data page points such a table to its year field (the request's `year=`).
    const { issues } = mapped(
      table(
        'UBND TỈNH TÂY NINH;;',
        'KẾT QUẢ XÁC ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CỦA CÁC SỞ, BAN, NGÀNH TỈNH;;',
        'STT;Mã đơn vị;Tổng điểm',
        '1;TAY_NINH.VP_UBND;68,1',
      ),
    )
    expect(codes(issues)).toEqual([[3, null, 'MISSING_COLUMN', { key: 'year' }]])
  })

  it('names the unit column the same way', () => {
    const { issues } = mapped(table('Năm;Tổng điểm', '2024;68,1'))
    expect(codes(issues)).toEqual([[1, null, 'MISSING_COLUMN', { key: 'unit_code' }]])
  })
})
