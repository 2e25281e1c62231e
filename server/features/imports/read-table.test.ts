import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { parseCsv } from './parse-csv.ts'
import { readTable, UnreadableFileError } from './read-table.ts'

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
})
