import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { handWrittenXlsx, inlineRow } from './__fixtures__/xlsx-sheets.ts'
import { parseCsv } from './parse-csv.ts'
import { cellText, FORMULA_ERROR_TEXT, readTable, UnreadableFileError } from './read-table.ts'

const bytes = (text: string) => new TextEncoder().encode(text)

describe('parseCsv', () => {
  it('handles quotes, escaped quotes, separators and line breaks inside quotes, CRLF', () => {
    const records = parseCsv('a,b\r\n"x, y","say ""hi"""\r\n"two\nlines",z\r\n')
    expect(records).toEqual([
      { row: 1, cells: ['a', 'b'] },
      { row: 2, cells: ['x, y', 'say "hi"'] },
      { row: 3, cells: ['two\nlines', 'z'] },
    ])
  })

  it('detects the semicolon from the header and keeps decimal commas intact', () => {
    expect(parseCsv('Năm;Tổng điểm\n2023;80,1')).toEqual([
      { row: 1, cells: ['Năm', 'Tổng điểm'] },
      { row: 2, cells: ['2023', '80,1'] },
    ])
  })

  it('tells the separator by its count on the first line that has one: tab, or a comma in a label', () => {
    expect(parseCsv('Mã đơn vị\tNăm\tChỉ số\nLA.X\t2024\t80,1\n')).toEqual([
      { row: 1, cells: ['Mã đơn vị', 'Năm', 'Chỉ số'] },
      { row: 2, cells: ['LA.X', '2024', '80,1'] },
    ])
    expect(parseCsv('Tên cơ quan, đơn vị;Năm;Chỉ số\nSở Nội vụ;2024;80,1')).toEqual([
      { row: 1, cells: ['Tên cơ quan, đơn vị', 'Năm', 'Chỉ số'] },
      { row: 2, cells: ['Sở Nội vụ', '2024', '80,1'] },
    ])
    // A title line without a separator, then a blank line, then the header.
    expect(parseCsv('KẾT QUẢ CHỈ SỐ CCHC NĂM 2024\n\nMã đơn vị;Chỉ số\nLA.X;80,1\n')[3]).toEqual({
      row: 4,
      cells: ['LA.X', '80,1'],
    })
    // Still a comma file when a quoted label holds semicolons.
    expect(parseCsv('"a;b;c",d\n1,2')[1]).toEqual({ row: 2, cells: ['1', '2'] })
  })

  it('numbers rows as the spreadsheet does, after multi-line cells', () => {
    const records = parseCsv('a\n"1\n2"\nb')
    expect(records.map((r) => r.row)).toEqual([1, 2, 4])
  })

  it('opens a quoted field only where the cell so far is blank; elsewhere a quote is text', () => {
    expect(parseCsv('a,b\n  "x,y" ,5 "inch"\n"q"r,""\n')).toEqual([
      { row: 1, cells: ['a', 'b'] },
      { row: 2, cells: ['x,y ', '5 "inch"'] },
      { row: 3, cells: ['qr', ''] },
    ])
  })

  it('keeps the rest of the file in a quoted field left open, and a last line without a break', () => {
    expect(parseCsv('a,b\n1,"open\n2,3')).toEqual([
      { row: 1, cells: ['a', 'b'] },
      { row: 2, cells: ['1', 'open\n2,3'] },
    ])
    expect(parseCsv('a;b\r\n1;2')).toEqual([
      { row: 1, cells: ['a', 'b'] },
      { row: 2, cells: ['1', '2'] },
    ])
  })
})

describe('readTable', () => {
  it('strips a BOM and skips blank lines', async () => {
    const table = await readTable(bytes('\uFEFFcode,name\n\nVN,Việt Nam\n,\n'))
    expect(table.header).toEqual(['code', 'name'])
    expect(table.rows).toEqual([{ row: 3, cells: ['VN', 'Việt Nam'] }])
  })

  it('refuses non-UTF-8 text, legacy .xls and empty files', async () => {
    await expect(readTable(new Uint8Array([0x4e, 0xe3, 0x6d]))).rejects.toMatchObject({
      code: 'INVALID_ENCODING',
    })
    await expect(readTable(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]))).rejects.toBeInstanceOf(
      UnreadableFileError,
    )
    await expect(readTable(bytes(''))).rejects.toMatchObject({ code: 'EMPTY_FILE' })
  })

  it('reads the first sheet of an XLSX: numbers, percent cells, dates and formulas as text', async () => {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('Kết quả')
    workbook.addWorksheet('Khác').addRow(['ignored'])
    sheet.addRow(['Mã đơn vị', 'Năm', 'Tổng điểm', 'Chỉ số', 'Ngày quyết định', 'Điểm tối đa'])
    sheet.addRow([
      'LA.THANH_HOA',
      2023,
      80.1,
      0.801,
      new Date(Date.UTC(2024, 0, 15)),
      { formula: '50*2', result: 100 },
    ])
    sheet.getCell('D2').numFmt = '0.0%'
    const buffer = await workbook.xlsx.writeBuffer()
    const table = await readTable(new Uint8Array(buffer as ArrayBuffer))
    expect(table.header).toEqual([
      'Mã đơn vị',
      'Năm',
      'Tổng điểm',
      'Chỉ số',
      'Ngày quyết định',
      'Điểm tối đa',
    ])
    expect(table.rows).toEqual([
      { row: 2, cells: ['LA.THANH_HOA', '2023', '80.1', '80.1%', '2024-01-15', '100'] },
    ])
  })

  it("reads the first tab even when its sheetId is not its file's number (tabs moved or deleted)", async () => {
    // Excel numbers sheet files by the tabs' order and keeps each tab's sheetId: here the first
    // tab, "2024", is sheet1.xml with sheetId 3, and sheetId 1 belongs to the second tab.
    const file = await handWrittenXlsx([
      {
        name: '2024',
        sheetId: 3,
        file: 1,
        rowsXml: inlineRow(1, ['Năm', 'Tổng điểm']) + inlineRow(2, ['2024', '91']),
      },
      {
        name: 'Ghi chú',
        sheetId: 1,
        file: 2,
        rowsXml: inlineRow(1, ['Ghi chú']) + inlineRow(2, ['not this one']),
      },
    ])
    const table = await readTable(file)
    expect(table.header).toEqual(['Năm', 'Tổng điểm'])
    expect(table.rows).toEqual([{ row: 2, cells: ['2024', '91'] }])
    // The tabs by name, in their order: the import names the ones it did not read.
    expect(table.sheets).toEqual(['2024', 'Ghi chú'])

    // The first tab deleted: the one left is sheet1.xml with sheetId 2.
    const left = await handWrittenXlsx([
      { name: 'B', sheetId: 2, file: 1, rowsXml: inlineRow(1, ['Năm']) + inlineRow(2, ['2025']) },
    ])
    expect((await readTable(left)).rows).toEqual([{ row: 2, cells: ['2025'] }])
    expect((await readTable(left)).sheets).toBeUndefined()
  })

  it('reads error cells and failed formulas as spreadsheet errors, and a formula of 0 as 0', async () => {
    const file = await handWrittenXlsx([
      {
        name: 'Kết quả',
        sheetId: 1,
        file: 1,
        rowsXml:
          inlineRow(1, ['Mã đơn vị', 'Tổng điểm', 'Xếp loại', 'Đã hủy']) +
          '<row r="2"><c r="A2" t="inlineStr"><is><t>LA.X</t></is></c>' +
          '<c r="B2" t="e"><f>VLOOKUP(A2,Sheet2!A:B,2,0)</f><v>#N/A</v></c>' +
          '<c r="C2" t="e"><v>#REF!</v></c>' +
          '<c r="D2"><f>B3-B3</f><v>0</v></c></row>',
      },
    ])
    expect((await readTable(file)).rows).toEqual([
      { row: 2, cells: ['LA.X', FORMULA_ERROR_TEXT, '#REF!', '0'] },
    ])
  })
})

describe('cellText', () => {
  it('shows a percent only where the format has one outside quotes', () => {
    expect(cellText(0.801, '0.0%')).toBe('80.1%')
    expect(cellText(80.1, '0.0"%"')).toBe('80.1')
    expect(cellText(80.1, '0.0\\%')).toBe('80.1')
    expect(cellText(80.1, '[Red]0.0')).toBe('80.1')
  })

  it("gives a formula's date as a date, and a formula's rounding residue as 0", () => {
    expect(cellText({ formula: 'DATE(2024,1,15)', result: 45306 }, 'dd/mm/yyyy')).toBe('2024-01-15')
    expect(cellText({ formula: 'A1+1', result: 45306 }, 'General')).toBe('45306')
    expect(cellText({ formula: 'B2-SUM(C2:J2)', result: 7.105427357601e-15 }, 'General')).toBe('0')
    expect(cellText(-3e-12)).toBe('0')
    expect(cellText(1e-4)).toBe('0.0001')
  })
})
