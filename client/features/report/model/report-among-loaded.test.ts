// A partial table whose ranks were not published: ranks among the units loaded are shown of them,
// said to be so, and given no move (shared/kpi/rank-denominator.ts).
import { describe, expect, it } from 'vitest'
import type { Language } from '#client/lib/format.ts'
import {
  LONG_AN_2023,
  LONG_AN_PARTIAL_2023,
  PUBLISHED_2023,
  THANH_HOA,
  THANH_HOA_2023,
  THANH_HOA_PARTIAL_2023,
  THANH_HOA_SUMMARY,
} from '../testing/report-fixtures.ts'
import { buildCohortReport } from './cohort-report.ts'
import type { ReportModel } from './report-model.ts'
import { buildUnitReport } from './unit-report.ts'

const cohortReport = (ranking: typeof LONG_AN_2023, lang: Language = 'vi') =>
  buildCohortReport({
    lang,
    withHeader: false,
    issuedYear: 2026,
    ranking,
    tasks: null,
    awards: null,
    fields: [],
    publication: PUBLISHED_2023,
  })

const unitReport = (result: typeof THANH_HOA_2023, lang: Language = 'vi') =>
  buildUnitReport({
    lang,
    withHeader: false,
    issuedYear: 2026,
    unit: THANH_HOA,
    result,
    ranking: result.amongLoaded ? LONG_AN_PARTIAL_2023 : LONG_AN_2023,
    summary: THANH_HOA_SUMMARY,
    publication: PUBLISHED_2023,
  })

const texts = (model: ReportModel) =>
  model.blocks.flatMap((b) => (b.type === 'paragraph' || b.type === 'note' ? [b.text] : []))
const rankingTable = (model: ReportModel) =>
  model.blocks.flatMap((b) => (b.type === 'table' ? [b.table] : []))[0]
const rankingFigure = (model: ReportModel) =>
  model.blocks.flatMap((b) => (b.type === 'figure' ? [b.figure] : []))[0]

describe('cohort report of a partial table with no published ranks', () => {
  it('says how many units are loaded of how many, and gives the figures of those loaded', () => {
    expect(texts(cohortReport(LONG_AN_PARTIAL_2023))[0]).toBe(
      'Năm 2023, 15 huyện, thị xã, thành phố thuộc tỉnh Long An được đánh giá, xếp hạng Chỉ số cải cách hành chính; đã nhập kết quả của 6 trên 15 đơn vị (đơn vị chưa có hạng công bố được xếp hạng trong số các đơn vị đã nhập). Trong số các đơn vị đã nhập, Chỉ số bình quân đạt 78,92 %; cao nhất là thành phố Tân An (88,42 %); thấp nhất là huyện Tân Hưng (65,25 %).',
    )
    expect(texts(cohortReport(LONG_AN_PARTIAL_2023, 'en'))[0]).toBe(
      'In 2023, 15 districts of Long An province were assessed and ranked on the PAR Index; the results of 6 of the 15 are loaded (a unit with no published rank is ranked among those loaded). Among the units loaded, the average index was 78.92%; the highest was Tân An city (88.42%); the lowest was Tân Hưng district (65.25%).',
    )
  })

  it('marks each rank as one of the units loaded, claims no rank move, and says why under the table', () => {
    const model = cohortReport(LONG_AN_PARTIAL_2023)
    const table = rankingTable(model)
    expect(table?.caption).toBe('Bảng 1. Xếp hạng Chỉ số CCHC (đã nhập 6 trên 15 đơn vị)')
    expect(table?.rows.map((r) => r[0])).toEqual(['1/6*', '2/6*', '3/6*', '4/6*', '5/6*', '6/6*'])
    expect(table?.rows[3]).toEqual([
      '4/6*',
      'Huyện Thạnh Hóa',
      '80,10',
      '80,10',
      'Tốt',
      '+5,35',
      '–',
    ])
    expect(table?.rows.map((r) => r[6])).toEqual(['–', '–', '–', '–', '–', '–'])
    expect(texts(model)).toContain(
      '* Hạng trong số 6 đơn vị đã nhập (chưa có hạng công bố); không so sánh thứ hạng với năm 2022.',
    )
    const en = cohortReport(LONG_AN_PARTIAL_2023, 'en')
    expect(rankingTable(en)?.caption).toBe('Table 1. PAR Index ranking (6 of 15 units loaded)')
    expect(texts(en)).toContain(
      '* Rank among the 6 units loaded (no published rank); no rank move on 2022 is given.',
    )
  })

  it('says in the ranking chart what its ranks are of, and draws no rank move', () => {
    const model = cohortReport(LONG_AN_PARTIAL_2023)
    expect(rankingFigure(model)?.subtitle).toBe(
      'Tỉnh Long An (huyện, thị xã, thành phố), 2023 — đã nhập 6 trên 15 đơn vị; đơn vị chưa có hạng công bố được xếp hạng trong số đã nhập',
    )
    const change = model.blocks.flatMap((b) =>
      b.type === 'figure' && b.figure.id === 'change' ? b.figure.bars : [],
    )
    expect(change.map((b) => b.rankChange)).toEqual([null, null, null, null, null])
  })

  it('keeps the published ranks of a partial table as they are, and says its figures are of those loaded', () => {
    const model = cohortReport(LONG_AN_2023)
    expect(rankingTable(model)?.caption).toBe(
      'Bảng 1. Xếp hạng Chỉ số CCHC (đã nhập 6 trên 15 đơn vị)',
    )
    expect(rankingTable(model)?.rows.map((r) => r[0])).toEqual(['1', '2', '3', '5', '12', '15'])
    expect(texts(model).some((t) => t.startsWith('*'))).toBe(false)
    expect(texts(model)[0]).toBe(
      'Năm 2023, 15 huyện, thị xã, thành phố thuộc tỉnh Long An được đánh giá, xếp hạng Chỉ số cải cách hành chính; đã nhập kết quả của 6 trên 15 đơn vị. Trong số các đơn vị đã nhập, Chỉ số bình quân đạt 78,92 %; cao nhất là thành phố Tân An (88,42 %); thấp nhất là huyện Tân Hưng (65,25 %).',
    )
    expect(rankingFigure(model)?.subtitle).toBe(
      'Tỉnh Long An (huyện, thị xã, thành phố), 2023 — đã nhập 6 trên 15 đơn vị',
    )
  })

  it('writes a whole table as it always has', () => {
    const whole = { ...LONG_AN_2023, ranked: 15 }
    const model = cohortReport(whole)
    expect(rankingTable(model)?.caption).toBe('Bảng 1. Xếp hạng Chỉ số CCHC (15 đơn vị)')
    expect(texts(model)[0]).toMatch(/chính\. Chỉ số bình quân đạt 78,92 %/)
    expect(rankingFigure(model)?.subtitle).toBe('Tỉnh Long An (huyện, thị xã, thành phố), 2023')
  })
})

describe('cohort report of a partial table mixing published ranks and ranks among the loaded', () => {
  // Five rows print the decision's rank; Tân Hưng's prints none: sixth of the six loaded.
  const mixed = {
    ...LONG_AN_2023,
    items: LONG_AN_2023.items.map((item, i) =>
      item.unit.code === 'LONG_AN.TAN_HUNG'
        ? { ...item, rank: 6, computedRank: 6, published: null }
        : { ...item, computedRank: i + 1 },
    ),
  }

  it('orders the units and names the best and worst by the ranks computed among the loaded', () => {
    const model = cohortReport(mixed)
    // By rank, 12th of fifteen (Đức Huệ, 72,40 %) would come last and be named the lowest.
    expect(texts(model)[0]).toMatch(/thấp nhất là huyện Tân Hưng \(65,25 %\)\.$/)
    expect(rankingTable(model)?.rows.map((r) => [r[0], r[1]])).toEqual([
      ['1', 'Thành phố Tân An'],
      ['2', 'Huyện Bến Lức'],
      ['3', 'Thị xã Kiến Tường'],
      ['5', 'Huyện Thạnh Hóa'],
      ['12', 'Huyện Đức Huệ'],
      ['6/6*', 'Huyện Tân Hưng'],
    ])
    expect(
      rankingFigure(model)
        ?.bars.map((b) => b.name)
        .at(-1),
    ).toBe('Huyện Tân Hưng')
  })

  it('leaves the year before out of the note in the cohort’s first year', () => {
    const first = { ...LONG_AN_PARTIAL_2023, years: [2023] }
    expect(texts(cohortReport(first))).toContain(
      '* Hạng trong số 6 đơn vị đã nhập (chưa có hạng công bố).',
    )
  })
})

describe('unit report of a rank among the units loaded', () => {
  it('gives the rank of the units loaded, said to be so', () => {
    expect(texts(unitReport(THANH_HOA_PARTIAL_2023))).toContain(
      'Tổng điểm đạt được: 80,10/100 điểm; Chỉ số CCHC: 80,10 %; xếp loại: Tốt; xếp hạng: 4/6 trong số đã nhập (chưa có hạng công bố).',
    )
    expect(texts(unitReport(THANH_HOA_PARTIAL_2023, 'en'))).toContain(
      'Points: 80.10/100; PAR Index: 80.10%; grade: Good; rank: 4/6 of those loaded (no published rank).',
    )
    expect(texts(unitReport(THANH_HOA_2023))).toContain(
      'Tổng điểm đạt được: 80,10/100 điểm; Chỉ số CCHC: 80,10 %; xếp loại: Tốt; xếp hạng: 5/15.',
    )
  })
})
