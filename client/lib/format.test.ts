import { describe, expect, it } from 'vitest'
import { compareVi, formatDate, formatDelta, formatNumber, formatPercent, formatRank, formatRankChange } from './format.ts'

describe('formatNumber', () => {
  it.each([
    [80.1, 'vi', '80,1'],
    [80.1, 'en', '80.1'],
    [74.75, 'vi', '74,75'],
    [1234.5, 'vi', '1.234,5'],
    [1234.5, 'en', '1,234.5'],
    [100, 'vi', '100'],
  ] as const)('%s in %s → %s', (value, lang, expected) => {
    expect(formatNumber(value, lang)).toBe(expected)
  })

  it('shows a dash for missing values', () => {
    expect(formatNumber(null, 'vi')).toBe('–')
    expect(formatNumber(undefined, 'en')).toBe('–')
  })
})

describe('formatDelta', () => {
  it('signs changes in the locale format', () => {
    expect(formatDelta(5.35, 'vi')).toBe('+5,35')
    expect(formatDelta(5.35, 'en')).toBe('+5.35')
    expect(formatDelta(-2.76, 'vi')).toBe('-2,76')
    expect(formatDelta(0, 'vi')).toBe('0')
    expect(formatDelta(null, 'vi')).toBe('–')
  })
})

describe('formatRankChange', () => {
  it('draws rises and falls as arrows', () => {
    expect(formatRankChange(7)).toBe('↑7')
    expect(formatRankChange(-2)).toBe('↓2')
    expect(formatRankChange(0)).toBe('=')
    expect(formatRankChange(null)).toBe('–')
  })
})

describe('formatPercent, formatRank, formatDate', () => {
  it('formats percentages given as 0–100', () => {
    expect(formatPercent(69.1, 'vi')).toMatch(/^69,1\s?%$/)
    expect(formatPercent(69.1, 'en')).toBe('69.1%')
  })
  it('writes rank of total', () => {
    expect(formatRank(5, 15)).toBe('5/15')
  })
  it('writes dates day first in both languages', () => {
    expect(formatDate('2023-12-14', 'vi')).toBe('14/12/2023')
    expect(formatDate('2023-12-14', 'en')).toBe('14/12/2023')
    expect(formatDate('2025-07-01', 'vi')).toBe('01/07/2025')
  })
})

describe('compareVi', () => {
  it('sorts with Vietnamese collation (Đ after D, accents grouped with their letter)', () => {
    const names = ['Đức Hòa', 'Bến Lức', 'Cần Giuộc', 'Châu Thành', 'Dương Minh Châu', 'Ân Thi']
    expect([...names].sort(compareVi)).toEqual(['Ân Thi', 'Bến Lức', 'Cần Giuộc', 'Châu Thành', 'Dương Minh Châu', 'Đức Hòa'])
  })
})
