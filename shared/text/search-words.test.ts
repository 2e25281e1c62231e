import { describe, expect, it } from 'vitest'
import { keyMatchesWords, searchWords, unitNameMatches } from './search-words.ts'

/** Whether a search finds a name, as the stored search keys are matched. */
const finds = (query: string, name: string) => unitNameMatches(name, searchWords(query))

describe('searchWords', () => {
  it('folds accents and case, and is empty for an empty search', () => {
    expect(searchWords('Thạnh  HOÁ')).toEqual(['thanh', 'hoa'])
    expect(searchWords('')).toEqual([])
    expect(searchWords(undefined)).toEqual([])
    expect(searchWords('  ')).toEqual([])
  })

  it('reads the levels officials abbreviate at the start of a name', () => {
    expect(finds('tp tan an', 'Thành phố Tân An')).toBe(true)
    expect(finds('TP. Tân An', 'Thành phố Tân An')).toBe(true)
    expect(finds('tx kien tuong', 'Thị xã Kiến Tường')).toBe(true)
    expect(finds('tt thanh hoa', 'Thị trấn Thạnh Hóa')).toBe(true)
    expect(finds('H. Đức Hòa', 'Huyện Đức Hòa')).toBe(true)
    // Not another level's unit of the same name.
    expect(finds('tx kien tuong', 'Huyện Kiến Tường')).toBe(false)
  })

  it('reads a department’s abbreviation as its words', () => {
    expect(finds('so tnmt', 'Sở Tài nguyên và Môi trường')).toBe(true)
    expect(finds('Sở LĐ-TB&XH', 'Sở Lao động - Thương binh và Xã hội')).toBe(true)
  })

  it('leaves other words as they are', () => {
    expect(searchWords('tan')).toEqual(['tan'])
    // One letter without its dot is a letter: "h" occurs in "Huyện".
    expect(searchWords('h duc hoa')).toEqual(['h', 'duc', 'hoa'])
    expect(finds('h duc hoa', 'Huyện Đức Hòa')).toBe(true)
  })

  it('matches each word at the start of a word of the name, accents optional', () => {
    expect(finds('tan an', 'Phường Tân An')).toBe(true)
    expect(finds('tan an', 'Phường Tân Ninh')).toBe(false)
    expect(finds('tan', 'Phường Tân Ninh')).toBe(true)
    expect(finds('an', 'Huyện Thạnh Hóa')).toBe(false)
    expect(finds('thanh ho', 'Huyện Thạnh Hóa')).toBe(true)
    expect(finds('hoa', 'Huyện Thạnh Hóa')).toBe(true)
    expect(finds('oa', 'Huyện Thạnh Hóa')).toBe(false)
    // A word after punctuation is a word: "Ea H’leo", "Lao động - Thương binh".
    expect(finds('leo', 'Huyện Ea H’leo')).toBe(true)
    expect(finds('thuong binh', 'Sở Lao động - Thương binh và Xã hội')).toBe(true)
    // The abbreviations still read as their words.
    expect(finds('tp tan an', 'Thành phố Tân An')).toBe(true)
    expect(finds('tp tan an', 'Phường Tân An')).toBe(false)
    expect(finds('sở tnmt', 'Sở Tài nguyên và Môi trường')).toBe(true)
  })

  it('reads a key as its words split by spaces', () => {
    expect(keyMatchesWords('phuong tan an', ['tan', 'an'])).toBe(true)
    expect(keyMatchesWords('phuong tan ninh', ['tan', 'an'])).toBe(false)
    expect(keyMatchesWords('phuong tan ninh', [])).toBe(true)
  })
})
