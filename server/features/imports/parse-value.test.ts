import { describe, expect, it } from 'vitest'
import { parseDate, parseInteger, parseNumber, round } from './parse-value.ts'

describe('parseNumber', () => {
  it.each([
    ['86,98', 86.98],
    ['86.98', 86.98],
    ['80,1%', 80.1],
    [' 80,1 % ', 80.1],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['1.234.567', 1234567],
    ['1 234,5', 1234.5],
    ['-2,5', -2.5],
    ['−6,08', -6.08],
    ['– 1.234,5', -1234.5],
    ['100', 100],
    ['1.234', 1.234],
  ])('reads %j as %d', (text, value) => {
    expect(parseNumber(text)).toMatchObject({ ok: true, value })
  })

  it('marks percentages', () => {
    expect(parseNumber('80,1%')).toMatchObject({ percent: true })
    expect(parseNumber('80,1')).toMatchObject({ percent: false })
  })

  it.each(['', 'abc', '1,2,3.4.5', '12a', '1.23.4', '--1', '1,2.3,4', '–', '−', '−−1'])(
    'refuses %j',
    (text) => {
      expect(parseNumber(text).ok).toBe(false)
    },
  )
})

describe('parseInteger', () => {
  it('reads whole numbers and refuses fractions and percentages', () => {
    expect(parseInteger('12')).toEqual({ ok: true, value: 12 })
    expect(parseInteger('1,5').ok).toBe(false)
    expect(parseInteger('5%').ok).toBe(false)
  })
})

describe('parseDate', () => {
  it.each([
    ['15/01/2024', '2024-01-15'],
    ['5/1/2024', '2024-01-05'],
    ['15-01-2024', '2024-01-15'],
    ['15.01.2024', '2024-01-15'],
    ['2024-01-15', '2024-01-15'],
  ])('reads %j', (text, value) => {
    expect(parseDate(text)).toEqual({ ok: true, value })
  })

  it.each([
    ['29/02/2024', '2024-02-29'],
    ['2000-02-29', '2000-02-29'],
    ['30.4.1975', '1975-04-30'],
  ])('reads leap days and month ends %j', (text, value) => {
    expect(parseDate(text)).toEqual({ ok: true, value })
  })

  it.each([
    '31/02/2024',
    '2024-13-01',
    '15/01/24',
    'hôm nay',
    '29/02/2023',
    '1900-02-29',
    '2024-04-31',
    '00/01/2024',
    '2024-00-10',
  ])('refuses %j', (text) => {
    expect(parseDate(text).ok).toBe(false)
  })
})

describe('round', () => {
  it('rounds half up without binary noise', () => {
    expect(round((80.1 / 100) * 100)).toBe(80.1)
    expect(round(1.005)).toBe(1.01)
    expect(round((71.25 / 96.5) * 100)).toBe(73.83)
  })
})
