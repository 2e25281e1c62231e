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
    [
      'Văn phòng Đoàn ĐBQH và HĐND tỉnh',
      'văn phòng đoàn đại biểu quốc hội và hội đồng nhân dân tỉnh',
    ],
    ['Sở Lao động, Thương binh và Xã hội', 'sở lao động thương binh và xã hội'],
    ['Sở Lao động - Thương binh và Xã hội', 'sở lao động thương binh và xã hội'],
    ['Sở Lao động–Thương binh và Xã hội', 'sở lao động thương binh và xã hội'],
    ['Sở Văn hóa, Thể thao và Du lịch', 'sở văn hóa thể thao và du lịch'],
    ['Tỉnh Bà Rịa - Vũng Tàu', 'tỉnh bà rịa vũng tàu'],
    // Abbreviated as tables and the press print them.
    ['Sở TN&MT', 'sở tài nguyên và môi trường'],
    ['Sở TNMT', 'sở tài nguyên và môi trường'],
    ['Sở GD&ĐT', 'sở giáo dục và đào tạo'],
    ['Sở KH&ĐT', 'sở kế hoạch và đầu tư'],
    ['Sở KH và CN', 'sở khoa học và công nghệ'],
    ['Sở TT&TT', 'sở thông tin và truyền thông'],
    ['Sở LĐ-TB&XH', 'sở lao động thương binh và xã hội'],
    ['Sở LĐTBXH', 'sở lao động thương binh và xã hội'],
    // Tuyên Quang's provincial pages, 2022: "Lao động" written out, the rest not.
    ['Sở Lao động, TB và XH', 'sở lao động thương binh và xã hội'],
    ['Sở Lao động - TB&XH', 'sở lao động thương binh và xã hội'],
    ['Sở LĐ\u2011TB&XH', 'sở lao động thương binh và xã hội'],
    ['Sở TN—MT', 'sở tài nguyên và môi trường'],
    ['Sở VH,TT&DL', 'sở văn hóa thể thao và du lịch'],
    ['Sở NN&PTNT', 'sở nông nghiệp và phát triển nông thôn'],
    ['Nông nghiệp &PTNT', 'nông nghiệp và phát triển nông thôn'],
    ['Sở GTVT', 'sở giao thông vận tải'],
    ['VP UBND tỉnh', 'văn phòng ủy ban nhân dân tỉnh'],
    ['BQL các KCN', 'ban quản lý các khu công nghiệp'],
    ['UBND H.Cẩm Mỹ', 'huyện cẩm mỹ'],
    ['TT. Sịa', 'thị trấn sịa'],
    ['TT Sịa', 'thị trấn sịa'],
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
      'Sở TN&MT',
      'Sở TT&TT',
      'TT. Sịa',
      'Nông nghiệp &PTNT',
      'Sở A -- B',
      'Sở A , - B',
      'Sở LĐ\u2011TB&XH',
      'Sở TN—MT',
      'Sở VH;TT;DL',
      'UBND UBND huyện A',
      'Sở TT&&TT',
      'Sở TN & & MT',
      'Thanh tra TP',
      'TP. TP',
    ])
      expect(foldUnitName(foldUnitName(name))).toBe(foldUnitName(name))
  })

  it('is idempotent over names made of the words, abbreviations and marks tables hold', () => {
    const words = ['UBND', 'HĐND', 'Sở', 'TN', '&', 'MT', 'LĐ', '-', 'TB', 'XH', '–', ',', ';']
    words.push(
      '—',
      '\u2011',
      'TT',
      'TT.',
      'H.',
      'Q.',
      'TP.',
      'và',
      'Huyện',
      'Xã',
      'Hoà',
      'Thuỷ',
      'TP',
    )
    words.push('KH', 'CN', 'ĐT', 'VP', 'BQL', 'KCN', 'PTNT', 'NN', '12', 'H’leo', ' ', '(', '.')
    // A fixed sequence (a linear congruential generator): the same names on every run.
    let seed = 20_251_205
    const next = (n: number) => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) % n
    const unstable: string[] = []
    for (let i = 0; i < 20_000; i++) {
      const name = Array.from({ length: 1 + next(7) }, () => words[next(words.length)])
        .map((w) => (next(10) < 7 ? `${w} ` : w))
        .join('')
      if (foldUnitName(foldUnitName(name)) !== foldUnitName(name)) unstable.push(name)
    }
    expect(unstable.slice(0, 5)).toEqual([])
  })

  it('drops UBND only as a leading word, and writes it out only as a word of its own', () => {
    expect(foldUnitName('UBNDX')).toBe('ubndx')
    expect(foldUnitName('Xã UBND')).toBe('xã ủy ban nhân dân')
    expect(foldUnitName('Văn phòng HĐNDx')).toBe('văn phòng hđndx')
  })

  it('writes out TP. and TX. as the first word of a name, and TP as its last', () => {
    expect(foldUnitName('Xã Tp Mới')).toBe('xã tp mới')
    expect(foldUnitName('Thanh tra TP')).toBe('thanh tra thành phố')
    expect(foldUnitName('Văn phòng UBND TP.')).toBe('văn phòng ủy ban nhân dân thành phố')
    expect(foldUnitName('TP. Tân An TP')).toBe('thành phố tân an thành phố')
    expect(foldUnitName('Tpx')).toBe('tpx')
    // One letter only with its dot: "Q" or "H" alone may be a name's word.
    expect(foldUnitName('H Cẩm Mỹ')).toBe('h cẩm mỹ')
    expect(foldUnitName('Xã H.Mới')).toBe('xã h.mới')
  })

  it('writes out an abbreviation only as a word of its own', () => {
    // "Kcnx", "Vpn", "Tnmt2" are not the abbreviations; Ea Tling's letters stay.
    expect(foldUnitName('Xã Kcnx')).toBe('xã kcnx')
    expect(foldUnitName('Phường Vpn')).toBe('phường vpn')
    expect(foldUnitName('Xã Tnmt2')).toBe('xã tnmt2')
    expect(foldUnitName('Xã Ea Tling')).toBe('xã ea tling')
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
