// The decision a table's title lines cite, in the forms officials print it, and the lines that
// date or mention one without being the table's decision.
import { describe, expect, it } from 'vitest'
import { citedInCell, citesDecision, titleDecision } from './title-decision.ts'

const title = (...lines: string[]) => lines.map((line, i) => ({ row: i + 1, cells: [line] }))
/** The number and date a line cites, or null when it cites none. */
const cited = (line: string) => {
  const [first, ...others] = citedInCell(line, 1, '#1')
  if (!first) return null
  expect(others).toEqual([])
  return [first.no, first.date ?? first.invalidDate]
}

describe('the decision a title line cites', () => {
  it.each([
    // Lines as provinces print them above their annexes.
    [
      'Kèm theo Quyết định số 885/QĐ-UBND ngày 8/6/2022 của UBND tỉnh Yên Bái',
      '885/QĐ-UBND',
      '2022-06-08',
    ],
    [
      '(Kèm theo Quyết định số 600/QĐ-UBND ngày 05 tháng 02 năm 2024 của Chủ tịch UBND tỉnh)',
      '600/QĐ-UBND',
      '2024-02-05',
    ],
    [
      '(Ban hành kèm theo Quyết định số 2729/QĐ-UBND ngày 25 tháng 12, năm 2023 của UBND tỉnh)',
      '2729/QĐ-UBND',
      '2023-12-25',
    ],
    ['Phụ lục I (Kèm theo QĐ số 24/QĐ-UBND ngày 05/02/2024)', '24/QĐ-UBND', '2024-02-05'],
    ['Quyết định số: 1007/QĐ-UBND ngày 20-01-2023 của UBND tỉnh', '1007/QĐ-UBND', '2023-01-20'],
    ['(Kèm theo Quyết định 33/QĐ-UBND ngày 9.1.2025)', '33/QĐ-UBND', '2025-01-09'],
    ['KÈM THEO QUYẾT ĐỊNH SỐ 118/QĐ-UBND NGÀY 20 THÁNG 01 NĂM 2023', '118/QĐ-UBND', '2023-01-20'],
    // Typed without accents, in decomposed Unicode, with a space before the slash.
    ['Kem theo Quyet dinh so 715/QD-UBND ngay 10/7/2023', '715/QD-UBND', '2023-07-10'],
    [
      'Kèm theo Quyết định số 885/QĐ-UBND ngày 8/6/2022'.normalize('NFD'),
      '885/QĐ-UBND',
      '2022-06-08',
    ],
    ['(Kèm theo Quyết định số 2729 /QĐ-UBND ngày 25/12/2023)', '2729/QĐ-UBND', '2023-12-25'],
    // A normative document's number carries its year; the chairman's decisions "QĐ-CT".
    ['Ban hành kèm theo Quyết định số 12/2023/QĐ-UBND', '12/2023/QĐ-UBND', null],
    ['(Kèm theo Quyết định số 3053/QĐ-CT ngày 1/12/2022)', '3053/QĐ-CT', '2022-12-01'],
    // No date, or one left blank to be filled in by hand once signed.
    [
      '(Kèm theo Quyết định số 715/QĐ-UBND của Ủy ban nhân dân tỉnh Tuyên Quang)',
      '715/QĐ-UBND',
      null,
    ],
    ['(Kèm theo Quyết định số 15/QĐ-UBND ngày      tháng     năm 2026)', '15/QĐ-UBND', null],
    // A date that is no day is kept as printed, to be refused where it is used.
    ['Kèm theo Quyết định số 9/QĐ-UBND ngày 30/02/2024', '9/QĐ-UBND', 'ngày 30/02/2024'],
    ['Kèm theo Quyết định số 9/QĐ-UBND ngày 5/2', '9/QĐ-UBND', 'ngày 5/2'],
  ])('reads "%s"', (line, no, date) => {
    expect(cited(line)).toEqual([no, date])
  })

  it.each([
    // A place-and-date line dates the decision's signature, it cites none.
    'Tây Ninh, ngày 25 tháng 12 năm 2023',
    'Yên Bái, ngày 08 tháng 6 năm 2022',
    // The decision's own number line, and the title naming the year only.
    'Số: 2729/QĐ-UBND',
    'KẾT QUẢ XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2023',
    'ỦY BAN NHÂN DÂN TỈNH YÊN BÁI',
    // The method's decision cited as a basis, not the decision the table is annexed to.
    'Căn cứ Quyết định số 1149/QĐ-UBND ngày 10/6/2022 về Bộ chỉ số CCHC',
    '(Đánh giá theo Quyết định số 1149/QĐ-UBND ngày 10/6/2022)',
    // "Quyết định" without "số" or an annex's "kèm theo" is a mention, not a citation.
    'Đánh giá Quyết định 885/QĐ-UBND',
    // A number left blank.
    '(Kèm theo Quyết định số      /QĐ-UBND ngày    tháng    năm 2024)',
  ])('cites none in "%s"', (line) => {
    expect(cited(line)).toBeNull()
    expect(citesDecision(line)).toBe(false)
  })
})

describe('the decision of a table’s title lines', () => {
  it('is the one decision they cite, on its line', () => {
    expect(
      titleDecision(
        title(
          'ỦY BAN NHÂN DÂN TỈNH THANH HÓA',
          'KẾT QUẢ XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2023',
          '(Kèm theo Quyết định số 600/QĐ-UBND ngày 05 tháng 02 năm 2024)',
          'Thanh Hóa, ngày 05 tháng 02 năm 2024',
        ),
      ),
    ).toEqual({
      kind: 'one',
      decision: {
        no: '600/QĐ-UBND',
        date: '2024-02-05',
        invalidDate: null,
        row: 3,
        column: '#1',
      },
    })
  })

  it('reads the cell a line was exported to, and one decision cited twice as one', () => {
    const rows = [
      { row: 1, cells: ['', 'Kèm theo Quyết định số 885/QĐ-UBND', ''] },
      { row: 2, cells: ['QĐ số 885/QD-UBND ngày 8/6/2022 của UBND tỉnh'] },
    ]
    expect(titleDecision(rows)).toMatchObject({
      kind: 'one',
      decision: { no: '885/QD-UBND', date: '2022-06-08', row: 2, column: '#1' },
    })
    expect(titleDecision(rows.slice(0, 1))).toMatchObject({
      kind: 'one',
      decision: { no: '885/QĐ-UBND', date: null, row: 1, column: '#2' },
    })
  })

  it('names two different decisions, or one of two dates, as ambiguous', () => {
    const two = titleDecision(
      title(
        '(Kèm theo Quyết định số 600/QĐ-UBND ngày 05/02/2024)',
        '(Kèm theo Quyết định số 601/QĐ-UBND ngày 05/02/2024)',
      ),
    )
    expect(two).toMatchObject({
      kind: 'ambiguous',
      first: { no: '600/QĐ-UBND', row: 1 },
      second: { no: '601/QĐ-UBND', row: 2 },
    })
    const oneLine = titleDecision(
      title('Kèm theo Quyết định số 1/QĐ-UBND ngày 2/1/2024 và Quyết định số 7/QĐ-UBND'),
    )
    expect(oneLine).toMatchObject({
      kind: 'ambiguous',
      first: { no: '1/QĐ-UBND', date: '2024-01-02' },
      second: { no: '7/QĐ-UBND', date: null },
    })
    const dates = titleDecision(
      title('Kèm theo QĐ số 5/QĐ-UBND ngày 2/1/2024', 'Kèm theo QĐ số 5/QĐ-UBND ngày 3/1/2024'),
    )
    expect(dates.kind).toBe('ambiguous')
  })

  it('is none when no line cites a decision', () => {
    expect(
      titleDecision(title('CHỈ SỐ CCHC NĂM 2023', 'Tây Ninh, ngày 25 tháng 12 năm 2023')),
    ).toEqual({ kind: 'none' })
    expect(titleDecision([])).toEqual({ kind: 'none' })
  })

  it('reads a long line in linear time', () => {
    const long = `Kèm theo QĐ ${' '.repeat(9000)}số${' '.repeat(900)}`
    const started = performance.now()
    expect(citedInCell(long, 1, '#1')).toEqual([])
    expect(citedInCell('qđ '.repeat(3000), 1, '#1')).toEqual([])
    expect(performance.now() - started).toBeLessThan(200)
  })
})
