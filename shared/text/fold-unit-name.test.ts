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
    // A department as a decision's table and a unit list each write it.
    ['Văn phòng UBND tỉnh', 'văn phòng ủy ban nhân dân tỉnh'],
    ['Văn phòng Uỷ ban nhân dân tỉnh', 'văn phòng ủy ban nhân dân tỉnh'],
    ['Văn phòng Đoàn ĐBQH và HĐND tỉnh', 'văn phòng đoàn đbqh và hội đồng nhân dân tỉnh'],
    ['Sở Lao động, Thương binh và Xã hội', 'sở lao động thương binh và xã hội'],
    ['Sở Lao động - Thương binh và Xã hội', 'sở lao động thương binh và xã hội'],
    ['Sở Lao động–Thương binh và Xã hội', 'sở lao động thương binh và xã hội'],
    ['Sở Văn hóa, Thể thao và Du lịch', 'sở văn hóa thể thao và du lịch'],
    ['Tỉnh Bà Rịa - Vũng Tàu', 'tỉnh bà rịa vũng tàu'],
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
      'Văn phòng HĐND và UBND tỉnh',
      'Sở Lao động - Thương binh và Xã hội',
    ])
      expect(foldUnitName(foldUnitName(name))).toBe(foldUnitName(name))
  })

  it('drops UBND only as a leading word, and writes it out only as a word of its own', () => {
    expect(foldUnitName('UBNDX')).toBe('ubndx')
    expect(foldUnitName('Xã UBND')).toBe('xã ủy ban nhân dân')
    expect(foldUnitName('Văn phòng HĐNDx')).toBe('văn phòng hđndx')
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
