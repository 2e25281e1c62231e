import { describe, expect, it } from 'vitest'
import { foldLabel, foldUnitName } from './fold-unit-name.ts'

describe('foldUnitName', () => {
  it.each([
    ['Huyện Thạnh Hóa', 'huyện thạnh hóa'],
    ['  HUYỆN   THẠNH HÓA ', 'huyện thạnh hóa'],
    ['UBND huyện Thạnh Hóa', 'huyện thạnh hóa'],
    ['Ủy ban nhân dân huyện Thạnh Hóa', 'huyện thạnh hóa'],
    ['Huye\u0323\u0302n Tha\u0323nh Ho\u0301a', 'huyện thạnh hóa'],
    ['Thành phố\u00a0Long Xuyên', 'thành phố long xuyên'],
    // Both tone placements of a closing oa / oe / uy, as both are written.
    ['Huyện Hoằng Hoá', 'huyện hoằng hóa'],
    ['Uỷ ban nhân dân xã Thuỷ Tây', 'xã thủy tây'],
    ['Phường Khánh Hoà', 'phường khánh hòa'],
    ['Xã Hoà Khoẻ', 'xã hòa khỏe'],
    // As news and word processors print them.
    ['UBND huyện Ea H’leo', "huyện ea h'leo"],
    ["Huyện Ea H'Leo", "huyện ea h'leo"],
    ['UBND TP. Buôn Ma Thuột', 'thành phố buôn ma thuột'],
    ['TP Hồ Chí Minh', 'thành phố hồ chí minh'],
    ['TX.Buôn Hồ', 'thị xã buôn hồ'],
  ])('folds %j to %j', (input, expected) => {
    expect(foldUnitName(input)).toBe(expected)
  })

  it('keeps diacritics, so different names stay different', () => {
    expect(foldUnitName('Thạnh Hóa')).not.toBe(foldUnitName('Thanh Hoa'))
  })

  it('moves a tone only in a pair that closes its syllable, and never the y of "qu"', () => {
    expect(foldUnitName('Xã Hoàn Sơn')).toBe('xã hoàn sơn')
    expect(foldUnitName('Phường Quý Lộc')).toBe('phường quý lộc')
    expect(foldUnitName('Xã Thuỷ Xuân Tiên')).toBe('xã thủy xuân tiên')
  })

  it('is idempotent: a stored key folds to itself', () => {
    for (const name of [
      'UBND Huyện Hoằng Hoá',
      'Xã Thuỷ Tây',
      'Thành phố Long Xuyên',
      'UBND TP. Buôn Ma Thuột',
      'Xã Ea H’leo',
    ])
      expect(foldUnitName(foldUnitName(name))).toBe(foldUnitName(name))
  })

  it('drops UBND only as a leading word', () => {
    expect(foldUnitName('UBNDX')).toBe('ubndx')
    expect(foldUnitName('Xã UBND')).toBe('xã ubnd')
  })

  it('writes out TP. and TX. only as the first word of a name', () => {
    expect(foldUnitName('Xã Tp Mới')).toBe('xã tp mới')
    expect(foldUnitName('Tpx')).toBe('tpx')
  })
})

describe('foldLabel', () => {
  it.each([
    ['Điểm tối đa', 'diem toi da'],
    ['Chỉ số (%)', 'chi so'],
    ['unit_code', 'unit code'],
    ['field : LEADERSHIP', 'field:leadership'],
    ['\uFEFFMã đơn vị', 'ma don vi'],
  ])('folds %j to %j', (input, expected) => {
    expect(foldLabel(input)).toBe(expected)
  })
})
