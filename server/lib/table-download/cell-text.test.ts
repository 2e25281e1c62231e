import { describe, expect, it } from 'vitest'
import { reportCellText } from './cell-text.ts'

describe('reportCellText', () => {
  it('prints indices and rates with two decimals in the reader’s decimal mark', () => {
    expect(reportCellText(80.1, 'decimal2', 'vi')).toBe('80,10')
    expect(reportCellText(80.1, 'decimal2', 'en')).toBe('80.10')
    expect(reportCellText(-5.349, 'decimal2', 'vi')).toBe('-5,35')
    expect(reportCellText(100, 'percent', 'vi')).toBe('100,00')
  })

  it('writes a scheme’s maximum as the scheme writes it, with no forced zeros', () => {
    expect(reportCellText(100, 'maximum', 'vi')).toBe('100')
    expect(reportCellText(71.5, 'maximum', 'vi')).toBe('71,5')
    expect(reportCellText(71.5, 'maximum', 'en')).toBe('71.5')
  })

  it('leaves counts, text and empty cells as they are', () => {
    expect(reportCellText(15, 'integer', 'vi')).toBe('15')
    expect(reportCellText('5/15', 'text', 'vi')).toBe('5/15')
    expect(reportCellText(null, 'decimal2', 'vi')).toBeNull()
  })

  it('writes a rank of its cohort’s size so that no spreadsheet takes it for a date', () => {
    expect(reportCellText('5/12', 'rank', 'vi')).toBe('5 trên 12')
    expect(reportCellText('5/15', 'rank', 'en')).toBe('5 of 15')
    expect(reportCellText(null, 'rank', 'vi')).toBeNull()
    expect(reportCellText(undefined, 'percent', 'en')).toBeUndefined()
  })
})
