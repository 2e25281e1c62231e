import { describe, expect, it } from 'vitest'
import { downloadFileName } from './download-file-name.ts'

describe('downloadFileName', () => {
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
    expect(downloadFileName(parts, 'csv')).toBe(expected)
  })

  it('gives the same ASCII name with the format’s extension', () => {
    expect(downloadFileName(['rankings', 'TAY_NINH', 'COMMUNE', 'Phường', 2025], 'xlsx')).toBe(
      'rankings-tay-ninh-commune-phuong-2025.xlsx',
    )
    expect(downloadFileName([], 'xlsx')).toBe('export.xlsx')
  })
})
