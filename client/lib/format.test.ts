import { describe, expect, it } from 'vitest'
import {
  listText,
  compareVi,
  formatDate,
  formatDelta,
  formatDeltaTick,
  formatIndex,
  formatIndexPercent,
  formatMaxPoints,
  formatNumber,
  formatPercent,
  formatPoints,
  formatRate,
  formatRank,
  formatRankChange,
  formatRankWords,
  formatTick,
  formatTimestamp,
  formatYearSpan,
  MINUS_SIGN,
  shownNumber,
} from './format.ts'

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

describe('formatMaxPoints: a scheme maximum with no forced trailing zeros', () => {
  it.each([
    [100, 'vi', '100'],
    [71.5, 'vi', '71,5'],
    [71.5, 'en', '71.5'],
    [2.25, 'en', '2.25'],
  ] as const)('%s in %s → %s', (value, lang, expected) => {
    expect(formatMaxPoints(value, lang)).toBe(expected)
  })

  it('shows a dash when the year has no scheme', () => {
    expect(formatMaxPoints(null, 'vi')).toBe('–')
  })
})

describe('formatIndex and formatPoints: two decimals, as official tables print them', () => {
  it.each([
    [80.1, 'vi', '80,10'],
    [80.1, 'en', '80.10'],
    [89.41, 'vi', '89,41'],
    [90, 'vi', '90,00'],
    [100, 'en', '100.00'],
    [66.666, 'vi', '66,67'],
    [79.8, 'en', '79.80'],
  ] as const)('%s in %s → %s', (value, lang, expected) => {
    expect(formatIndex(value, lang)).toBe(expected)
    expect(formatPoints(value, lang)).toBe(expected)
  })

  it('gives one column one number of decimals (90,10 / 89,41 / 79,80)', () => {
    expect([90.1, 89.41, 79.8].map((v) => formatIndex(v, 'vi'))).toEqual([
      '90,10',
      '89,41',
      '79,80',
    ])
  })

  it('shows a dash for missing values', () => {
    expect(formatIndex(null, 'vi')).toBe('–')
    expect(formatPoints(undefined, 'en')).toBe('–')
  })

  it('writes an index with its per cent sign', () => {
    expect(formatIndexPercent(90.48, 'vi')).toMatch(/^90,48\s?%$/)
    expect(formatIndexPercent(80.1, 'en')).toBe('80.10%')
  })
})

describe('formatDelta', () => {
  it('signs changes in index points with two decimals', () => {
    expect(formatDelta(5.35, 'vi')).toBe('+5,35')
    expect(formatDelta(5.35, 'en')).toBe('+5.35')
    // A minus sign (U+2212), as wide as the plus, never a hyphen.
    expect(formatDelta(-2.76, 'vi')).toBe('\u22122,76')
    expect(formatDelta(-1.2, 'en')).toBe('\u22121.20')
    expect(formatDelta(-0.001, 'vi')).toBe('0,00')
    expect(formatDelta(0, 'vi')).toBe('0,00')
    expect(formatDelta(null, 'vi')).toBe('–')
  })
})

describe('negative figures', () => {
  it('are written with the minus sign by every formatter of shown numbers', () => {
    const formatters = [
      (v: number) => formatNumber(v, 'vi'),
      (v: number) => formatIndex(v, 'vi'),
      (v: number) => formatPoints(v, 'en'),
      (v: number) => formatDelta(v, 'vi'),
      (v: number) => formatPercent(v, 'vi'),
      (v: number) => formatRate(v, 'en'),
      (v: number) => formatIndexPercent(v, 'vi'),
      (v: number) => formatTick(v, 'vi'),
      (v: number) => formatDeltaTick(v, 'en'),
    ]
    for (const format of formatters) {
      const text = format(-3.5)
      expect(text.startsWith(MINUS_SIGN), text).toBe(true)
      expect(text).not.toContain('-')
    }
    expect(formatNumber(-1234.5, 'vi')).toBe('\u22121.234,5')
  })

  it('leave other text as it is', () => {
    expect(shownNumber('-0,36')).toBe('\u22120,36')
    expect(shownNumber('+5,35')).toBe('+5,35')
    expect(shownNumber('80,10')).toBe('80,10')
  })
})

describe('axis ticks', () => {
  it('are scale marks without trailing zeros', () => {
    expect(formatTick(80, 'vi')).toBe('80')
    expect(formatTick(2.5, 'vi')).toBe('2,5')
    expect(formatDeltaTick(4, 'en')).toBe('+4')
    expect(formatDeltaTick(-2, 'vi')).toBe('\u22122')
    expect(formatDeltaTick(0, 'vi')).toBe('0')
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

describe('formatYearSpan', () => {
  it('writes a span of years, or its one year', () => {
    expect(formatYearSpan(2019, 2025)).toBe('2019–2025')
    expect(formatYearSpan(2025, 2025)).toBe('2025')
    expect(formatYearSpan(undefined, 2025)).toBe('2025')
    expect(formatYearSpan(2023, undefined)).toBe('2023')
    expect(formatYearSpan(undefined, undefined)).toBe('')
  })
})

describe('formatTimestamp', () => {
  it("writes the date as decisions do, then the time, in the reader's time zone", () => {
    const at = new Date(2026, 11, 5, 9, 4)
    expect(formatTimestamp(at.toISOString(), 'vi')).toBe('05/12/2026, 09:04')
    expect(formatTimestamp(at.toISOString(), 'en')).toBe('5 December 2026, 09:04')
    expect(formatTimestamp(null, 'vi')).toBe('–')
    expect(formatTimestamp('not a time', 'vi')).toBe('not a time')
  })
})

describe('formatRate', () => {
  it('writes one decimal always, so a column of rates reads evenly', () => {
    expect(formatRate(71, 'vi')).toBe('71,0')
    expect(formatRate((29 / 31) * 100, 'vi')).toBe('93,5')
    expect(formatRate(88.89, 'en')).toBe('88.9')
    expect(formatRate(null, 'en')).toBe('–')
  })
})

describe('formatPercent, formatRank, formatDate', () => {
  it('formats percentages given as 0–100', () => {
    expect(formatPercent(69.1, 'vi')).toMatch(/^69,1\s?%$/)
    expect(formatPercent(69.1, 'en')).toBe('69.1%')
  })
  it('writes rank of total, never "#5"', () => {
    expect(formatRank(5, 15)).toBe('5/15')
    expect(formatRank(13)).toBe('13')
    expect(formatRank(null, 15)).toBe('–')
  })
  it('writes a rank in words', () => {
    expect(formatRankWords(5, 'vi')).toBe('hạng 5')
    expect(formatRankWords(5, 'vi', 15)).toBe('hạng 5/15')
    expect(formatRankWords(5, 'en', 15)).toBe('rank 5/15')
  })
  it('writes dates day first: in figures in Vietnamese, the month in words in English', () => {
    expect(formatDate('2023-12-14', 'vi')).toBe('14/12/2023')
    expect(formatDate('2023-12-14', 'en')).toBe('14 December 2023')
    expect(formatDate('2025-07-01', 'vi')).toBe('01/07/2025')
    expect(formatDate('2025-07-01', 'en')).toBe('1 July 2025')
    expect(formatDate(null, 'en')).toBe('–')
    expect(formatDate('2025', 'en')).toBe('2025')
  })
})

describe('compareVi', () => {
  it('sorts with Vietnamese collation (Đ after D, accents grouped with their letter)', () => {
    const names = ['Đức Hòa', 'Bến Lức', 'Cần Giuộc', 'Châu Thành', 'Dương Minh Châu', 'Ân Thi']
    expect([...names].sort(compareVi)).toEqual([
      'Ân Thi',
      'Bến Lức',
      'Cần Giuộc',
      'Châu Thành',
      'Dương Minh Châu',
      'Đức Hòa',
    ])
  })
})

describe('listText', () => {
  it('joins a list as running text in either language, without a comma before the last', () => {
    expect(listText(['63', '34'], 'vi')).toBe('63 và 34')
    expect(listText(['63', '45', '34'], 'en')).toBe('63, 45 and 34')
    expect(listText(['15'], 'en')).toBe('15')
  })
})
