import { describe, expect, it } from 'vitest'
import { formatMaxPoints, formatNumber, formatOfficial, ordinal, padRank } from './format-number.ts'

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

describe('formatOfficial: indices, points and changes as official tables print them', () => {
  it.each([
    [80.1, 'vi', '80,10'],
    [80.1, 'en', '80.10'],
    [100, 'vi', '100,00'],
    [80.1 - 74.75, 'vi', '5,35'],
    [5.349, 'en', '5.35'],
    [66.666, 'vi', '66,67'],
    [-2.5, 'vi', '-2,50'],
    [-0.001, 'en', '0.00'],
    [0, 'vi', '0,00'],
  ] as const)('%d in %s → %s', (value, lang, expected) => {
    expect(formatOfficial(value, lang)).toBe(expected)
  })
})

describe('formatMaxPoints: a scheme maximum with no forced trailing zeros', () => {
  it.each([
    [100, 'vi', '100'],
    [100, 'en', '100'],
    [71.5, 'vi', '71,5'],
    [71.5, 'en', '71.5'],
    [2.25, 'vi', '2,25'],
    [10, 'vi', '10'],
  ] as const)('%d in %s → %s', (value, lang, expected) => {
    expect(formatMaxPoints(value, lang)).toBe(expected)
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
