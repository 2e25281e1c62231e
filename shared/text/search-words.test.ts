import { describe, expect, it } from 'vitest'
import { foldLabel } from './fold-unit-name.ts'
import { searchWords } from './search-words.ts'

/** Whether a search finds a name, as the stored search keys are matched. */
const finds = (query: string, name: string) =>
  searchWords(query).every((word) => foldLabel(name).includes(word))

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
})
