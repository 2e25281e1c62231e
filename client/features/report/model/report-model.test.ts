import { describe, expect, it } from 'vitest'
import {
  DRAFT_2023,
  LONG_AN_2023,
  PUBLISHED_2023,
  THANH_HOA,
  THANH_HOA_2023,
  THANH_HOA_SUMMARY,
} from '../testing/report-fixtures.ts'
import { keepEnds, MAX_BARS } from './chart-bars.ts'
import { buildCohortReport, type CohortReportInput } from './cohort-report.ts'
import type { ReportBlock, ReportModel, ReportTable } from './report-model.ts'
import { buildUnitReport, type UnitReportInput } from './unit-report.ts'

const unitInput = (over: Partial<UnitReportInput> = {}): UnitReportInput => ({
  lang: 'vi',
  withHeader: true,
  issuedYear: 2026,
  unit: THANH_HOA,
  result: THANH_HOA_2023,
  ranking: LONG_AN_2023,
  summary: THANH_HOA_SUMMARY,
  publication: PUBLISHED_2023,
  ...over,
})

const cohortInput = (over: Partial<CohortReportInput> = {}): CohortReportInput => ({
  lang: 'vi',
  withHeader: true,
  issuedYear: 2026,
  ranking: LONG_AN_2023,
  tasks: THANH_HOA_2023.tasks,
  awards: THANH_HOA_2023.awards,
  fields: [
    { code: 'LEADERSHIP', maxPoints: 9, average: 8.1, best: 9 },
    { code: 'PROCEDURES', maxPoints: 13, average: 11, best: 12.5 },
  ],
  publication: PUBLISHED_2023,
  ...over,
})

const tables = (model: ReportModel) =>
  model.blocks.flatMap((b): ReportTable[] => (b.type === 'table' ? [b.table] : []))
const texts = (model: ReportModel) =>
  model.blocks.flatMap((b: ReportBlock) =>
    b.type === 'paragraph' || b.type === 'note' || b.type === 'heading' ? [b.text] : [],
  )

describe('unit report model', () => {
  it('titles the report as NĐ 30 writes it and names the unit mid-sentence', () => {
    const model = buildUnitReport(unitInput())
    expect(model.kind).toBe('BÁO CÁO')
    expect(model.subject).toEqual([
      'Kết quả Chỉ số cải cách hành chính năm 2023',
      'của huyện Thạnh Hóa',
    ])
    expect(model.fileName).toBe('bao-cao-cchc-long-an-thanh-hoa-2023')
  })

  it('puts the issuing body under its governing body beside the national motto', () => {
    const header = buildUnitReport(unitInput()).header
    expect(header).toEqual({
      governingBody: 'UBND TỈNH LONG AN',
      issuingBody: 'UBND HUYỆN THẠNH HÓA',
      number: 'Số:          /BC-UBND',
      mottoCountry: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      mottoSlogan: 'Độc lập - Tự do - Hạnh phúc',
      placeAndDate: 'Thạnh Hóa, ngày      tháng      năm 2026',
    })
    expect(buildUnitReport(unitInput({ withHeader: false })).header).toBeNull()
  })

  it('opens with the server summary and the standing in official number form', () => {
    const model = buildUnitReport(unitInput())
    expect(texts(model)).toContain(THANH_HOA_SUMMARY)
    expect(texts(model)).toContain(
      'Tổng điểm đạt được: 80,10/100 điểm; Chỉ số CCHC: 80,10 %; xếp loại: Tốt; xếp hạng: 5/15.',
    )
  })

  it('tables the fields with points, maximum and share, and a bold total', () => {
    const [fields] = tables(buildUnitReport(unitInput()))
    expect(fields?.caption).toBe('Bảng 1. Điểm theo lĩnh vực')
    expect(fields?.rows[1]).toEqual([
      '2',
      'Cải cách thủ tục hành chính',
      '11,25',
      // The maximum is the scheme's figure, not a result: no forced zeros.
      '13',
      '86,54',
      '11,00',
    ])
    expect(fields?.footer).toEqual(['', 'Tổng cộng', '80,10', '100', '80,10', ''])
  })

  it('marks the unit on both charts and leaves a change it may not claim out of the change chart', () => {
    const figures = buildUnitReport(unitInput()).blocks.flatMap((b) =>
      b.type === 'figure' ? [b.figure] : [],
    )
    expect(figures.map((f) => f.id)).toEqual(['ranking', 'change'])
    const [ranking, change] = figures
    if (ranking?.id !== 'ranking' || change?.id !== 'change')
      throw new Error('figures out of order')
    expect(ranking.bars.filter((b) => b.highlighted).map((b) => b.name)).toEqual([
      'Huyện Thạnh Hóa',
    ])
    expect(change.bars[0]).toMatchObject({ name: 'Huyện Thạnh Hóa', deltaPct: 5.35, rankChange: 7 })
    expect(change.bars.map((b) => b.name)).not.toContain('Huyện Tân Hưng')
    expect(ranking.source).toBe(
      'Nguồn: Quyết định số 228/QĐ-UBND ngày 14/03/2024 của UBND tỉnh Long An (số liệu năm 2023)',
    )
  })

  it('says why there is no change figure when the unit’s own change is not comparable', () => {
    // Tân Hưng has no comparable change in the fixture: its report draws no chart without it.
    const tanHung = LONG_AN_2023.items.find((i) => i.unit.name === 'Huyện Tân Hưng')
    if (!tanHung) throw new Error('fixture')
    const model = buildUnitReport(
      unitInput({ unit: { ...THANH_HOA, code: tanHung.unit.code, name: tanHung.unit.name } }),
    )
    expect(model.blocks.flatMap((b) => (b.type === 'figure' ? [b.figure.id] : []))).toEqual([
      'ranking',
    ])
    expect(texts(model)).toContain(
      'Kết quả của đơn vị không so sánh được với năm 2022, nên báo cáo không có hình về mức tăng, giảm so với năm 2022.',
    )
  })

  it('lists tasks by status and awards by form with the split by issuing level', () => {
    const model = buildUnitReport(unitInput())
    const [, tasks, awards] = tables(model)
    expect(tasks?.footer).toEqual(['', 'Tổng cộng', '59'])
    expect(awards?.rows).toEqual([
      ['1', 'Bằng khen của Chủ tịch UBND tỉnh', '2'],
      ['2', 'Giấy khen', '16'],
    ])
    expect(texts(model)).toContain('Theo cấp khen thưởng: UBND cấp huyện: 16; UBND tỉnh: 2.')
  })

  it('names the decision, or marks a draft on every page', () => {
    const line =
      'Nguồn: Quyết định số 228/QĐ-UBND ngày 14/03/2024 của UBND tỉnh Long An (số liệu năm 2023)'
    // Without the year before's publication the change figure has the year's line too.
    expect(buildUnitReport(unitInput()).source).toEqual({
      published: true,
      line,
      changeLine: line,
      draftMark: null,
    })
    const draft = buildUnitReport(unitInput({ publication: DRAFT_2023 })).source
    expect(draft.draftMark).toBe('Dự thảo — chưa công bố')
    expect(draft.line).toBe('Dự thảo — chưa công bố (số liệu năm 2023)')
  })

  it('writes English text and keeps Vietnamese names', () => {
    const model = buildUnitReport(unitInput({ lang: 'en' }))
    expect(model.subject).toEqual(['PAR Index results 2023', 'Thạnh Hóa district'])
    expect(tables(model)[0]?.rows[1]?.slice(2)).toEqual(['11.25', '13', '86.54', '11.00'])
    expect(model.source.line).toContain('Decision No. 228/QĐ-UBND of 14 March 2024')
  })

  it('says so when the decision gives no points by field', () => {
    const model = buildUnitReport(unitInput({ result: { ...THANH_HOA_2023, fields: [] } }))
    expect(texts(model)).toContain(
      'Quyết định công bố chỉ cho Chỉ số chung, không có điểm theo lĩnh vực.',
    )
    expect(tables(model)[0]?.caption).toBe('Bảng 1. Kết quả thực hiện nhiệm vụ CCHC')
  })
})

describe('cohort report model', () => {
  it('composes the opening from the ranking: count, average, best, worst, grades, change', () => {
    const model = buildCohortReport(cohortInput())
    expect(model.subject).toEqual([
      'Kết quả Chỉ số cải cách hành chính năm 2023',
      'của các huyện, thị xã, thành phố thuộc tỉnh Long An',
    ])
    expect(texts(model)).toEqual(
      expect.arrayContaining([
        'Năm 2023, 15 huyện, thị xã, thành phố thuộc tỉnh Long An được đánh giá, xếp hạng Chỉ số cải cách hành chính; đã nhập kết quả của 6 trên 15 đơn vị. Trong số các đơn vị đã nhập, Chỉ số bình quân đạt 78,92 %; cao nhất là thành phố Tân An (88,42 %); thấp nhất là huyện Tân Hưng (65,25 %).',
        'Về xếp loại: Tốt: 4 đơn vị; Khá: 1 đơn vị; Trung bình: 1 đơn vị.',
        'So với năm 2022, Chỉ số bình quân của các đơn vị so sánh được tăng 0,62 điểm; 3 đơn vị tăng điểm, 2 đơn vị giảm điểm.',
      ]),
    )
  })

  it('is issued by the cohort parent, with no governing body above it', () => {
    const header = buildCohortReport(cohortInput()).header
    expect(header?.governingBody).toBeNull()
    expect(header?.issuingBody).toBe('UBND TỈNH LONG AN')
    expect(header?.placeAndDate).toBe('Long An, ngày      tháng      năm 2026')
  })

  it('tables every unit in rank order, and the fields with the scheme maximum', () => {
    const [ranking, fields] = tables(buildCohortReport(cohortInput()))
    expect(ranking?.caption).toBe('Bảng 1. Xếp hạng Chỉ số CCHC (đã nhập 6 trên 15 đơn vị)')
    expect(ranking?.rows.map((r) => r[1])).toEqual([
      'Thành phố Tân An',
      'Huyện Bến Lức',
      'Thị xã Kiến Tường',
      'Huyện Thạnh Hóa',
      'Huyện Đức Huệ',
      'Huyện Tân Hưng',
    ])
    expect(ranking?.rows[3]).toEqual([
      '5',
      'Huyện Thạnh Hóa',
      '80,10',
      '80,10',
      'Tốt',
      '+5,35',
      '↑7',
    ])
    expect(ranking?.rows[5]?.slice(5)).toEqual(['–', '–'])
    expect(fields?.rows[0]).toEqual([
      '1',
      'Công tác chỉ đạo, điều hành cải cách hành chính',
      '9',
      '8,10',
      '9,00',
      '90,00',
    ])
  })

  it('sources the change figure to the decisions of both years it compares', () => {
    const previousPublication = {
      ...PUBLISHED_2023,
      year: 2022,
      decisionNo: '221/QĐ-UBND',
      decisionDate: '2023-03-13',
    }
    const model = buildCohortReport(cohortInput({ previousPublication }))
    const figures = model.blocks.flatMap((b) => (b.type === 'figure' ? [b.figure] : []))
    const change = figures.find((f) => f.id === 'change')
    expect(change?.source).toContain('số 221/QĐ-UBND ngày 13/03/2023 (năm 2022)')
    expect(change?.source).toContain('(năm 2023)')
    // The ranking figure stands on the year's decision alone.
    expect(figures.find((f) => f.id === 'ranking')?.source).toBe(model.source.line)
  })

  it('names a 2025 cohort by its published block or as the two-tier map’s communes', () => {
    const communes = { ...LONG_AN_2023, kind: 'COMMUNE' as const, year: 2025 }
    const wards = buildCohortReport(cohortInput({ ranking: { ...communes, block: 'Khối phường' } }))
    expect(wards.subject[1]).toBe('của các phường thuộc tỉnh Long An')
    expect(texts(wards)[1]).toMatch(/^Năm 2025, 15 phường thuộc tỉnh Long An được đánh giá/)
    const all = buildCohortReport(cohortInput({ ranking: communes }))
    expect(all.subject[1]).toBe('của các xã, phường, đặc khu thuộc tỉnh Long An')
    const english = buildCohortReport(cohortInput({ ranking: communes, lang: 'en' }))
    expect(texts(english)[1]).toMatch(/^In 2025, 15 communes, wards and special zones of/)
    // A block that does not name its units keeps the level's noun, its name said once.
    const group = buildCohortReport(cohortInput({ ranking: { ...communes, block: 'Khối A' } }))
    expect(group.subject[1]).toBe('của các xã, phường, đặc khu (Khối A) thuộc tỉnh Long An')
  })

  it('names a national cohort issued by the Ministry of Home Affairs', () => {
    const ranking = {
      ...LONG_AN_2023,
      kind: 'PROVINCE' as const,
      parent: { code: 'VN', name: 'Việt Nam' },
    }
    const model = buildCohortReport(
      cohortInput({
        ranking,
        publication: {
          ...PUBLISHED_2023,
          issuer: { name: 'Việt Nam', kind: 'COUNTRY', title: null },
        },
      }),
    )
    expect(model.header?.issuingBody).toBe('BỘ NỘI VỤ')
    expect(model.header?.placeAndDate).toMatch(/^Hà Nội, ngày/)
    expect(model.header?.number).toBe('Số:          /BC-BNV')
    expect(model.source.line).toContain('của Bộ Nội vụ')
  })
})

describe('chart bars', () => {
  it('keeps both ends of a long cohort and the unit of the report between them', () => {
    const rows = Array.from({ length: 100 }, (_, i) => ({
      name: `Xã ${i + 1}`,
      highlighted: i === 50,
    }))
    const kept = keepEnds(rows)
    expect(kept).toHaveLength(31)
    expect(kept.map((r) => r.name)).toContain('Xã 51')
    expect(keepEnds(rows.slice(0, MAX_BARS))).toHaveLength(MAX_BARS)
  })
})
