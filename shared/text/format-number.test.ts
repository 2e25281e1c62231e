import { describe, expect, it } from 'vitest'
import { formatNumber, ordinal, padRank } from './format-number.ts'

describe('formatNumber', () => {
  it.each([
    [80.1, 'vi', '80,1'],
    [80.1, 'en', '80.1'],
    [100, 'vi', '100'],
    [5.35, 'vi', '5,35'],
    [80.1 - 74.75, 'vi', '5,35'],
    [95.8, 'en', '95.8'],
    [66.666, 'vi', '66,67'],
    [80.10000001, 'vi', '80,1'],
    [-2.5, 'vi', '-2,5'],
    [0, 'en', '0'],
  ] as const)('%d in %s → %s', (value, lang, expected) => {
    expect(formatNumber(value, lang)).toBe(expected)
  })

  it('honours fewer decimals', () => {
    expect(formatNumber(66.666, 'vi', 1)).toBe('66,7')
  })
})

describe('padRank', () => {
  it.each([
    [5, '05'],
    [7, '07'],
    [15, '15'],
    [-7, '07'],
    [123, '123'],
  ])('%d → %s', (value, expected) => {
    expect(padRank(value)).toBe(expected)
  })
})

describe('ordinal', () => {
  it.each([
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [4, '4th'],
    [5, '5th'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [21, '21st'],
    [22, '22nd'],
    [23, '23rd'],
    [100, '100th'],
    [101, '101st'],
    [111, '111th'],
  ])('%d → %s', (value, expected) => {
    expect(ordinal(value)).toBe(expected)
  })
})
