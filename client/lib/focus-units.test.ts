import { describe, expect, it } from 'vitest'
import { labelFocusedRows } from './focus-label.ts'
import { filterByName, focusUnits, foldName, MAX_HIGHLIGHTS, nameMatcher } from './focus-units.ts'

const units = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ code: `U${i + 1}`, name: `Xã Số ${i + 1}` }))
const nameOf = (u: { name: string }) => u.name

describe('name search', () => {
  it('ignores case and Vietnamese diacritics', () => {
    expect(foldName('  Huyện  Thạnh Hóa ')).toBe('huyen thanh hoa')
    expect(foldName('Đức Huệ')).toBe('duc hue')
    const match = nameMatcher('thanh hoa')
    expect(match?.('Huyện Thạnh Hóa')).toBe(true)
    expect(match?.('Huyện Thủ Thừa')).toBe(false)
    expect(nameMatcher('HOA THANH')?.('Huyện Thạnh Hóa')).toBe(true)
    expect(nameMatcher('duc')?.('Huyện Đức Hòa')).toBe(true)
  })

  it('matches each word at the start of a word of the name, as the server does', () => {
    const match = nameMatcher('tan an')
    expect(match?.('Phường Tân An')).toBe(true)
    expect(match?.('Phường Tân Ninh')).toBe(false)
    expect(nameMatcher('an')?.('Huyện Thạnh Hóa')).toBe(false)
    expect(nameMatcher('tp tan an')?.('Thành phố Tân An')).toBe(true)
    expect(nameMatcher('sở tnmt')?.('Sở Tài nguyên và Môi trường')).toBe(true)
    expect(
      filterByName(
        [{ name: 'Phường Tân An' }, { name: 'Phường Tân Ninh' }, { name: 'Xã An Ninh' }],
        'an',
        nameOf,
      ),
    ).toEqual([{ name: 'Phường Tân An' }, { name: 'Xã An Ninh' }])
  })

  it('treats a blank query as no filter', () => {
    expect(nameMatcher('   ')).toBeNull()
    expect(filterByName(units(3), ' ', nameOf)).toHaveLength(3)
    expect(
      filterByName([{ name: 'Huyện Thạnh Hóa' }, { name: 'Huyện Bến Lức' }], 'thạnh', nameOf),
    ).toEqual([{ name: 'Huyện Thạnh Hóa' }])
  })
})

describe('focusUnits', () => {
  it('keeps a small cohort whole, in order, with its places', () => {
    const result = focusUnits(units(15), { nameOf })
    expect(result.focused).toBe(false)
    expect(result.rows.map((r) => r.position)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1))
    expect(result.rows.every((r) => !r.highlighted)).toBe(true)
  })

  it('keeps 40 units whole and focuses 41', () => {
    expect(focusUnits(units(40), { nameOf }).focused).toBe(false)
    expect(focusUnits(units(41), { nameOf }).focused).toBe(true)
  })

  it('shows the top and bottom N of a large cohort', () => {
    const result = focusUnits(units(10_600), { nameOf, size: 10 })
    expect(result.focused).toBe(true)
    expect(result.total).toBe(10_600)
    expect(result.rows).toHaveLength(20)
    expect(result.rows.slice(0, 10).map((r) => r.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    expect(result.rows.slice(10).map((r) => r.position)).toEqual([
      10_591, 10_592, 10_593, 10_594, 10_595, 10_596, 10_597, 10_598, 10_599, 10_600,
    ])
  })

  it('adds the searched unit, highlighted at its place in the order', () => {
    const result = focusUnits(units(10_600), { nameOf, size: 5, query: 'xa so 5300' })
    expect(result.rows).toHaveLength(11)
    const found = result.rows.find((r) => r.highlighted)
    expect(found).toMatchObject({ code: 'U5300', position: 5300 })
    expect(result.rows.map((r) => r.position)).toEqual([
      1, 2, 3, 4, 5, 5300, 10_596, 10_597, 10_598, 10_599, 10_600,
    ])
  })

  it('highlights a match already among the top without repeating it', () => {
    const result = focusUnits(units(100), { nameOf, size: 10, query: 'Số 3' })
    // Every name whose number begins with 3: 3 and 30–39; the first is in the top ten.
    expect(result.matches).toBe(11)
    expect(result.rows.filter((r) => r.code === 'U3')).toHaveLength(1)
    expect(result.rows.find((r) => r.code === 'U3')?.highlighted).toBe(true)
    const extra = result.rows.filter((r) => r.position > 10 && r.position <= 90)
    expect(extra).toHaveLength(MAX_HIGHLIGHTS - 1)
  })

  it('never focuses when N would cover every unit', () => {
    expect(focusUnits(units(90), { nameOf, size: 50 }).focused).toBe(false)
  })
})

describe('labelFocusedRows', () => {
  it('prefixes places on a focused chart and stars the found units', () => {
    const labelled = labelFocusedRows(focusUnits(units(100), { nameOf, size: 5, query: 'số 50' }))
    expect(labelled.map((r) => r.name)).toContain('★ 50. Xã Số 50')
    expect(labelled[0]?.name).toBe('1. Xã Số 1')
    expect(labelled.at(-1)?.name).toBe('100. Xã Số 100')
  })
  it('keeps plain names for a whole cohort', () => {
    expect(labelFocusedRows(focusUnits(units(15), { nameOf })).map((r) => r.name)).toEqual(
      units(15).map((u) => u.name),
    )
  })
})
